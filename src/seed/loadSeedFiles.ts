import type { NodeLabel } from '../model.js';
import { checkSeedFile, parseSeedFile, type LoadedSeed } from './loadSeedFile.js';
import { SeedError, type SeedIssue } from './seedError.js';

/**
 * Validates a set of seed files together, so one article's file may reference
 * entities another defines. Collects the problems of every file before throwing.
 */
export function loadSeedFiles(files: string[]): LoadedSeed[] {
  const issues: SeedIssue[] = [];
  const parsed: LoadedSeed[] = [];
  for (const f of files) {
    try {
      parsed.push(parseSeedFile(f));
    } catch (e) {
      if (e instanceof SeedError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length) throw new SeedError(issues);

  const out: LoadedSeed[] = [];
  for (const current of parsed) {
    const external = new Map<string, NodeLabel>();
    for (const other of parsed) {
      if (other === current) continue;
      external.set(other.seed.article.id, 'Article');
      for (const n of other.seed.nodes) external.set(n.id, n.type);
    }
    try {
      out.push(checkSeedFile(current, external));
    } catch (e) {
      if (e instanceof SeedError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length) throw new SeedError(issues);
  return out;
}
