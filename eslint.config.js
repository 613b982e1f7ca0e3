// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Globals of a browser page that Node lacks (document, window, HTMLElement, …), and navigator. */
const domGlobals = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.builtin)),
  'navigator',
  'chrome',
];

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'public/data/',
      'node_modules/',
      'test-results/',
      'screenshots/',
      'reports/',
      '.stryker-tmp*/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only the background owns IndexedDB: lib/db is imported by the background entrypoint, by
    // lib/db itself and by tests; anything else asks the background with a message.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['entrypoints/background/**', 'lib/db/**', 'tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/db', '**/lib/db/**', '@/lib/db', '@/lib/db/**', '../db', '../db/**'],
              message: 'Only the background imports lib/db; send a message instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // The finder, the Bible helpers and the search engine run in the page, the worker and Node
    // alike, and the import parsers in a Web Worker (which has no DOMParser): no DOM or window
    // globals (take a root or window as a parameter instead).
    files: ['lib/refs/**', 'lib/bible/**', 'lib/search/**', 'lib/import/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({
          name,
          message: 'lib/refs, lib/bible, lib/search and lib/import run without a DOM.',
        })),
      ],
    },
  },
  prettier,
);
