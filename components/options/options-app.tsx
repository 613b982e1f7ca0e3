/**
 * The options page: every setting from lib/settings, bound live (storage.sync, so it
 * follows the user and reaches open tabs at once), plus storage use and "clear cache".
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { TRANSLATION_IDS, TRANSLATIONS } from '@/lib/bible/translations';
import { send } from '@/lib/messaging/send';
import * as settings from '@/lib/settings';

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
      (error: unknown) => report(item.name, error instanceof Error ? error.message : String(error)),
    );
  };
  return [value, set];
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

/** One line per translation: its word index, built or not, and its size. */
function WordIndexes({ version }: { version: number }) {
  const [lines, setLines] = useState<string[]>([]);
  useEffect(() => {
    void Promise.all(
      TRANSLATION_IDS.map(async (id) => {
        const s = await send('getSearchStatus', { translation: id }).catch(() => undefined);
        if (s?.state === 'ready') return `${id}: ${(s.bytes / 1024 / 1024).toFixed(1)} MB, ${s.terms} words`;
        if (s?.state === 'building') return `${id}: being built (${s.done} of ${s.total} books)`;
        return `${id}: built on the first word search`;
      }),
    ).then(setLines);
  }, [version]);
  return <p class="muted">Word index — {lines.join('; ')}.</p>;
}

/** The options page's root: the settings, and what could not be saved. */
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
  const [delay, setDelay] = useSetting(settings.hoverDelay);
  const [theme, setTheme] = useSetting(settings.theme);
  const [exclude, setExclude] = useSetting(settings.excludeSelectors);
  const [sites, setSites] = useSetting(settings.disabledSites);
  const [usage, setUsage] = useState('');
  const [status, setStatus] = useState('');
  const [cleared, setCleared] = useState(0);
  const measure = () =>
    navigator.storage
      ?.estimate()
      .then((e) =>
        setUsage(
          `${((e.usage ?? 0) / 1024 / 1024).toFixed(1)} MB used by Intercede’s cache and saved verses.`,
        ),
      );
  useEffect(() => void measure(), []);

  return (
    <main class="options">
      <h1>Intercede settings</h1>
      {errors.length > 0 && (
        <div class="save-error" role="alert">
          {errors.map((message) => (
            <p key={message}>Not saved: {message}</p>
          ))}
        </div>
      )}
      <fieldset>
        <legend>Reading</legend>
        <label class="row">
          Default translation{' '}
          <select
            value={translation}
            onChange={(e) => setTranslation((e.target as HTMLSelectElement).value as 'WEB')}
          >
            {TRANSLATION_IDS.map((id) => (
              <option key={id} value={id}>
                {TRANSLATIONS[id].name} ({id})
              </option>
            ))}
          </select>
        </label>
        <label class="row">
          Hover delay{' '}
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
          ms
        </label>
        <label class="row">
          Theme{' '}
          <select
            value={theme}
            onChange={(e) => setTheme((e.target as HTMLSelectElement).value as settings.Theme)}
          >
            <option value="auto">Follow the page</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Finding references</legend>
        <Check item={settings.chapterOnly} label="Chapters without a verse (“John 17”)" />
        <Check
          item={settings.caseInsensitive}
          label="Lower-case book names (“heb 7:25”)"
          hint="may underline ordinary words"
        />
        <Check item={settings.skipCode} label="Skip code blocks" />
        <label class="block">
          Never scan these parts of pages (CSS selectors, one per line)
          <textarea
            rows={3}
            value={exclude}
            onChange={(e) => setExclude((e.target as HTMLTextAreaElement).value)}
          />
        </label>
        <label class="block">
          Sites where Intercede is off (one host per line)
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
        <legend>Saved verses and storage</legend>
        <Check item={settings.badgeCount} label="Show the number of saved verses on the toolbar icon" />
        <p class="muted">{usage}</p>
        <WordIndexes version={cleared} />
        <button
          type="button"
          onClick={async () => {
            await send('clearCache', {});
            setStatus('Cache cleared. Saved verses are untouched.');
            setCleared((n) => n + 1);
            await measure();
          }}
        >
          Clear cache
        </button>{' '}
        <span role="status" aria-live="polite">
          {status}
        </span>
      </fieldset>
      <p class="muted">
        Texts: World English Bible and King James Version (public domain), Nave’s Topical Bible (public
        domain). The intercession notes are written for Intercede by its contributors. Intercede makes no
        network requests. <a href="/about.html">About the sources</a>
      </p>
    </main>
  );
}
