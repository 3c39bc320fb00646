import { defineConfig } from 'vitest/config';

/**
 * Three levels of tests (../shared/style.md): unit tests beside the code, API tests against a real
 * PostgreSQL (embedded, and external when TEST_DATABASE_URL is set), and Chromium journeys.
 */
const external = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
          environment: 'node',
          // The stylesheet's text, for the design tokens' contrast test (web/src/shared/contrast.test.ts).
          css: { include: [/styles\.css/] },
        },
      },
      {
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup-embedded.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(external
        ? [
            {
              test: {
                name: 'api-external',
                include: ['tests/api/**/*.test.ts'],
                globalSetup: ['tests/support/global-setup-external.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        // Reads packages/web/dist: `npm test` builds the web app first.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup-e2e.ts'],
          setupFiles: ['tests/support/e2e-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll waits for something the page will show; vitest's 1 s default is a wall-clock
          // budget that a busy 2-core machine misses. Playwright's own waits allow 30 s: so do these.
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
