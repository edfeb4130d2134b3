/**
 * A small seeded generator (mulberry32), so the synthetic graph is the same on every
 * machine and every run: the benchmark compares runs, and that needs equal data.
 */
export class Prng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  /**
   * Picks from a list with a bias towards its start: the exponent shapes the skew
   * (1 is uniform, 3 makes the first few items hubs). Lists grow in creation order,
   * so early items collect links the way real hubs do (preferential attachment).
   */
  skewed<T>(list: readonly T[], exponent: number): T {
    return list[Math.floor(Math.pow(this.next(), exponent) * list.length)]!;
  }
}
