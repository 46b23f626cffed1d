import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    server: {
      deps: {
        // The compiled emulator (dist/, built by `npm test` before vitest runs) is loaded by Node
        // itself: vitest's module transform makes every imported binding a getter call, which
        // slows the interpreter's hot loop about twentyfold.
        external: [/\/dist\//],
      },
    },
  },
});
