/**
 * A passage in two translations, verse by verse, shared by the hover card and the popup: each
 * verse number, then the first translation's line, then the second's. One markup serves both
 * layouts: narrow (the card, the popup) the lines are interleaved; wide (the popup opened in a
 * tab) a container query in each stylesheet sets them in two columns under the translations' names.
 */
import { useMemo, useState } from 'preact/hooks';
import { alignVerses } from '@/lib/bible/parallel';
import type { Passage, Verse } from '@/lib/bible/passage';
import { translationLabel, type TranslationAbout } from '@/lib/bible/translations';
import { t } from '@/lib/i18n';
import {
  COLLAPSED_VERSES,
  Copyright,
  omittedNote,
  PageNote,
  passageAbout,
  ShowAll,
  SPOKEN_ONLY,
  VerseNumber,
} from './passage-text';

/**
 * `first` and `second` are the same passage (and page) in two translations. A verse one of
 * them does not have is said to be absent on its side; a screen reader hears each line's
 * translation before its text.
 */
export function ParallelText({
  first,
  second,
  onPage,
}: {
  first: Passage;
  second: Passage;
  onPage?(from: number): void;
}) {
  const [expanded, setExpanded] = useState(false);
  const rows = useMemo(() => alignVerses(first, second), [first, second]);
  const several = rows.length > 1;
  const long = rows.length > COLLAPSED_VERSES;
  const shown = long && !expanded ? rows.slice(0, COLLAPSED_VERSES) : rows;
  const chapters = new Set(rows.map((r) => `${r.id.split('.')[0]}.${r.chapter}`)).size > 1;
  // A slot a row already shows as absent needs no note; one both translations leave empty does.
  const ids = new Set(rows.map((r) => r.id));
  const notes = [first, second]
    .map((p) =>
      omittedNote(
        p.omitted.filter((id) => !ids.has(id)),
        translationLabel(p.translation),
      ),
    )
    .filter((note) => note !== undefined);
  return (
    <div class="ic-passage">
      <div
        class={`ic-verses ic-parallel${expanded ? ' ic-expanded' : ''}`}
        data-verse-text
        {...(expanded ? { tabIndex: 0, role: 'region', 'aria-label': t('versesAll') } : {})}
      >
        {/* The columns' names, shown only when wide; each line names its translation to a screen reader. */}
        <div class="ic-heads" aria-hidden="true">
          <span />
          {[first, second].map((p) => (
            <span key={p.translation}>{`${passageAbout(p).name} (${translationLabel(p.translation)})`}</span>
          ))}
        </div>
        {shown.map((row) => (
          <div key={row.id} class="ic-row" data-verse={row.id}>
            <span class="ic-row-num">{several && <VerseNumber verse={row} withChapter={chapters} />}</span>
            <Side about={passageAbout(first)} verse={row.first} />
            <Side about={passageAbout(second)} verse={row.second} second />
          </div>
        ))}
      </div>
      {long && <ShowAll expanded={expanded} onToggle={() => setExpanded(!expanded)} count={rows.length} />}
      {notes.map((note) => (
        <p key={note} class="ic-muted ic-omitted">
          {note}
        </p>
      ))}
      {first.page && <PageNote page={first.page} onPage={onPage} />}
      {[first, second].map((p) => {
        const { copyright } = passageAbout(p);
        return copyright && <Copyright key={p.translation} translation={p.translation} line={copyright} />;
      })}
    </div>
  );
}

/** One translation's line of a verse: its abbreviation for the eye, its name for the ear, its text in its language. */
function Side({
  about,
  verse,
  second = false,
}: {
  about: TranslationAbout;
  verse: Verse | undefined;
  second?: boolean;
}) {
  const { id: translation, name } = about;
  const language = about.language || undefined;
  const label = translationLabel(translation);
  return (
    <span
      class={`ic-side${second ? ' ic-second' : ' ic-first'}${verse ? '' : ' ic-absent'}`}
      data-translation={translation}
    >
      <span class="ic-tr" aria-hidden="true" title={name}>
        {label}
      </span>{' '}
      <span style={SPOKEN_ONLY}>{`${name}: `}</span>
      {verse ? (
        <span lang={language}>
          {verse.title && <span class="ic-title">{verse.title}</span>}
          {verse.text}
        </span>
      ) : (
        <span class="ic-muted">{t('verseAbsent', label)}</span>
      )}{' '}
    </span>
  );
}
