import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build (the package has no "exports"), and
  // so do Apollo Server and every other dependency; Vite would otherwise hand our
  // sources the ES build, a second copy whose classes fail graphql's instanceof checks.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    globalSetup: ['tests/globalSetup.ts'],
    include: ['tests/**/*.test.ts'],
    // One Neo4j serves every file; running files one at a time keeps counts and
    // timings honest on two cores. Files still isolate their data by id prefix.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
