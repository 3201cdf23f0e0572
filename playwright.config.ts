import { defineConfig } from '@playwright/test';

/** End-to-end tests in Debian's Chromium with the built extension (npm run build first). */
export default defineConfig({
  testDir: './tests/e2e',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  retries: process.env.CI ? 1 : 0,
});
