import { defineConfig } from 'vitest/config';

// Pure and database tests run twice, under UTC and under China time, because business dates
// must not depend on the PC's time zone. End-to-end tests drive Chromium against `serve`.
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    globalSetup: ['./tests/helpers/build-main.ts'],
    projects: [
      {
        test: {
          name: 'utc',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'shanghai',
          include: ['tests/core/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/api/**/*.test.ts'],
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
