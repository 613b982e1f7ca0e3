/**
 * The message files are complete: every id in both locales with text and the same placeholders,
 * every plural form a language needs, every id used by the code, and every call passing the
 * substitutions its message expects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, readMessages, type LocaleMessage } from '../support/interface-language';
import { ROOT, scanMessages, sourceFiles } from './source-scan';

const english = readMessages('en');
const ids = Object.keys(english);
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The `$n` substitutions a message reads, through its placeholders. */
function substitutionsOf(entry: LocaleMessage): number {
  const indexes = Object.values(entry.placeholders ?? {}).flatMap((p) =>
    [...p.content.matchAll(/\$([1-9])/g)].map((m) => Number(m[1])),
  );
  return Math.max(0, ...indexes);
}

/** The placeholders `$NAME$` a message's text names, in small letters. */
const namedIn = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());

describe('public/_locales', () => {
  it('has the manifest’s default locale and Spanish, and nothing else yet', () => {
    expect(LOCALES).toEqual(['en', 'es']);
    expect(ids.length).toBeGreaterThan(100);
  });

  it.each(LOCALES)('%s: has every id of the English file and no other, each with text', (locale) => {
    const messages = readMessages(locale);
    expect(Object.keys(messages).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(messages[id]!.message.trim(), id).not.toBe('');
  });

  it.each(LOCALES)('%s: ids a browser accepts, and the language it is in under "lang"', (locale) => {
    const messages = readMessages(locale);
    for (const id of Object.keys(messages)) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(messages.lang!.message).toBe(locale);
  });

  it.each(LOCALES)('%s: the same placeholders as English, each one defined and meant', (locale) => {
    const messages = readMessages(locale);
    for (const id of ids) {
      const entry = messages[id]!;
      const placeholders = (p: LocaleMessage) =>
        Object.fromEntries(
          Object.entries(p.placeholders ?? {}).map(([name, v]) => [name.toLowerCase(), v.content]),
        );
      expect(placeholders(entry), id).toEqual(placeholders(english[id]!));
      for (const name of namedIn(entry.message)) expect(Object.keys(placeholders(entry)), id).toContain(name);
      // A bare "$" would be read as the start of a placeholder: it must be written "$$".
      expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$|\$\$/g, ''), id).not.toContain('$');
      // The placeholder a form may leave out (the count of a plural) is the only one not named.
      const unnamed = Object.keys(placeholders(entry)).filter((n) => !namedIn(entry.message).includes(n));
      expect(
        unnamed.filter((n) => !(PLURAL.test(id) && n === 'count')),
        id,
      ).toEqual([]);
    }
  });

  it.each(LOCALES)('%s: every plural form its language needs, with the count first', (locale) => {
    const messages = readMessages(locale);
    const bases = new Set(ids.filter((id) => PLURAL.test(id)).map((id) => id.replace(PLURAL, '')));
    expect(bases.size).toBeGreaterThan(5);
    const rules = new Intl.PluralRules(locale);
    // The categories the counts we show (0 to 100,000) fall into; others read as "other".
    const needed = new Set(Array.from({ length: 100_001 }, (_, n) => rules.select(n)));
    for (const base of bases) {
      for (const category of needed)
        expect(Object.keys(messages), `${base} in ${locale}`).toContain(`${base}_${category}`);
      for (const id of ids.filter((i) => i.replace(PLURAL, '') === base)) {
        expect(messages[id]!.placeholders?.count?.content, id).toBe('$1');
      }
    }
  });

  it.each(LOCALES)('%s: a description the stores accept (at most 132 characters)', (locale) => {
    const description = readMessages(locale).extensionDescription!.message;
    expect(description.length).toBeLessThanOrEqual(132);
  });
});

describe('the code and the messages', () => {
  const files = [...sourceFiles('lib', 'components', 'entrypoints'), 'wxt.config.ts'];
  const scans = files.map((file) => scanMessages(file));
  const calls = scans.flatMap((s) => s.calls);
  const used = new Set([...scans.flatMap((s) => s.tableIds), ...calls.map((c) => c.id)]);
  const manifestIds = [...readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map(
    (m) => m[1]!,
  );

  it('names only messages that exist', () => {
    expect(calls.length).toBeGreaterThan(100);
    for (const call of calls) {
      const known = call.fn === 'tPlural' ? `${call.id}_other` : call.id;
      if (call.fn === 'getMessage' && call.id.startsWith('@@')) continue;
      expect(ids, `${call.file}:${call.line}`).toContain(known);
    }
    for (const id of manifestIds) expect(ids).toContain(id);
  });

  it("uses every message (in a call, a table of ids, as a plural's base, or __MSG_id__ in the manifest)", () => {
    const unused = ids.filter(
      (id) => !used.has(id) && !used.has(id.replace(PLURAL, '')) && !manifestIds.includes(id),
    );
    expect(unused).toEqual([]);
  });

  it('passes each message the substitutions its placeholders read', () => {
    for (const call of calls) {
      if (call.substitutions === undefined) continue;
      const id = call.fn === 'tPlural' ? `${call.id}_other` : call.id;
      expect(call.substitutions, `${call.file}:${call.line} ${call.id}`).toBe(substitutionsOf(english[id]!));
    }
  });

  it('localizes the manifest: the description and every command, with English as the default', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toContain(`default_locale: 'en'`);
    expect(manifestIds).toEqual([
      'extensionDescription',
      'commandOpenCard',
      'commandNextReference',
      'commandPreviousReference',
      'commandOpenSearch',
    ]);
  });
});
