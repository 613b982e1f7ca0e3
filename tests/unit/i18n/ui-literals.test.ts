/**
 * No words left in the UI's code: every text a reader sees or hears in components/ and
 * entrypoints/ comes from a message (lib/i18n), so the Spanish interface is complete.
 */
import { describe, expect, it } from 'vitest';
import { shownLiterals, sourceFiles } from './source-scan';

describe('UI code', () => {
  it('writes no text a reader sees as a literal in components/ or entrypoints/', () => {
    const files = sourceFiles('components', 'entrypoints');
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((file) => shownLiterals(file))).toEqual([]);
  });
});

describe('the literal check', () => {
  it.each([
    ['JSX text', `const A = () => <button>Save</button>;`, 'Save'],
    ['an aria-label', `const A = () => <button aria-label="Close">×</button>;`, 'Close'],
    ['a title in braces', `const A = ({ n }) => <p title={\`Open \${n}\`}>{n}</p>;`, 'Open …'],
    ['a placeholder', `const A = () => <input placeholder={'Search here'} />;`, 'Search here'],
    ['words chosen in a child', `const A = ({ n }) => <p>{n === 1 ? 'verse' : 'verses'}</p>;`, 'verse'],
    ['a hard-coded locale in a child', `const A = ({ n }) => <p>{n.toLocaleString('en')}</p>;`, 'en'],
    ['a status set in a handler', `function f(set) { set('Restored.'); }`, 'Restored.'],
    ['a sentence built from a template', `const s = (n) => \`\${n} verses found\`;`, '… verses found'],
    ['a single capitalized word', `let said = 'Copied';`, 'Copied'],
  ])('finds %s', (_, code, text) => {
    expect(shownLiterals('example.tsx', code).map((f) => f.text)).toContain(text);
  });

  it.each([
    [
      'messages and their ids',
      `const A = ({ n }) => <p title={t('cardOpenTitle', n)}>{tPlural(n, 'aboutNotes')}</p>;`,
    ],
    [
      'class names, roles, types and keys',
      `const A = () => <p class="ic-muted ic-empty" role="status" key="a b">{x}</p>;`,
    ],
    ['keys compared', `function f(e) { if (e.key === 'Escape' || e.key !== 'ArrowDown') return; }`],
    ['codes in capitals and identifiers', `const t0 = 'WEB'; send('getPassage', { mode: 'some' });`],
    ['imports and types', `import { x } from '@/lib/Some Path'; type T = 'Some Words';`],
    ['format names that read the same in every language', `const A = () => <button>JSON</button>;`],
    ['punctuation between values', `const A = ({ a }) => <p>{a} ({a}) — {'; '}</p>;`],
  ])('lets %s through', (_, code) => {
    expect(shownLiterals('example.tsx', code)).toEqual([]);
  });
});
