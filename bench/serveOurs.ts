import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { applyStackSettings } from '../src/stackSettings.js';

/**
 * Target 1: this server, unchanged, in its own process so its memory and CPU can
 * be read from /proc while the orchestrator drives load at it. Configuration comes
 * from the environment exactly as `npm start` reads it (NEO4J_URI and friends set
 * by the orchestrator; production mode; the default limits and pool size). Prints
 * `BENCH_URL <url>` once listening on a free loopback port.
 *
 * With BENCH_CPU_PROFILE=<file>, SIGUSR2 starts V8's sampling profiler (after the
 * orchestrator has warmed the server up, so start-up and compilation stay out of
 * it) and stopping writes the profile to that file.
 */
async function main() {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
  });
  // As `npm start` does in production (src/main.ts).
  applyStackSettings(config);
  const log = createLogger(config.logLevel);
  const db = Database.connect({ ...config.neo4j, uri: config.neo4j.uri!, password: config.neo4j.password ?? '' }, log);
  if (!(await db.isReady())) throw new Error(`Neo4j at ${config.neo4j.uri} does not answer`);
  const server = await createServer(config, db, log);
  const url = await server.listen(0);
  process.stdout.write(`BENCH_URL ${url}\n`);
  const profileFile = process.env.BENCH_CPU_PROFILE;
  const inspector = profileFile ? new Session() : undefined;
  let profiling = false;
  if (inspector) {
    inspector.connect();
    process.on('SIGUSR2', () => {
      void (async () => {
        await inspector.post('Profiler.enable');
        await inspector.post('Profiler.setSamplingInterval', { interval: 500 });
        await inspector.post('Profiler.start');
        profiling = true;
        process.stdout.write('BENCH_PROFILING\n');
      })();
    });
  }
  const stop = async () => {
    if (inspector && profiling && profileFile) {
      const { profile } = await inspector.post('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
    }
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  // The orchestrator holds our stdin open; if it dies, stop rather than linger.
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
