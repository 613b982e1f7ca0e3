/**
 * "Translations you added" on the options page (#12 §5): the imported translations with a
 * Remove button each, and "Add a translation": a file parsed off the page's thread with its
 * progress, what it holds for the reader to check, the name, abbreviation, language and
 * copyright line to confirm, a confirmation before replacing one installed, then storing with
 * its progress. A file that cannot be read says what is wrong and where, and nothing is stored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isAbbreviation, translationLabel, type TranslationId } from '@/lib/bible/translations';
import type { ImportMeta } from '@/lib/import/collect';
import type { ImportFailure, ImportSummary } from '@/lib/import/worker-protocol';
import { t, type MessageId } from '@/lib/i18n';
import type { InstalledTranslation } from '@/lib/messaging/contract';
import { send } from '@/lib/messaging/send';
import { errorText } from '../error-text';
import { checkSize } from '@/lib/import/parse-file';
import { failureOf, ImportFailed } from '@/lib/import/worker-protocol';
import { storeImport, workerParser, type FileParser, type Sender } from './import-file';

/** Where the import stands. */
type Step =
  | { step: 'idle' }
  | { step: 'reading'; share: number }
  | { step: 'failed'; failure: ImportFailure }
  | { step: 'parsed'; summary: ImportSummary; confirmReplace: boolean }
  | { step: 'storing'; done: number; total: number };

/** Where in the file a failure is, in the interface language. */
function whereText({ line, file }: ImportFailure): string {
  if (file !== undefined && line !== undefined) return t('optionsImportWhereInZip', file, line);
  if (file !== undefined) return file;
  if (line !== undefined) return t('optionsImportWhereLine', line);
  return t('optionsImportWhereFile');
}

/** The reader's fields, in the order shown, with their labels (and a hint for the abbreviation). */
const FIELDS: readonly [keyof ImportMeta, MessageId, MessageId?][] = [
  ['name', 'optionsImportName'],
  ['abbreviation', 'optionsImportAbbreviation', 'optionsImportAbbreviationHint'],
  ['language', 'optionsImportLanguage'],
  ['copyright', 'optionsImportCopyright'],
];

