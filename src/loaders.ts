import DataLoader from 'dataloader';
import type { Db } from './db/database.js';
import type { NodeLabel, RelationshipType } from './model.js';
import type { NodeRecord, RelRecord } from './records.js';
import {
  ancestorsOf,
  eventsInPlaces,
  nodesByIds,
  relatedByIds,
  relationshipsOf,
  type RelDirection,
} from './cypher/nodeCypher.js';
import { mentionsOf, type MentionPage } from './cypher/mentionCypher.js';
import type { MentionSpan } from './write/changeSet.js';

/** A relationship with its far node, as the relationship queries return it. */
export interface RelItem {
  rel: Omit<RelRecord, 'viewer' | 'other'>;
  other: NodeRecord;
}

/** The relationship record seen from `viewer`. */
export const toRelRecord =
  (viewer: string) =>
  (item: RelItem): RelRecord => ({ ...item.rel, viewer, other: item.other });

const SEP = '\u0000';

/**
 * Request-scoped batching. Every nested field goes through one of these loaders, so
 * a query over N parents costs one database round trip per distinct field and
 * depth, not one per parent.
 */
export function createLoaders(db: Db) {
  const byKey = <T>(
    rows: Record<string, unknown>[],
    keys: readonly string[],
    pick: (row: Record<string, unknown>) => T,
    empty: T,
  ) => {
    const map = new Map(rows.map((r) => [r.id as string, pick(r)]));
    return keys.map((k) => map.get(k) ?? empty);
  };

  return {
    /** Any node by id (null when unknown). */
    node: new DataLoader<string, NodeRecord | null>(async (ids) => {
      const rows = await db.read(nodesByIds(ids));
      return byKey(rows, ids, (r) => r.node as NodeRecord, null);
    }),

    /** Relationships of one type and direction, with the far node; key = id, type, direction. */
    related: new DataLoader<string, RelRecord[]>(async (keys) => {
      const groups = new Map<string, string[]>();
      for (const k of keys) {
        const [id, type, dir] = k.split(SEP) as [string, string, string];
        const g = `${type}${SEP}${dir}`;
        groups.set(g, [...(groups.get(g) ?? []), id]);
      }
      const results = new Map<string, RelRecord[]>();
      await Promise.all(
        [...groups].map(async ([g, ids]) => {
          const [type, dir] = g.split(SEP) as [RelationshipType, RelDirection];
          const rows = await db.read(relatedByIds([...new Set(ids)], type, dir));
          for (const r of rows) {
            const id = r.id as string;
            results.set(`${id}${SEP}${g}`, (r.items as RelItem[]).map(toRelRecord(id)));
          }
        }),
      );
      return keys.map((k) => results.get(k) ?? []);
    }),

    /** The generic `relationships(direction, types, first)` field. */
    relationships: new DataLoader<string, RelRecord[]>(async (keys) => {
      const groups = new Map<string, string[]>();
      for (const k of keys) {
        const { id, ...rest } = JSON.parse(k) as { id: string };
        const g = JSON.stringify(rest);
        groups.set(g, [...(groups.get(g) ?? []), id]);
      }
      const results = new Map<string, RelRecord[]>();
      await Promise.all(
        [...groups].map(async ([g, ids]) => {
          const { dir, types, first } = JSON.parse(g) as { dir: RelDirection; types: string[] | null; first: number };
          const rows = await db.read(relationshipsOf([...new Set(ids)], dir, types, first));
          for (const r of rows) {
            const id = r.id as string;
            results.set(JSON.stringify({ id, dir, types, first }), (r.items as RelItem[]).map(toRelRecord(id)));
          }
        }),
      );
      return keys.map((k) => results.get(k) ?? []);
    }),

    /** Events in a place or any place inside it. */
    eventsWithin: new DataLoader<string, NodeRecord[]>(async (ids) => {
      const rows = await db.read(eventsInPlaces(ids));
      return byKey(rows, ids, (r) => r.items as NodeRecord[], []);
    }),

    /** A page of mentions of a node or relationship; key = {@link mentionsKey}. */
    mentions: new DataLoader<string, MentionSpan[]>(async (keys) => {
      const groups = new Map<string, string[]>();
      for (const k of keys) {
        const [target, page] = k.split(SEP) as [string, string];
        groups.set(page, [...(groups.get(page) ?? []), target]);
      }
      const results = new Map<string, MentionSpan[]>();
      await Promise.all(
        [...groups].map(async ([page, targets]) => {
          const rows = await db.read(mentionsOf([...new Set(targets)], JSON.parse(page) as MentionPage));
          for (const r of rows) results.set(`${r.id as string}${SEP}${page}`, r.items as MentionSpan[]);
        }),
      );
      return keys.map((k) => results.get(k) ?? []);
    }),

    /** The places a place lies in, nearest first. */
    ancestors: new DataLoader<string, NodeRecord[]>(async (ids) => {
      const rows = await db.read(ancestorsOf(ids));
      return byKey(rows, ids, (r) => r.items as NodeRecord[], []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Key for {@link Loaders.related}. */
export const relatedKey = (id: string, type: RelationshipType, dir: RelDirection): string =>
  `${id}${SEP}${type}${SEP}${dir}`;

/** Key for {@link Loaders.relationships}. */
export const relationshipsKey = (id: string, dir: RelDirection, types: string[] | null, first: number): string =>
  JSON.stringify({ id, dir, types, first });

/** Key for {@link Loaders.mentions}. */
export const mentionsKey = (target: string, page: MentionPage): string => `${target}${SEP}${JSON.stringify(page)}`;

/** Keeps only the far-end nodes of the given labels. */
export const othersOf = (rels: RelRecord[], labels?: readonly NodeLabel[]): NodeRecord[] =>
  rels.map((r) => r.other!).filter((n) => !labels || labels.includes(n.__label));
