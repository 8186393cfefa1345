import { defineConfig } from 'vitest/config';

// fast-check runs with a fixed seed so a CI failure reproduces exactly (override with FC_SEED).
export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['__tests__/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
