import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve('test-artifacts', 'hardening');

/**
 * Prints a scenario's measured figures and keeps them in test-artifacts/hardening/,
 * where docs/hardening.md's numbers are taken from.
 */
export function recordFigures(scenario: string, figures: Record<string, unknown>): void {
  mkdirSync(DIR, { recursive: true });
  const record = { scenario, at: new Date().toISOString(), ...figures };
  writeFileSync(path.join(DIR, `${scenario}.json`), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`[hardening] ${scenario}: ${JSON.stringify(figures)}`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