/** The imported translations and the way to add one. */
export function TranslationsSection({
  installed,
  onChanged,
  parser = workerParser,
  sender = send,
}: {
  /** Every installed translation (the bundled ones are not listed here). */
  installed: readonly InstalledTranslation[];
  /** After an import or a removal: the page reads the list again. */
  onChanged(): void;
  /** Makes the file parser (a Web Worker; tests give one on the page's thread). */
  parser?: () => FileParser;
  sender?: Sender;
}) {
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const [meta, setMeta] = useState<ImportMeta>({ name: '', abbreviation: '', language: '', copyright: '' });
  const [status, setStatus] = useState('');
  const [removing, setRemoving] = useState<TranslationId | undefined>();
  const active = useRef<FileParser | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => () => active.current?.close(), []);
  const imported = installed.filter((tr) => tr.imported);

  const reset = () => {
    active.current?.close();
    active.current = undefined;
    if (fileInput.current) fileInput.current.value = '';
    setStep({ step: 'idle' });
  };

  const read = async (file: File | undefined) => {
    active.current?.close();
    setStatus('');
    if (!file) return reset();
    const current = parser();
    active.current = current;
    setStep({ step: 'reading', share: 0 });
    try {
      // A file too large is refused before a byte of it is read.
      checkSize(file.size);
      const summary = await current.parse(file, (share) => setStep({ step: 'reading', share }));
      // USFM carries no name: the file's stands in until the reader gives one.
      const name = summary.meta.name || file.name.replace(/\.[^.]*$/, '');
      setMeta({ ...summary.meta, name, abbreviation: summary.meta.abbreviation.slice(0, 16) });
      setStep({ step: 'parsed', summary, confirmReplace: false });
    } catch (error) {
      current.close();
      setStep({
        step: 'failed',
        failure: error instanceof ImportFailed ? error.failure : failureOf(error),
      });
    }
  };

  const store = async (summary: ImportSummary, replace: boolean) => {
    const taken = imported.some((tr) => tr.id === `u:${meta.abbreviation}`);
    if (taken && !replace) return setStep({ step: 'parsed', summary, confirmReplace: true });
    const parser = active.current!;
    setStep({ step: 'storing', done: 0, total: summary.books.length });
    try {
      const done = await storeImport(
        parser,
        summary,
        meta,
        replace,
        (n, total) => setStep({ step: 'storing', done: n, total }),
        sender,
      );
      reset();
      setStatus(t('optionsImportDone', `${done.name} (${translationLabel(done.id)})`));
      onChanged();
    } catch (error) {
      setStep({ step: 'parsed', summary, confirmReplace: false });
      setStatus(t('optionsImportNotStored', errorText(error)));
    }
  };

  const remove = async (tr: InstalledTranslation) => {
    setRemoving(undefined);
    try {
      await send('removeTranslation', { translation: tr.id as `u:${string}` });
      setStatus(t('optionsRemoved', `${tr.name} (${translationLabel(tr.id)})`));
      onChanged();
    } catch (error) {
      setStatus(errorText(error));
    }
  };

  const field = (key: keyof ImportMeta, label: string, hint?: string) => (
    <label class="block" key={key}>
      {label}
      <input
        type="text"
        value={meta[key]}
        maxLength={key === 'abbreviation' ? 16 : key === 'copyright' ? 600 : 120}
        onInput={(e) => setMeta({ ...meta, [key]: (e.target as HTMLInputElement).value })}
      />
      {hint && <small class="muted">{hint}</small>}
    </label>
  );

  const metaValid =
    meta.name.trim() !== '' &&
    isAbbreviation(meta.abbreviation) &&
    (meta.language === '' || /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(meta.language));

  return (
    <fieldset class="translations">
      <legend>{t('optionsTranslations')}</legend>
      {imported.length === 0 ? (
        <p class="muted">{t('optionsNoImported')}</p>
      ) : (
        <ul class="imported">
          {imported.map((tr) => (
            <li key={tr.id}>
              {t(
                'optionsImportedLine',
                tr.name,
                translationLabel(tr.id),
                tr.verses ?? 0,
                (tr.format ?? '').toUpperCase(),
              )}{' '}
              {removing === tr.id ? (
                <span role="group">
                  {t('optionsRemoveConfirm', `${tr.name} (${translationLabel(tr.id)})`)}{' '}
                  <button type="button" onClick={() => void remove(tr)}>
                    {t('optionsRemoveTranslation')}
                  </button>{' '}
                  <button type="button" onClick={() => setRemoving(undefined)}>
                    {t('optionsImportCancel')}
                  </button>
                </span>
              ) : (
                <button type="button" onClick={() => setRemoving(tr.id)}>
                  {t('optionsRemoveTranslation')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <label class="block">
        {t('optionsAddTranslation')}
        <input
          ref={fileInput}
          type="file"
          accept=".xml,.osis,.usfx,.zip,application/xml,text/xml,application/zip"
          disabled={step.step === 'reading' || step.step === 'storing'}
          onChange={(e) => void read((e.target as HTMLInputElement).files?.[0])}
        />
        <small class="muted">{t('optionsAddTranslationHint')}</small>
      </label>
      {step.step === 'reading' && (
        <p>
          <progress max={1} value={step.share} /> {t('optionsImportReading', Math.round(step.share * 100))}
        </p>
      )}
      {step.step === 'failed' && (
        <p class="save-error" role="alert">
          {t('optionsImportFailed', whereText(step.failure), t(step.failure.reason, ...step.failure.args))}
        </p>
      )}
      {step.step === 'parsed' && (
        <div class="import-check">
          <p>{t('optionsImportFound', step.summary.verses, step.summary.books.length)}</p>
          {step.summary.absent.count > 0 && (
            <p class="muted">
              {t(
                'optionsImportAbsent',
                step.summary.absent.count,
                step.summary.absent.first.join(', ') +
                  (step.summary.absent.count > step.summary.absent.first.length ? ', …' : ''),
              )}
            </p>
          )}
          {step.summary.apart.length > 0 && (
            <p class="muted">{t('optionsImportApart', step.summary.apart.length)}</p>
          )}
          {step.summary.missingBooks.length > 0 && (
            <p class="muted">{t('optionsImportMissing', step.summary.missingBooks.join(', '))}</p>
          )}
          {step.summary.repairs.count > 0 && (
            <p class="muted">
              {t('optionsImportRepairs', step.summary.repairs.count, step.summary.repairs.first ?? '')}
            </p>
          )}
          {FIELDS.map(([key, label, hint]) => field(key, t(label), hint && t(hint)))}
          {step.confirmReplace ? (
            <p role="alert">
              {t('optionsImportReplace', meta.abbreviation)}{' '}
              <button type="button" onClick={() => void store(step.summary, true)}>
                {t('optionsImportReplaceConfirm')}
              </button>{' '}
              <button type="button" onClick={reset}>
                {t('optionsImportCancel')}
              </button>
            </p>
          ) : (
            <p>
              <button type="button" disabled={!metaValid} onClick={() => void store(step.summary, false)}>
                {t('optionsImportStore')}
              </button>{' '}
              <button type="button" onClick={reset}>
                {t('optionsImportCancel')}
              </button>
            </p>
          )}
        </div>
      )}
      {step.step === 'storing' && (
        <p>
          <progress max={step.total} value={step.done} /> {t('optionsImportStoring', step.done, step.total)}
        </p>
      )}
      <p class="muted" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
