import { Rollback } from '../db/rollback.js';

/** One thing wrong in a seed file: where (file, record, field) and what. */
export interface SeedIssue {
  file: string;
  /** e.g. `nodes[3] (kyiv)` or `relationships[12] (kyiv PART_OF ukraine)`. */
  record: string;
  /** Dotted path inside the record, e.g. `mentions[0].start`. */
  field: string;
  message: string;
}

/**
 * A seed file was refused; nothing from it was written. Thrown inside the seeding
 * transaction too (a vanished endpoint), where, as a Rollback, it undoes everything.
 */
export class SeedError extends Rollback {
  override name = 'SeedError';
  readonly issues: SeedIssue[];

  constructor(issues: SeedIssue[]) {
    const lines = issues.slice(0, 50).map((i) => `  ${i.file}: ${i.record}: ${i.field}: ${i.message}`);
    const more = issues.length > 50 ? `\n  … and ${issues.length - 50} more` : '';
    super(`Seed refused, nothing was written (${issues.length} problem(s)):\n${lines.join('\n')}${more}`);
    this.issues = issues;
  }
}
