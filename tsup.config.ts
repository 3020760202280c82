import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    treeshake: true,
    splitting: true,
    // Inlined so that bundlers can drop what is unused: @date-fns/tz declares no
    // sideEffects, and an external import of it stays in every bundle of sokr.
    noExternal: ['@date-fns/tz'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
