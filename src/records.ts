import type { MentionSpan } from './write/changeSet.js';
import type { NodeLabel, RelationshipType } from './model.js';

/**
 * What the resolvers pass around: plain records read from the graph. A node's
 * GraphQL type is its `__label`; every other key is a stored property.
 */
export interface NodeRecord {
  __label: NodeLabel;
  id: string;
  [property: string]: unknown;
}

/** A relationship as read from the graph, optionally seen from one end (`viewer`). */
export interface RelRecord {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
  /** Id of the node the relationship was reached from, when there is one. */
  viewer?: string;
  /** The far end, when the query already fetched it (saves a lookup). */
  other?: NodeRecord;
  /** The first page of its mentions, when the query fetched them with it. */
  mentions?: MentionSpan[];
}

export interface SubgraphRecord {
  nodes: NodeRecord[];
  edges: RelRecord[];
  truncated: boolean;
}

export interface PathRecord {
  length: number;
  nodes: NodeRecord[];
  edges: RelRecord[];
}

export interface SearchHitRecord {
  score: number;
  entity: NodeRecord;
}

export interface ConnectionEdgeRecord {
  cursor: string;
  node: NodeRecord;
}

export interface ConnectionRecord {
  edges: ConnectionEdgeRecord[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** A mention as resolvers see it (the GraphQL `Mention` type). */
export type MentionRecord = MentionSpan;
