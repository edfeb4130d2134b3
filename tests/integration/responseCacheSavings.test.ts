import { expect, it } from 'vitest';
import { queryMix } from '../../bench/queryMix.js';
import { useTestServer } from '../helpers/testServer.js';

// What a hit saves, for the benchmark's query shapes on the seeded article graph:
// statements and milliseconds of a miss against a hit, measured in-process.

const t = useTestServer({ env: { RESPONSE_CACHE: 'true' } });
const REPEATS = 7;

it('serves every benchmark query shape from the cache with no statement', { timeout: 120_000 }, async () => {
  const cache = t.server.responseCache!;
  const deadline = Date.now() + 10_000;
  while (!cache.serving && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const mix = queryMix({
    personId: 'vitali-klitschko',
    fromId: 'vitali-klitschko',
    toId: 'volodymyr-zelenskyy',
    distance: 3,
    regionId: 'ukraine',
    regionEvents: 1,
    searchText: 'Klitchko',
  });
  const rows: string[] = [];
  for (const q of mix) {
    const { query, variables } = q.ours;
    const missMs: number[] = [];
    let statements = 0;
    for (let i = 0; i < REPEATS; i++) {
      cache.clear();
      const started = performance.now();
      const miss = await t.run(query, variables);
      missMs.push(performance.now() - started);
      expect(miss.errors).toBeUndefined();
      statements = miss.queries;
    }
    const hitMs: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const started = performance.now();
      const hit = await t.run(query, variables);
      hitMs.push(performance.now() - started);
      expect(hit.queries).toBe(0);
    }
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    expect(statements).toBeGreaterThan(0);
    rows.push(`| ${q.name} | ${statements} → 0 | ${median(missMs).toFixed(2)} | ${median(hitMs).toFixed(2)} |`);
  }
  console.log(['| query | statements | miss ms (median) | hit ms (median) |', ...rows].join('\n'));
});
