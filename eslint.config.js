// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The engine is pure: no browser, no DOM, no storage, no UI (DESIGN.md, "Folders"). */
const PURE = [
  'lib/rules/**',
  'lib/detect/**',
  'lib/data/**',
  'lib/engine.ts',
  'lib/types.ts',
  'lib/worktime.ts',
  'lib/settings/**',
  // The log's and the reminders' decisions are pure too; only their wiring touches the browser.
  'lib/reminders/policy.ts',
  'lib/reminders/schedule.ts',
  'lib/reminders/messages.ts',
  'lib/log/schema.ts',
  'lib/log/dashboard.ts',
  'lib/log/export.ts',
  'lib/log/migrations.ts',
];
const BROWSER_MODULES = [
  {
    group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'],
    message: 'The engine never imports the browser.',
  },
  { group: ['dexie', 'dexie/*'], message: 'The engine never touches storage.' },
  { group: ['preact', 'preact/*', '@preact/*'], message: 'The engine never renders UI.' },
  {
    group: ['**/sites/**', '**/compose/**', '**/log/**', '**/components/**', '**/entrypoints/**'],
    message: 'The engine imports only lib/ engine modules.',
  },
];
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
  message: 'The engine is pure: no browser or DOM globals.',
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
    files: PURE,
    rules: {
      'no-restricted-imports': ['error', { patterns: BROWSER_MODULES }],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
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
