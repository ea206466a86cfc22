import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The e2e suite starts the real bot process; give it room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
