/**
 * The options page: every setting from lib/settings, bound live (storage.sync, so it
 * follows the user and reaches open tabs at once), plus storage use and "clear cache".
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { CopyLayout } from '@/lib/bible/copy-text';
import { BUNDLED_ABOUT, translationLabel, type TranslationId } from '@/lib/bible/translations';
import type { InstalledTranslation } from '@/lib/messaging/contract';
import { formatNumber, t, tPlural, type MessageId } from '@/lib/i18n';
import { notSavedText } from '../error-text';
import { send } from '@/lib/messaging/send';
import * as settings from '@/lib/settings';
import { TranslationsSection } from './translations-section';

/** Reports a setting that could not be saved (its message), or that it saved after all (undefined). */
const ReportSave = createContext<(name: string, message: string | undefined) => void>(() => undefined);

/**
 * A setting's value, kept in step with storage (changes from other devices included). A change
 * the browser refuses stays on screen, and the page says why (never dropped silently).
 */
function useSetting<T>(item: settings.Setting<T>): [T | undefined, (v: T) => void] {
  const [value, setValue] = useState<T | undefined>();
  const report = useContext(ReportSave);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((v) => setValue(v));
  }, [item]);
  const set = (v: T) => {
    setValue(v);
    item.setValue(v).then(
      () => report(item.name, undefined),
      (error: unknown) => report(item.name, notSavedText(error)),
    );
  };
  return [value, set];
}

/** How Copy writes a passage: where the reference goes, verse numbers, the translation. */
function CopyOptions() {
  const [format, setFormat] = useSetting(settings.copyFormat);
  if (!format) return null;
  const setFlag = (key: 'numbers' | 'translation') => (e: Event) =>
    setFormat({ ...format, [key]: (e.target as HTMLInputElement).checked });
  return (
    <fieldset>
      <legend>{t('optionsCopyLegend')}</legend>
      <label class="row">
        {t('optionsCopyLayout')}{' '}
        <select
          value={format.layout}
          onChange={(e) =>
            setFormat({ ...format, layout: (e.target as HTMLSelectElement).value as CopyLayout })
          }
        >
          <option value="text-ref">{t('copyLayoutTextRef')}</option>
          <option value="ref-text">{t('copyLayoutRefText')}</option>
          <option value="text">{t('copyLayoutText')}</option>
          <option value="ref">{t('copyLayoutRef')}</option>
        </select>
      </label>
      <label class="row">
        <input type="checkbox" checked={format.numbers} onChange={setFlag('numbers')} />{' '}
        {t('optionsCopyNumbers')}
      </label>
      <label class="row">
        <input type="checkbox" checked={format.translation} onChange={setFlag('translation')} />{' '}
        {t('optionsCopyTranslation')}
      </label>
    </fieldset>
  );
}

function Check({ item, label, hint }: { item: settings.Setting<boolean>; label: string; hint?: string }) {
  const [value, set] = useSetting(item);
  return (
    <label class="row">
      <input
        type="checkbox"
        checked={value ?? false}
        onChange={(e) => set((e.target as HTMLInputElement).checked)}
      />
      <span>
        {label}
        {hint && <small class="muted"> {hint}</small>}
      </span>
    </label>
  );
}

/** A size in megabytes with one decimal, the interface language's way ("1.5", "1,5"). */
function megabytes(bytes: number): string {
  return formatNumber(bytes / 1024 / 1024, 1);
}

/**
 * Every installed translation: the bundled ones at once, the imported ones once the background
 * says (read again after `version` changes).
 */
function useInstalled(version: number): readonly InstalledTranslation[] {
  const [installed, setInstalled] = useState<readonly InstalledTranslation[]>(BUNDLED_ABOUT);
  useEffect(() => {
    void send('listTranslations', {}).then(
      (list) => Array.isArray(list) && setInstalled(list),
      () => undefined,
    );
  }, [version]);
  return installed;
}

/** "World English Bible (WEB)" */
const optionName = (tr: InstalledTranslation) => `${tr.name} (${translationLabel(tr.id)})`;

/** One line per translation: its word index, built or not, and its size. */
function WordIndexes({
  version,
  installed,
}: {
  version: number;
  installed: readonly InstalledTranslation[];
}) {
  const [lines, setLines] = useState<string[]>([]);
  useEffect(() => {
    void Promise.all(
      installed.map(async ({ id: translation }) => {
        const id = translationLabel(translation);
        const s = await send('getSearchStatus', { translation }).catch(() => undefined);
        if (s?.state === 'ready') return tPlural(s.terms, 'optionsIndexReady', id, megabytes(s.bytes));
        if (s?.state === 'building') return tPlural(s.total, 'optionsIndexBuilding', id, s.done);
        return t('optionsIndexLater', id);
      }),
    ).then(setLines);
  }, [version, installed]);
  return <p class="muted">{t('optionsIndex', lines.join('; '))}</p>;
}

/** The options page's root: the settings, and what could not be saved. */

/** The text sizes' names in the interface language. */
const TEXT_SIZE_NAMES: Record<settings.TextSize, MessageId> = {
  small: 'optionsTextSmall',
  normal: 'optionsTextNormal',
  large: 'optionsTextLarge',
  xlarge: 'optionsTextExtraLarge',
};
export function OptionsApp() {
  const [saveErrors, setSaveErrors] = useState<Record<string, string>>({});
  const reportSave = (name: string, message: string | undefined) =>
    setSaveErrors(({ [name]: _old, ...rest }) =>
      message === undefined ? rest : { ...rest, [name]: message },
    );
  return (
    <ReportSave.Provider value={reportSave}>
      <Options errors={Object.values(saveErrors)} />
    </ReportSave.Provider>
  );
}

