import { defineConfig } from 'vitest/config';

// `npm run test:faults`: only the Neo4j fault scenarios (stop under load, SIGKILL
// during writes, SIGTERM drain), which the default run leaves out for time.
export default defineConfig({
  test: {
    globalSetup: ['tests/globalSetup.ts'],
    include: ['tests/hardening/faults.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
