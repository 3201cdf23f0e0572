import { defineConfig } from 'vitest/config';

/**
 * Firefox ESR end-to-end tests (puppeteer-core over WebDriver BiDi), one Firefox at a time;
 * `npm run test:firefox` builds the Firefox extension first.
 */
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // As the Chromium suite (playwright.config.ts): one retry in CI only.
    retry: process.env.CI ? 1 : 0,
  },
});
