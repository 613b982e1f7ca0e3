/** A passage's verses with their numbers; long passages show the first verses and "Show all". */
import { useState } from 'preact/hooks';
import type { Passage } from '@/lib/bible/passage';
import { formatOsis } from '@/lib/bible/osis';

/** How many verses show before "Show all". */
export const COLLAPSED_VERSES = 5;

/** The verse text of a passage. */
export function PassageText({ passage }: { passage: Passage }) {
  const [expanded, setExpanded] = useState(false);
  const several = passage.verses.length > 1;
  const long = passage.verses.length > COLLAPSED_VERSES;
  const shown = long && !expanded ? passage.verses.slice(0, COLLAPSED_VERSES) : passage.verses;
  const chapters = new Set(passage.verses.map((v) => `${v.book}.${v.chapter}`)).size;
  return (
    <div class="ic-passage">
      <div class={`ic-verses${expanded ? ' ic-expanded' : ''}`} lang="en" data-verse-text>
        {shown.map((v) => (
          <>
            {v.title && <p class="ic-title">{v.title}</p>}
            <span class="ic-verse" key={`${v.chapter}:${v.verse}`}>
              {several && (
                <sup class="ic-num" aria-label={`verse ${chapters > 1 ? `${v.chapter}:` : ''}${v.verse}`}>
                  {chapters > 1 && v.verse === 1 ? `${v.chapter}:${v.verse}` : v.verse}
                </sup>
              )}
              {v.text}{' '}
            </span>
          </>
        ))}
      </div>
      {long && (
        <button
          type="button"
          class="ic-more"
          aria-expanded={expanded ? 'true' : 'false'}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer verses' : `Show all ${passage.verses.length} verses`}
        </button>
      )}
      {passage.omitted.length > 0 && (
        <p class="ic-muted ic-omitted">
          {passage.omitted.map((osis) => formatOsis(osis)).join(', ')}{' '}
          {passage.omitted.length > 1 ? 'are' : 'is'} not in the {passage.translation}.
        </p>
      )}
    </div>
  );
}
