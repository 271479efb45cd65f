import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The renderer's alias for the contract (as in vite.config.ts), for renderer helpers that use its values.
const resolve = { alias: { '@contract': fileURLToPath(new URL('./src-main/contract/index.ts', import.meta.url)) } };

// Pure and database tests run twice, under UTC and under China time, because business dates
// must not depend on the PC's time zone. End-to-end tests drive Chromium against `serve`.
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    globalSetup: ['./tests/helpers/build-main.ts'],
    projects: [
      {
        resolve,
        test: {
          name: 'utc',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          env: { TZ: 'UTC' },
        },
      },
      {
        resolve,
        test: {
          name: 'shanghai',
          // Follow-ups, segments (R counts shop days), reports (periods of shop days) and predictions (purchase days) are about the shop's days: their service tests run under both too.
          include: [
            'tests/core/**/*.test.ts',
            'tests/db/**/*.test.ts',
            'tests/api/**/*.test.ts',
            'tests/services/follow-ups/**/*.test.ts',
            'tests/services/rfm/**/*.test.ts',
            'tests/services/reports/**/*.test.ts',
            'tests/services/predictions/**/*.test.ts',
          ],
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
