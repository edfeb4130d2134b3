import { describe, expect, it } from 'vitest';
import { evaluateIngestion } from '../../scripts/ingestScore.js';

// Floors just under the scores measured when docs/ingestion.md was written, so losing
// one entity, link, quote or figure on the development set or the seed article fails.
const FLOORS: Record<string, { f1?: number; precision?: number }> = {
  'dev/entities (type + name)': { f1: 0.97 },
  'dev/linking (seedId or none)': { precision: 0.97 },
  'dev/direct quotes + speaker': { f1: 1 },
  'dev/figures (count + measure)': { f1: 1 },
  'dev/figure reporter': { precision: 1 },
  'dev/entities (type + name), empty graph': { f1: 0.97 },
  'seed/entities (type + name), empty graph': { f1: 0.87 },
  'seed/entities named in the text, empty graph': { f1: 0.96 },
  'seed/linking (seeded graph)': { precision: 0.97 },
  'seed/statements (span overlap)': { f1: 0.9 },
  'seed/statements + speaker': { f1: 0.9 },
  'seed/figures (count + measure + group)': { f1: 0.93 },
  'seed/figure reporter': { precision: 0.87 },
  'seed/figure qualifier': { precision: 0.87 },
};

describe('ingestion quality on the development set and the seed article', () => {
  const rows = evaluateIngestion();

  it('scores every measured kind', () => {
    expect(rows.map((r) => `${r.corpus}/${r.kind}`).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(Object.entries(FLOORS))('%s stays at or above its floor', (name, floor) => {
    const row = rows.find((r) => `${r.corpus}/${r.kind}` === name)!;
    expect(row.score.gold).toBeGreaterThan(0);
    if (floor.f1 !== undefined) expect(row.score.f1).toBeGreaterThanOrEqual(floor.f1);
    if (floor.precision !== undefined) expect(row.score.precision).toBeGreaterThanOrEqual(floor.precision);
  });
});
