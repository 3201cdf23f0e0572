// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries by folder (DESIGN.md, "Folders"). Everything in lib/ is
 * pure (no browser, no DOM, no UI) unless it sits in one of the folders that
 * wire Postwise to the browser, so a new file is checked without anyone
 * listing it. The engine is stricter still: it imports only engine modules.
 */
const BROWSER_FACING = ['lib/background/**', 'lib/compose/**', 'lib/sites/**', 'lib/activity/**', 'lib/ui/**'];
const ENGINE = ['lib/engine.ts', 'lib/types.ts', 'lib/rules/**', 'lib/detect/**', 'lib/data/**', 'lib/model/**'];
const BROWSER = {
  group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'],
  message:
    'Only the folders that wire Postwise to the browser import it (lib/background, compose, sites, activity, ui).',
};
const PREACT = { group: ['preact', 'preact/*', '@preact/*'], message: 'lib/ never renders UI: components/ does.' };
const DEXIE = { group: ['dexie', 'dexie/*'], message: 'Only the log (lib/log) touches storage.' };
const ENGINE_ONLY = {
  group: ['**/sites/**', '**/compose/**', '**/log/**', '**/components/**', '**/entrypoints/**'],
  message: 'The engine imports only lib/ engine modules.',
};
/** The UI renders what it is given: it never computes a rule or touches the log's database. */
const UI_BOUNDARY = {
  group: [
    '**/lib/engine',
    '**/rules/*',
    '!**/rules/ids',
    '!**/rules/policy',
    '**/detect/**',
    '**/model/**',
    '**/log/db',
    '**/log/store',
    'dexie',
    'dexie/*',
  ],
  message:
    'components/ never imports the engine, rules, detectors or Dexie: rule titles and quotes are in lib/rules/ids.ts; findings come through lib/messaging.ts.',
};
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'chrome',
  'browser',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'MutationObserver',
  'HTMLElement',
  'Node',
].map((name) => ({
  name,
  message: 'lib/ is pure outside the folders that wire it to the browser: no browser or DOM globals.',
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render text with Preact, never innerHTML.',
        },
        { selector: "CallExpression[callee.name='fetch']", message: 'Postwise makes no network requests.' },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: BROWSER_FACING,
    rules: {
      'no-restricted-imports': ['error', { patterns: [BROWSER, PREACT, DEXIE] }],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    files: ['lib/log/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BROWSER, PREACT] }] },
  },
  {
    files: ENGINE,
    rules: { 'no-restricted-imports': ['error', { patterns: [BROWSER, PREACT, DEXIE, ENGINE_ONLY] }] },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UI_BOUNDARY] }] },
  },
  {
    // Sites are DOM-only: they never call the engine or the extension APIs.
    files: ['lib/sites/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine', '**/rules/**', '**/detect/**', 'wxt', 'wxt/*', 'webextension-polyfill'],
              message: 'Site adapters are pure DOM functions.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'No extension APIs in adapters.' },
        { name: 'browser', message: 'No extension APIs in adapters.' },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
