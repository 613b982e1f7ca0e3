/**
 * A small XML reader for the import formats, for a Web Worker (which has no DOMParser) and Node
 * alike: one pass over the text with indexOf, reporting each element's start and end and the
 * text between them. It checks what an import needs (tags close in order, the document is
 * complete, entities are known) and no more: no DTDs, namespaces are left in names as written.
 */
import { ImportError } from './errors';

/** An element's attributes by name, values with entities decoded. */
export type Attributes = Readonly<Record<string, string>>;

/** What the reader reports, in document order. */
export interface XmlHandler {
  /**
   * An element starts; `empty` for `<x/>` (no `close` follows). `line()` gives its line
   * (counted on demand, so cheap only when called in document order).
   */
  open(name: string, attributes: Attributes, empty: boolean, line: () => number): void;
  /** An element ends. */
  close(name: string): void;
  /** Character data (entities decoded, CDATA included as text). */
  text(value: string): void;
  /**
   * When given, end tags out of order are repaired instead of refused, and reported here.
   * SWORD's own OSIS export of the KJV leaves USFM codes (`\nd`) in place of some tags.
   */
  repair?(detail: string, line: number): void;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The line (1-based) of an offset, counted only when an error needs it. */
function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Decodes `&name;` and `&#n;` references in `value`, which starts at `offset` of `source`; an
 * unknown one is an error on its own line (a paragraph's text or a value may span lines).
 */
function decode(source: string, value: string, offset: number): string {
  let amp = value.indexOf('&');
  if (amp < 0) return value;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = value.indexOf(';', amp);
    const name = semi < 0 ? '' : value.slice(amp + 1, semi);
    let char: string | undefined;
    if (name.startsWith('#x') || name.startsWith('#X')) char = codePoint(parseInt(name.slice(2), 16));
    else if (name.startsWith('#')) char = codePoint(Number(name.slice(1)));
    else char = ENTITIES[name];
    if (char === undefined || semi - amp > 12) {
      throw new ImportError(
        'importErrUnknownEntity',
        [written(value, amp, semi)],
        lineAt(source, offset + amp),
      );
    }
    out += value.slice(from, amp) + char;
    from = semi + 1;
    amp = value.indexOf('&', from);
  }
  return out + value.slice(from);
}

/** The longest reference an error quotes whole; a longer run is cut with "…". */
const QUOTED = 12;

/**
 * The reference at `amp` as the file wrote it, for an error: through its `;` when that is near,
 * else the characters up to the next space, `<` or `&` ("&nbsp;", "&amp", "&"), not the text after it.
 */
function written(value: string, amp: number, semi: number): string {
  if (semi >= 0 && semi - amp <= QUOTED) return value.slice(amp, semi + 1);
  const run = /^&[^\s<&]*/.exec(value.slice(amp))![0];
  return run.length > QUOTED ? `${run.slice(0, QUOTED)}…` : run;
}

function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Reads a start tag's name and attributes from `tag` (the text between `<` and `>`, at `offset`). */
function readTag(source: string, tag: string, offset: number): { name: string; attributes: Attributes } {
  let i = 0;
  while (i < tag.length && !isSpace(tag.charCodeAt(i))) i++;
  const name = tag.slice(0, i);
  const attributes: Record<string, string> = {};
  while (i < tag.length) {
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    if (i >= tag.length) break;
    const eq = tag.indexOf('=', i);
    if (eq < 0) throw new ImportError('importErrBadAttribute', [name], lineAt(source, offset));
    const key = tag.slice(i, eq).trim();
    let q = eq + 1;
    while (q < tag.length && isSpace(tag.charCodeAt(q))) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") {
      throw new ImportError('importErrUnquotedAttribute', [key, name], lineAt(source, offset));
    }
    const end = tag.indexOf(quote, q + 1);
    if (end < 0) throw new ImportError('importErrUnclosedAttribute', [key, name], lineAt(source, offset));
    // The value starts after the tag's `<` and the opening quote.
    attributes[key] = decode(source, tag.slice(q + 1, end), offset + q + 2);
    i = end + 1;
  }
  if (!name) throw new ImportError('importErrTagNoName', [], lineAt(source, offset));
  return { name, attributes };
}

/**
 * Reads `source` from start to end, calling `handler` for each part, and `progress` with the
 * share read (0…1) about every 256 KB.
 * @throws ImportError naming the line: a tag closed out of order, an unclosed tag at the end
 *   (a truncated file), an unknown entity, a document with no root element.
 */
