import { describe, expect, it } from 'vitest';
import { inFlight, timedOut, type LoadResult } from '../../bench/loadResult.js';
import { ratioCell } from '../../bench/ratioCell.js';

const load = (over: Partial<LoadResult>): LoadResult => ({
  requests: 100,
  sent: 100,
  inFlight: 0,
  errors: 0,
  timeouts: 0,
  non200: 0,
  mismatches: 0,
  checked: 100,
  elapsedMs: 5_000,
  rps: 20,
  latency: { count: 100, mean: 10, p50: 10, p90: 12, p99: 20, max: 30 },
  ...over,
});

describe('in-flight accounting', () => {
  it('counts requests sent but neither answered nor failed when the window closed', () => {
    expect(inFlight(130, 64, 2)).toBe(64);
    expect(inFlight(100, 100, 0)).toBe(0);
  });

  it('never counts below zero (an answer may arrive for a request sent before the count began)', () => {
    expect(inFlight(10, 11, 0)).toBe(0);
  });

  it('calls a run timed out when it answered fewer requests than it left unanswered', () => {
    expect(timedOut(load({ requests: 1, inFlight: 64 }))).toBe(true);
    expect(timedOut(load({ requests: 0, inFlight: 0 }))).toBe(true);
    expect(timedOut(load({ requests: 3, inFlight: 0, timeouts: 4 }))).toBe(true);
    expect(timedOut(load({ requests: 17, inFlight: 1 }))).toBe(false);
  });
});

describe('ratio cells', () => {
  const rps = (r: LoadResult) => r.rps;

  it('gives the ratio of two runs that both answered', () => {
    const c = ratioCell(load({ rps: 300 }), load({ rps: 200 }), rps, ['ours', 'peer']);
    expect(c).toEqual({ ratio: 1.5, timedOut: null, text: '1.50×' });
  });

  it('cuts rather than rounds, so 1.497 does not show as 1.50', () => {
    expect(ratioCell(load({ rps: 149.7 }), load({ rps: 100 }), rps, ['ours', 'peer']).text).toBe('1.49×');
  });

  it('shows a peer that answered 1 request with 64 unanswered as a timeout count, not 1,008×', () => {
    const c = ratioCell(load({ rps: 202 }), load({ requests: 1, rps: 0.2, inFlight: 63, timeouts: 1 }), rps, [
      'ours',
      'peer',
    ]);
    expect(c).toEqual({ ratio: null, timedOut: 'b', text: 'peer timed out: 1 answered, 64 unanswered' });
  });

  it('says which side timed out, and both when both did', () => {
    const t = load({ requests: 0, rps: 0, inFlight: 16 });
    expect(ratioCell(t, load({}), rps, ['ours', 'peer']).timedOut).toBe('a');
    const both = ratioCell(t, t, rps, ['ours', 'peer']);
    expect(both.timedOut).toBe('both');
    expect(both.text).toBe('ours timed out: 0 answered, 16 unanswered; peer timed out: 0 answered, 16 unanswered');
  });

  it('has no ratio when a run is missing or the denominator is zero', () => {
    expect(ratioCell(undefined, load({}), rps, ['ours', 'peer']).text).toBe('–');
    expect(ratioCell(load({}), load({ rps: 0 }), rps, ['ours', 'peer']).ratio).toBeNull();
  });
});
