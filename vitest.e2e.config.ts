import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time so two browsers never fight over the two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
