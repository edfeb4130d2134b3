import type { EntityType, ExtractedEntity } from './extraction.js';

/** One entity mention, flattened for lookups by offset. */
export interface IndexedMention {
  start: number;
  end: number;
  key: string;
  type: EntityType;
  roles: readonly string[];
}

/** Entity mentions in text order, with lookups by span and "the last one before". */
export class MentionIndex {
  readonly mentions: IndexedMention[];

  constructor(entities: readonly ExtractedEntity[]) {
    this.mentions = entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, key: e.key, type: e.type, roles: e.roles })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The widest mention lying inside [start, end), the last one if several. */
  within(start: number, end: number): IndexedMention | null {
    const inside = this.mentions.filter((m) => m.start >= start && m.end <= end);
    if (!inside.length) return null;
    return inside.reduce((a, b) => (b.start >= a.end || b.end - b.start > a.end - a.start ? b : a));
  }

  /** The mention that ends exactly at `end`, if any. */
  endingAt(end: number): IndexedMention | null {
    return this.mentions.find((m) => m.end === end) ?? null;
  }

  /** The last mention of the given type (and role word, if given) starting before `offset`. */
  lastBefore(offset: number, type: EntityType, role?: string): IndexedMention | null {
    for (let i = this.mentions.length - 1; i >= 0; i -= 1) {
      const m = this.mentions[i]!;
      if (m.start >= offset || m.type !== type) continue;
      if (role && !m.roles.some((r) => r.toLowerCase().includes(role))) continue;
      return m;
    }
    return null;
  }
}
