/**
 * A passage's verses with their numbers, shared by the hover card and the popup. Long passages
 * show their first verses and a "Show all" disclosure, so the card stays compact over a page.
 */
import { uiLabelLanguage } from '../labels';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Passage, Verse } from '@/lib/bible/passage';
import { formatOsis } from '@/lib/bible/osis';
import { aboutTranslation, translationLabel, type TranslationId } from '@/lib/bible/translations';
import { t, tPlural } from '@/lib/i18n';

/** How many verses show before "Show all". */
export const COLLAPSED_VERSES = 5;

/**
 * Hides the spoken verse number from sight but not from screen readers. Inline rather than a
 * class because the popup renders this component under its own stylesheet, and the number must
 * never show twice there; `user-select: none` keeps it out of a mouse selection's copy.
 */
export const SPOKEN_ONLY = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: '0',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: '0',
  userSelect: 'none',
} as const;

/**
 * The verse text of a passage, its psalm titles, and a note on slots this translation omits.
 * A passage too long for one answer comes a page at a time: `onPage` (the popup) offers the
 * pages; without it (the card) a note says the reader shows the rest.
 */
export function PassageText({ passage, onPage }: { passage: Passage; onPage?(from: number): void }) {
  const [expanded, setExpanded] = useState(false);
  const { verses } = passage;
  const several = verses.length > 1;
  const long = verses.length > COLLAPSED_VERSES;
  const shown = long && !expanded ? verses.slice(0, COLLAPSED_VERSES) : verses;
  const chapters = new Set(verses.map((v) => `${v.book}.${v.chapter}`)).size > 1;
  const omitted = omittedNote(passage.omitted, translationLabel(passage.translation));
  const { language, copyright } = passageAbout(passage);
  return (
    <div class="ic-passage">
      <div
        class={`ic-verses${expanded ? ' ic-expanded' : ''}`}
        lang={language || undefined}
        data-verse-text
        // Once expanded the verses scroll on their own; a tab stop lets keyboard users scroll them.
        {...(expanded ? { tabIndex: 0, role: 'region', 'aria-label': t('versesAll') } : {})}
      >
        {shown.map((v) => (
          <Fragment key={`${v.chapter}:${v.verse}`}>
            {v.title && <p class="ic-title">{v.title}</p>}
            <span class="ic-verse">
              {several && <VerseNumber verse={v} withChapter={chapters} />}
              {v.text}{' '}
            </span>
          </Fragment>
        ))}
      </div>
      {long && <ShowAll expanded={expanded} onToggle={() => setExpanded(!expanded)} count={verses.length} />}
      {omitted && <p class="ic-muted ic-omitted">{omitted}</p>}
      {passage.page && <PageNote page={passage.page} onPage={onPage} />}
      {copyright && <Copyright translation={passage.translation} line={copyright} />}
    </div>
  );
}

/** "Show all N verses" / "Show fewer" under a long passage. */
export function ShowAll({
  expanded,
  onToggle,
  count,
}: {
  expanded: boolean;
  onToggle(): void;
  count: number;
}) {
  return (
    <button type="button" class="ic-more" aria-expanded={expanded ? 'true' : 'false'} onClick={onToggle}>
      {expanded ? t('versesShowFewer') : t('versesShowAll', count)}
    </button>
  );
}

/** What a passage says of its translation: the bundled table's entry, or an imported one's `about`. */
export function passageAbout(passage: Pick<Passage, 'translation' | 'about'>) {
  return aboutTranslation(passage.translation, passage.about ? [passage.about] : []);
}

/** An imported translation's copyright line, under its text, in the language it was written in. */
export function Copyright({ translation, line }: { translation: TranslationId; line: string }) {
  return (
    <p class="ic-muted ic-copyright" data-copyright={translation}>
      {line}
    </p>
  );
}

/** Where a page of a long passage sits, and the way to the others. */
export function PageNote({
  page,
  onPage,
}: {
  page: NonNullable<Passage['page']>;
  onPage?(from: number): void;
}) {
  const { from, count, total } = page;
  const first = from + 1;
  const last = from + count;
  const where = t('pageWhere', first, last, total);
  if (!onPage) return <p class="ic-muted ic-page">{`${where} ${t('pageOpenShowsRest')}`}</p>;
  return (
    <p class="ic-muted ic-page" role="group" aria-label={t('pagesLabel')}>
      {where}{' '}
      {from > 0 && (
        <button type="button" class="ic-more" onClick={() => onPage(Math.max(0, from - count))}>
          {t('pagePrevious')}
        </button>
      )}{' '}
      {last < total && (
        <button type="button" class="ic-more" onClick={() => onPage(last)}>
          {t('pageNext')}
        </button>
      )}
    </p>
  );
}

/**
 * A superscript number for the eye and "verse 14" for the ear: a bare "14" read aloud in the
 * middle of the text sounds like part of the sentence. Passages across chapters number each
 * chapter's first verse "17:1" so the reader knows where the chapter turns.
 */
export function VerseNumber({
  verse,
  withChapter,
}: {
  verse: Pick<Verse, 'chapter' | 'verse'>;
  withChapter: boolean;
}) {
  const visible = withChapter && verse.verse === 1 ? `${verse.chapter}:${verse.verse}` : String(verse.verse);
  const spoken = withChapter ? `${verse.chapter}:${verse.verse}` : String(verse.verse);
  return (
    <>
      <sup class="ic-num" aria-hidden="true">
        {visible}
      </sup>{' '}
      <span style={SPOKEN_ONLY}>{`${t('verseSpoken', spoken)} `}</span>
    </>
  );
}

const VERSE_ID = /^([1-3]?[A-Za-z]+)\.(\d+)\.(\d+)$/;

/**
 * "Acts 8:37 is not in the WEB." / "Romans 16:25–27 are not in the WEB." — consecutive slots
 * are joined into one range first, so three omitted verses read as one span, not a list.
 * Undefined when nothing is omitted; an id the versification rejects is shown as it is rather
 * than breaking the card.
 */
export function omittedNote(omitted: readonly string[], translation: string): string | undefined {
  if (omitted.length === 0) return undefined;
  const runs: { first: string; last: string; count: number }[] = [];
  for (const id of omitted) {
    const run = runs[runs.length - 1];
    if (run && follows(run.last, id)) {
      run.last = id;
      run.count += 1;
    } else runs.push({ first: id, last: id, count: 1 });
  }
  const osis = runs.map((r) => (r.first === r.last ? r.first : `${r.first}-${r.last}`)).join(',');
  let label: string;
  try {
    label = formatOsis(osis, uiLabelLanguage());
  } catch {
    label = omitted.join(', ');
  }
  return tPlural(omitted.length, 'omitted', label, translation);
}

/** Whether verse id `next` comes straight after `prev` in the same chapter. */
function follows(prev: string, next: string): boolean {
  const a = VERSE_ID.exec(prev);
  const b = VERSE_ID.exec(next);
  return !!a && !!b && a[1] === b[1] && a[2] === b[2] && Number(b[3]) === Number(a[3]) + 1;
}