function Options({ errors }: { errors: string[] }) {
  const [translation, setTranslation] = useSetting(settings.translation);
  const [second, setSecond] = useSetting(settings.secondTranslation);
  const [delay, setDelay] = useSetting(settings.hoverDelay);
  const [theme, setTheme] = useSetting(settings.theme);
  const [textSize, setTextSize] = useSetting(settings.textSize);
  const [exclude, setExclude] = useSetting(settings.excludeSelectors);
  const [sites, setSites] = useSetting(settings.disabledSites);
  const [listed, setListed] = useState(0);
  const installed = useInstalled(listed);
  const [usage, setUsage] = useState('');
  const [status, setStatus] = useState('');
  const [cleared, setCleared] = useState(0);
  const measure = () =>
    navigator.storage?.estimate().then((e) => setUsage(t('optionsUsage', megabytes(e.usage ?? 0))));
  useEffect(() => void measure(), []);

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {errors.length > 0 && (
        <div class="save-error" role="alert">
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <fieldset>
        <legend>{t('optionsReading')}</legend>
        <label class="row">
          {t('optionsTranslation')}{' '}
          <select
            value={translation}
            onChange={(e) => setTranslation((e.target as HTMLSelectElement).value as TranslationId)}
          >
            {installed.map((tr) => (
              <option key={tr.id} value={tr.id}>
                {optionName(tr)}
              </option>
            ))}
          </select>
        </label>
        <label class="row wrap">
          {t('optionsSecondTranslation')}{' '}
          <select
            // A second equal to the first shows nothing more: it reads as none here too.
            value={second === undefined || second === translation ? 'none' : second}
            onChange={(e) => setSecond((e.target as HTMLSelectElement).value as settings.SecondTranslation)}
          >
            <option value="none">{t('optionsSecondNone')}</option>
            {installed
              .filter((tr) => tr.id !== translation)
              .map((tr) => (
                <option key={tr.id} value={tr.id}>
                  {optionName(tr)}
                </option>
              ))}
          </select>
          <small class="muted">{t('optionsSecondHint')}</small>
        </label>
        <label class="row">
          {t('optionsHoverDelay')}{' '}
          <input
            type="number"
            min={settings.HOVER_DELAY_RANGE.min}
            max={settings.HOVER_DELAY_RANGE.max}
            step={50}
            value={delay}
            onChange={(e) => {
              const v = Number((e.target as HTMLInputElement).value);
              if (Number.isFinite(v))
                setDelay(
                  Math.min(settings.HOVER_DELAY_RANGE.max, Math.max(settings.HOVER_DELAY_RANGE.min, v)),
                );
            }}
          />{' '}
          {t('optionsMilliseconds')}
        </label>
        <label class="row">
          {t('optionsTheme')}{' '}
          <select
            value={theme}
            onChange={(e) => setTheme((e.target as HTMLSelectElement).value as settings.Theme)}
          >
            <option value="auto">{t('optionsThemeAuto')}</option>
            <option value="light">{t('optionsThemeLight')}</option>
            <option value="dark">{t('optionsThemeDark')}</option>
          </select>
        </label>
        <label class="row">
          {t('optionsTextSize')}{' '}
          <select
            value={textSize}
            onChange={(e) => setTextSize((e.target as HTMLSelectElement).value as settings.TextSize)}
          >
            {settings.TEXT_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(TEXT_SIZE_NAMES[size])}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <TranslationsSection installed={installed} onChanged={() => setListed((n) => n + 1)} />
      <CopyOptions />
      <fieldset>
        <legend>{t('optionsFinding')}</legend>
        <Check item={settings.chapterOnly} label={t('optionsChapterOnly')} />
        <Check
          item={settings.caseInsensitive}
          label={t('optionsCaseInsensitive')}
          hint={t('optionsCaseInsensitiveHint')}
        />
        <Check item={settings.skipCode} label={t('optionsSkipCode')} />
        <label class="block">
          {t('optionsExclude')}
          <textarea
            rows={3}
            value={exclude}
            onChange={(e) => setExclude((e.target as HTMLTextAreaElement).value)}
          />
        </label>
        <label class="block">
          {t('optionsSitesOff')}
          <textarea
            rows={3}
            value={(sites ?? []).join('\n')}
            onChange={(e) =>
              setSites(
                (e.target as HTMLTextAreaElement).value
                  .split('\n')
                  .map((s) => s.trim())
                  .filter(Boolean),
              )
            }
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsStorage')}</legend>
        <Check item={settings.badgeCount} label={t('optionsBadge')} />
        <p class="muted">{usage}</p>
        <WordIndexes version={cleared} installed={installed} />
        <button
          type="button"
          onClick={async () => {
            await send('clearCache', {});
            setStatus(t('optionsCacheCleared'));
            setCleared((n) => n + 1);
            await measure();
          }}
        >
          {t('optionsClearCache')}
        </button>{' '}
        <span role="status" aria-live="polite">
          {status}
        </span>
      </fieldset>
      <p class="muted">
        {t('optionsSources')} <a href="/about.html">{t('optionsAboutLink')}</a>
      </p>
    </main>
  );
}
