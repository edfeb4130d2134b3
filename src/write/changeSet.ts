import type { NodeLabel, RelationshipType } from '../model.js';
import type { DateField } from './nodeFields.js';

/** A span of an article that states a fact. `end` is exclusive; `quote` is the text between. */
export interface MentionSpan {
  sourceId: string;
  start: number;
  end: number;
  quote: string;
}

/**
 * A mention as a write gives it: the quote, and its offset unless the quote occurs
 * only once in the article (the writer then finds it, and refuses an ambiguous one).
 */
export interface MentionInput {
  sourceId: string;
  quote: string;
  start?: number | null;
  /** Where this mention sits in the caller's input, for error messages (e.g. `input.provenance`). */
  at?: string;
}

/**
 * How a node write treats what is stored:
 * - `create`: a new node; refused when the id is taken;
 * - `patch`: set only the given fields of an existing node; refused when there is none;
 * - `replace`: create, or replace every field (a curated source: seed files, upserts);
 * - `merge`: create, or leave an existing node's fields as they are and only add
 *   what is new (aliases, mentions): how a later article adds to what earlier ones said.
 */
export type WriteMode = 'create' | 'patch' | 'replace' | 'merge';

export interface NodeWrite {
  label: NodeLabel;
  id: string;
  mode: WriteMode;
  /** Field values; for `patch`, only the fields to change (null clears one). */
  fields: Record<string, unknown>;
  mentions?: MentionInput[];
  /** Prefix of this write's fields in error messages, e.g. `input` (default `nodes[i]`). */
  at?: string;
}

export interface RelationshipWrite {
  type: RelationshipType;
  from: string;
  to: string;
  /** `create` refuses an existing relationship; `patch` one that does not exist. */
  mode: WriteMode;
  properties?: Record<string, unknown>;
  mentions?: MentionInput[];
  at?: string;
}

export interface NodeDelete {
  id: string;
  /** When given, only a node of this label is deleted. */
  label?: NodeLabel;
}

export interface RelationshipDelete {
  type: RelationshipType;
  from: string;
  to: string;
}

/** What kind of write a feed record stands for. */
export const CHANGE_KINDS = ['CREATE', 'UPDATE', 'UPSERT', 'DELETE', 'SEED', 'INGEST'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Everything one write changes; the writer applies all of it in one transaction, or none. */
export interface ChangeSet {
  kind: ChangeKind;
  nodes?: NodeWrite[];
  relationships?: RelationshipWrite[];
  deleteNodes?: NodeDelete[];
  deleteRelationships?: RelationshipDelete[];
}

export type { DateField };
