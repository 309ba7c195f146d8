import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Shared, read-only data (datasets, corpora) lives beside the project by default; override with PLEXUS_SHARED.
process.env.PLEXUS_SHARED ??= path.resolve(__dirname, '..', 'shared');

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/electron/**/*.test.ts',
            'tests/renderer/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/bench/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: these machines have 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
