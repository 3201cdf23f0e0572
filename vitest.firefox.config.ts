import { defineConfig } from 'vitest/config';

/** Firefox ESR end-to-end tests (puppeteer-core over WebDriver BiDi); run after `wxt build -b firefox`. */
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
