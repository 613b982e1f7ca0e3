/**
 * Builds one verse's plain text from the pieces a parser meets: text, and soft breaks where
 * markup stood (a poetry line, a footnote). A soft break becomes a space only between a word or
 * closing mark and a word that follows, so "God<note>…</note>created" keeps its space and
 * "Christ,<note>…</note>to" reads "Christ, to", as the bundled packs read (scripts/data).
 */

const SOFT = '\u0001';
/** What a space may come before: a word, or an opening quote or bracket. */
const OPENING = /[\p{L}\p{N}“‘(]/u;
/** Marks after which a word follows with a space. */
const CLOSING = /[\p{L}\p{N},.;:!?”’)\]]/u;
const GAP = new RegExp(`[\\s${SOFT}]+`, 'g');

/** Collects a verse's text. */
export class VerseText {
  private parts: string[] = [];

  /** Text as read (entities already decoded). */
  add(text: string): void {
    this.parts.push(text);
  }

  /** Where markup stood between words. */
  soft(): void {
    this.parts.push(SOFT);
  }

  /** The text with spaces collapsed; empty when there is none. */
  finish(): string {
    const whole = this.parts.join('');
    this.parts = [];
    return whole
      .replace(GAP, (gap: string, offset: number, all: string) => {
        if (gap !== SOFT.repeat(gap.length) && /\s/.test(gap)) return ' ';
        const before = all[offset - 1];
        const after = all[offset + gap.length];
        return before && after && CLOSING.test(before) && OPENING.test(after) ? ' ' : '';
      })
      .trim();
  }
}
