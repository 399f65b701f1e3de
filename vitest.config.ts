import { defineConfig } from 'vitest/config';

// Two projects, as Preact separates Node and browser tests: `unit` runs src/core in Node,
// `e2e` drives Debian's Chromium with the built extension (needs `npm run build` first).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
