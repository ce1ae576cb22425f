import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Folders that must stay pure TypeScript: no Svelte, no DOM, so they run in Node, a worker or a test. */
const PURE = [
  'src/model/**/*.ts',
  'src/scenario/**/*.ts',
  'src/data/**/*.ts',
  'src/link/**/*.ts',
  'src/claims/**/*.ts',
  'src/report/**/*.ts',
  'src/charts/geometry/**/*.ts',
  'src/format/**/*.ts',
  'src/i18n/**/*.ts',
];

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    // `const { dropped: _dropped, ...rest } = x` is how we leave a field out of a copy.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }] },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  {
    files: PURE,
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['svelte', 'svelte/*', '*.svelte'], message: 'Model, scenario and data code is pure.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'localStorage'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Take an Rng argument.' }],
    },
  },
  {
    // The embed is its own small page: what it shares with the app lives in src/page/ or below.
    files: ['src/embed/**/*.ts', 'src/embed/**/*.svelte', 'src/page/**/*.ts', 'src/charts/**/*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/*', '../app/*'], message: 'The embed and shared layers import nothing from src/app/.' },
          ],
        },
      ],
    },
  },
  { ignores: ['dist/', 'test-results/', 'playwright-report/', 'coverage/'] },
);
