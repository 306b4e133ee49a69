import { defineConfig } from 'vitest/config';

// End-to-end suites: the built extension in real browsers. One file at a time
// (each launches a browser) on a two-core machine.
export default defineConfig({
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
