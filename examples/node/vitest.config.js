import { defineConfig } from 'vitest/config';

// The same suite runs under jest: globals instead of imports from 'vitest', node:assert for checks.
export default defineConfig({
  test: {
    globals: true,
    include: ['test/**/*.test.js'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.js'],
      reporter: ['cobertura', 'lcovonly', 'text-summary'],
    },
  },
});