export function readXml(source: string, handler: XmlHandler, progress?: (share: number) => void): void {
  const stack: { name: string; offset: number }[] = [];
  let sawRoot = false;
  let i = 0;
  let nextReport = 0;
  const length = source.length;
  // Lines counted forward from the last place asked about: one pass over the file in all.
  let lineNo = 1;
  let lineFrom = 0;
  let here = 0;
  const line = () => {
    for (let n = source.indexOf('\n', lineFrom); n >= 0 && n < here; n = source.indexOf('\n', n + 1)) {
      lineNo++;
      lineFrom = n + 1;
    }
    if (lineFrom < here) lineFrom = here;
    return lineNo;
  };
  while (i < length) {
    if (progress && i >= nextReport) {
      progress(i / length);
      nextReport = i + 262_144;
    }
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > i) {
      const raw = source.slice(i, textEnd);
      if (stack.length > 0) handler.text(decode(source, raw, i));
      else if (raw.trim()) {
        throw new ImportError('importErrTextOutsideRoot', [], lineAt(source, i));
      }
    }
    if (lt < 0) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end < 0) throw new ImportError('importErrEndsInComment', [], lineAt(source, lt));
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt + 9);
      if (end < 0) throw new ImportError('importErrEndsInCdata', [], lineAt(source, lt));
      if (stack.length > 0) handler.text(source.slice(lt + 9, end));
      i = end + 3;
    } else if (source[lt + 1] === '?' || source[lt + 1] === '!') {
      // The XML declaration, processing instructions and a DOCTYPE without an internal subset.
      const end = source.indexOf('>', lt);
      if (end < 0) throw new ImportError('importErrEndsInDeclaration', [], lineAt(source, lt));
      i = end + 1;
    } else {
      const gt = source.indexOf('>', lt);
      if (gt < 0) throw new ImportError('importErrEndsInTag', [], lineAt(source, lt));
      const tag = source.slice(lt + 1, gt);
      if (tag[0] === '/') {
        const name = tag.slice(1).trim();
        const top = stack.at(-1);
        if (top?.name !== name && handler.repair) {
          // Repaired as a browser reads HTML: an end tag closes what was left open inside its
          // element, and an end tag with no element open is dropped.
          const at = stack.findLastIndex((e) => e.name === name);
          handler.repair(
            at >= 0 ? `<${top!.name}> left open inside <${name}>` : `a stray </${name}>`,
            lineAt(source, lt),
          );
          if (at < 0) {
            i = gt + 1;
            continue;
          }
          while (stack.length > at + 1) handler.close(stack.pop()!.name);
        }
        const open = stack.pop();
        if (!open || open.name !== name) {
          throw open
            ? new ImportError(
                'importErrCloseMismatch',
                [name, open.name, lineAt(source, open.offset)],
                lineAt(source, lt),
              )
            : new ImportError('importErrCloseNothing', [name], lineAt(source, lt));
        }
        handler.close(name);
      } else {
        const empty = tag.endsWith('/');
        const { name, attributes } = readTag(source, empty ? tag.slice(0, -1) : tag, lt);
        if (stack.length === 0) {
          if (sawRoot) throw new ImportError('importErrSecondRoot', [name], lineAt(source, lt));
          sawRoot = true;
        }
        here = lt;
        handler.open(name, attributes, empty, line);
        if (!empty) stack.push({ name, offset: lt });
      }
      i = gt + 1;
    }
  }
  const open = stack.pop();
  if (open) {
    throw new ImportError('importErrUnclosedAtEnd', [open.name], lineAt(source, open.offset));
  }
  if (!sawRoot) throw new ImportError('importErrNotXml', [], 1);
  progress?.(1);
}

/** The name of the root element, read from the start of the file without reading the rest. */
export function rootName(source: string): string | undefined {
  let i = 0;
  for (;;) {
    const lt = source.indexOf('<', i);
    if (lt < 0) return undefined;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (source[lt + 1] === '?' || source[lt + 1] === '!') {
      i = lt + 2;
    } else {
      let end = lt + 1;
      while (end < source.length && !isSpace(source.charCodeAt(end)) && !'/>'.includes(source[end]!)) end++;
      return source.slice(lt + 1, end);
    }
  }
}
