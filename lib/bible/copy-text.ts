/** The text the card's Copy button puts on the clipboard. */
import type { Passage } from './passage';
import { translationLabel, type TranslationId } from './translations';

/** Where the reference goes, if anywhere: after the text (the default), before it, or alone; or the text alone. */
export const COPY_LAYOUTS = ['text-ref', 'ref-text', 'text', 'ref'] as const;

/** One of COPY_LAYOUTS. */
export type CopyLayout = (typeof COPY_LAYOUTS)[number];

/** How Copy writes a passage (the reader's copy settings). */
export interface CopyFormat {
  layout: CopyLayout;
  /** Verse numbers before each verse of a passage of several. */
  numbers: boolean;
  /** The translation after the reference: "Hebrews 7:25 (WEB)". */
  translation: boolean;
}

/** Copy's format before the reader changes it: `“text” — Hebrews 7:25 (WEB)`. */
export const DEFAULT_COPY_FORMAT: Readonly<CopyFormat> = {
  layout: 'text-ref',
  numbers: true,
  translation: true,
};

/**
 * The clipboard text: `“text” — Hebrews 7:25 (WEB)`. Several verses are numbered ("14 … 15 …")
 * so the quote can be checked against a Bible; across chapters each chapter's first verse
 * reads "5:1". Runs of whitespace (poetry line breaks) collapse so the quote pastes as one
 * line. Psalm titles are left out: the quote is the verses the label names.
 */
export function copyText(
  label: string,
  translation: TranslationId,
  passage: Passage,
  format: CopyFormat = DEFAULT_COPY_FORMAT,
): string {
  const reference = format.translation ? `${label} (${translationLabel(translation)})` : label;
  if (format.layout === 'ref') return reference;
  const body = copyBody(passage, format.numbers);
  if (format.layout === 'text') return body;
  if (format.layout === 'ref-text') return `${reference}: “${body}”`;
  return `“${body}” — ${reference}`;
}

/**
 * The clipboard text of a passage shown in two translations (or more): one line each, in the
 * order shown, laid out as the format says. Each line names its translation whatever the
 * format's `translation` says, since two quotes of one reference would otherwise read as one
 * text said twice: `“…” — Hebrews 7:25 (WEB)` then `“…” — Hebrews 7:25 (KJV)`; the text alone
 * reads `WEB: …`; the reference alone names both, `Hebrews 7:25 (WEB, KJV)`.
 */
export function copyParallelText(
  label: string,
  passages: readonly Passage[],
  format: CopyFormat = DEFAULT_COPY_FORMAT,
): string {
  if (format.layout === 'ref')
    return `${label} (${passages.map((p) => translationLabel(p.translation)).join(', ')})`;
  return passages
    .map((passage) =>
      format.layout === 'text'
        ? `${translationLabel(passage.translation)}: ${copyBody(passage, format.numbers)}`
        : copyText(label, passage.translation, passage, { ...format, translation: true }),
    )
    .join('\n');
}

/** The verses as one line, numbered when `numbers` and there are several. */
function copyBody(passage: Passage, numbers: boolean): string {
  const several = passage.verses.length > 1 && numbers;
  const chapters = new Set(passage.verses.map((v) => `${v.book}.${v.chapter}`)).size > 1;
  return passage.verses
    .map((v) => {
      const text = v.text.replace(/\s+/g, ' ').trim();
      if (!several) return text;
      const number = chapters && v.verse === 1 ? `${v.chapter}:${v.verse}` : String(v.verse);
      return `${number} ${text}`;
    })
    .join(' ');
}
