import { describe, expect, it } from 'vitest';
import { parseOptions, parseSize, windowSec } from '../../bench/options.js';

describe('bench options', () => {
  it('is strict by default, with the cache measurement on and a longer window at the top concurrency', () => {
    const o = parseOptions([], {});
    expect(o.strict).toBe(true);
    expect(o.cache).toBe(true);
    expect(o.durationSec).toBe(5);
    expect(o.topDurationSec).toBe(8);
    expect(o.concurrency).toEqual([1, 16, 64]);
    expect(o.sizes).toEqual([10_000, 100_000]);
  });

  it('turns strict off with --no-strict, --strict=false or BENCH_STRICT=false', () => {
    expect(parseOptions(['--no-strict'], {}).strict).toBe(false);
    expect(parseOptions(['--strict=false'], {}).strict).toBe(false);
    expect(parseOptions([], { BENCH_STRICT: 'false' }).strict).toBe(false);
    expect(parseOptions(['--strict'], { BENCH_STRICT: 'false' }).strict).toBe(true);
  });

  it('refuses a yes/no option that is neither', () => {
    expect(() => parseOptions([], { BENCH_STRICT: 'maybe' })).toThrow('strict must be true or false, not maybe');
  });

  it('turns off the CPU profile and the cache measurement with --no-…', () => {
    const o = parseOptions(['--no-cpu-profile', '--no-cache'], {});
    expect(o.cpuProfile).toBe(false);
    expect(o.cache).toBe(false);
    expect(parseOptions([], { BENCH_CPU_PROFILE: 'false' }).cpuProfile).toBe(false);
  });

  it('derives the top window from the duration, never shorter than it', () => {
    expect(parseOptions(['--duration=2'], {}).topDurationSec).toBe(5);
    expect(parseOptions(['--duration=3', '--top-duration=12'], {}).topDurationSec).toBe(12);
    expect(parseOptions(['--duration=8', '--top-duration=4'], {}).topDurationSec).toBe(8);
    expect(parseOptions([], { BENCH_TOP_DURATION: '20' }).topDurationSec).toBe(20);
  });

  it('uses the top window only at the highest concurrency', () => {
    const o = parseOptions(['--concurrency=64,1,16', '--duration=5', '--top-duration=15'], {});
    expect(o.concurrency).toEqual([1, 16, 64]);
    expect([1, 16, 64].map((c) => windowSec(o, c))).toEqual([5, 5, 15]);
  });

  it('names what is wrong with a bad value', () => {
    expect(() => parseOptions(['--duration=0'], {})).toThrow('duration must be a positive number, not 0');
    expect(() => parseOptions(['--sizes=100k,10k'], {})).toThrow('sizes must be ascending');
    expect(() => parseOptions(['--queries=byId,nope'], {})).toThrow('unknown query nope');
    expect(() => parseOptions(['-x'], {})).toThrow('unknown argument -x');
    expect(() => parseSize('ten')).toThrow('not a size: ten');
  });

  it('reads sizes with k and m suffixes', () => {
    expect(['10k', '1m', '2500', '1.5k'].map(parseSize)).toEqual([10_000, 1_000_000, 2_500, 1_500]);
  });
});
