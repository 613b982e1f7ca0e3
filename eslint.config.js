// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

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
      '.stryker-tmp/',
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
    // Only the background owns IndexedDB: nothing that runs in a page, the popup or options may import lib/db.
    files: [
      'entrypoints/content/**',
      'entrypoints/popup/**',
      'entrypoints/options/**',
      'entrypoints/about/**',
      'components/**',
      'lib/page/**',
      'lib/refs/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/db', '**/lib/db/**', '@/lib/db', '@/lib/db/**'],
              message: 'Only the background imports lib/db; send a message instead.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
