import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic and the store, with WXT's fake browser and
// fake-indexeddb. The real browsers are exercised by the E2E suites.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    // A zone with daylight-saving changes, so day arithmetic is tested where it breaks.
    env: { TZ: 'Europe/Berlin' },
  },
});
