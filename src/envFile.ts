import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Reads `.env` from `dir` (the project folder under `npm start`) into process.env,
 * with Node's own parser, when the file exists. Variables already set in the real
 * environment win over the file, as with `docker compose`, so one `.env` serves both.
 * Returns the file read, if any.
 */
export function loadEnvFile(dir: string = process.cwd()): string | undefined {
  const file = path.join(dir, '.env');
  if (!existsSync(file)) return undefined;
  process.loadEnvFile(file);
  return file;
}
