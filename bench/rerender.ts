import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReport } from './report.js';
import type { BenchResult } from './benchResult.js';

/**
 * `npx tsx bench/rerender.ts [results.json]` — rewrites latest.md, latest.json and
 * latest-p99.svg from a saved run (default: latest.json), e.g. after a change to the
 * report's layout, without measuring again.
 */
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const file = process.argv[2] ?? path.join(dir, 'latest.json');
const result = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
console.log(writeReport(result, dir).join('\n'));
