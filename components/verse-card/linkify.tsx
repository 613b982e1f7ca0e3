/** Text whose Bible references become buttons that open that passage. */
import { uiLabelLanguage } from '../labels';
import { useMemo } from 'preact/hooks';
import { findReferences, formatReference } from '@/lib/refs';

/** One reference found in a text: UTF-16 offsets, the text as written, its OSIS id. */
export interface FoundReference {
  start: number;
  end: number;
  text: string;
  osis: string;
}

/** Finds the references in a text (the finder's contract). Injectable so tests can pin the matches. */
export type ReferenceFinder = (text: string) => readonly FoundReference[];

/** A run of a linkified text: plain text, or a reference to make interactive. */
export type TextPart = string | FoundReference;

/**
 * Splits `text` into plain runs and references, in order. A match that overlaps the previous
 * one or falls outside the text is skipped, so a misbehaving finder can never duplicate or
 * drop prose.
 */
export function splitReferences(text: string, find: ReferenceFinder): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of find(text)) {
    if (match.start < at || match.end > text.length || match.end <= match.start) continue;
    if (match.start > at) parts.push(text.slice(at, match.start));
    parts.push(match);
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** The full label of an id, for a tooltip on abbreviated references ("Heb 7:25"). */
function fullLabel(osis: string): string | undefined {
  try {
    return formatReference(osis, uiLabelLanguage());
  } catch {
    return undefined;
  }
}

/**
 * `text` with every reference in it rendered as a link-styled button calling
 * `onOpenReference(osis)`. Buttons, not anchors: activating one asks the extension to open
 * the passage, there is no URL to follow. Their name stays the text as written (so speech
 * input can say what it sees); the full label goes in the tooltip.
 */
export function LinkedText({
  text,
  onOpenReference,
  find = findReferences,
}: {
  text: string;
  onOpenReference(osis: string): void;
  find?: ReferenceFinder;
}) {
  const parts = useMemo(() => splitReferences(text, find), [text, find]);
  return (
    <>
      {parts.map((part, i) => {
        if (typeof part === 'string') return part;
        const label = fullLabel(part.osis);
        return (
          <button
            key={i}
            type="button"
            class="ic-ref"
            title={label && label !== part.text ? label : undefined}
            onClick={() => onOpenReference(part.osis)}
          >
            {part.text}
          </button>
        );
      })}
    </>
  );
}
