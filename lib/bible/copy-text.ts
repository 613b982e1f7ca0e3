/** The text the card's Copy button puts on the clipboard. */
import type { Passage } from './passage';
import type { TranslationId } from './translations';

/**
 * The clipboard text: `“text” — Hebrews 7:25 (WEB)`. Several verses are numbered ("14 … 15 …")
 * so the quote can be checked against a Bible; across chapters each chapter's first verse
 * reads "5:1". Runs of whitespace (poetry line breaks) collapse so the quote pastes as one
 * line. Psalm titles are left out: the quote is the verses the label names.
 */
export function copyText(label: string, translation: TranslationId, passage: Passage): string {
  const several = passage.verses.length > 1;
  const chapters = new Set(passage.verses.map((v) => `${v.book}.${v.chapter}`)).size > 1;
  const body = passage.verses
    .map((v) => {
      const text = v.text.replace(/\s+/g, ' ').trim();
      if (!several) return text;
      const number = chapters && v.verse === 1 ? `${v.chapter}:${v.verse}` : String(v.verse);
      return `${number} ${text}`;
    })
    .join(' ');
  return `“${body}” — ${label} (${translation})`;
}
