import type { RelProps } from '../prefetch/fetchPlan.js';
import { mentionList } from './mentionCypher.js';

/**
 * Cypher map projections shared by every read builder, so every query returns
 * nodes and relationships in the one shape the resolvers expect.
 */

const labelOf = (v: string): string => `[l IN labels(${v}) WHERE NOT l IN ['Node', 'Entity']][0]`;

const more = (extra: readonly string[]): string => extra.map((e) => `, ${e}`).join('');

/**
 * A node as a map with every property, plus `__label`, its GraphQL type. `extra`
 * adds `key: expression` entries (the prefetched relationship lists).
 */
export const fullNodeMap = (v: string, extra: readonly string[] = []): string =>
  `${v} {.*, __label: ${labelOf(v)}${more(extra)}}`;

/**
 * A node as lists, paths and neighbourhoods return it: without an article's full
 * text, which is most of its bytes and which few queries ask for. `__partial` tells
 * the resolvers to fetch it (batched) when a query does ask.
 */
export const nodeMap = (v: string, extra: readonly string[] = []): string =>
  `${v} {.*, __label: ${labelOf(v)}, __partial: true, ` +
  `text: CASE WHEN ${v}:Article THEN null ELSE ${v}.text END${more(extra)}}`;

/**
 * A node with only the given properties (plus `id` and `__label`): what a query
 * that reads nothing else needs. Marked `__partial`, so fields that want the whole
 * record (an article's text) fetch it. `mentions`, when asked, is the node's first
 * page of mentions, read in the same statement.
 */
export const sparseNodeMap = (v: string, props: readonly string[], extra: readonly string[] = []): string =>
  `${v} {${[...new Set(['id', ...props])].map((p) => (p === 'mentions' ? `mentions: ${mentionList(`${v}.id`)}` : `.${p}`)).join(', ')}, __label: ${labelOf(v)}, __partial: true${more(extra)}}`;

/** A relationship as a map: id, type, endpoint ids and what is asked of it. */
export const relMap = (v: string, props: RelProps = 'all'): string =>
  `{id: ${v}.id, type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id, ` +
  `props: ${props === 'none' ? '{}' : `properties(${v})`}` +
  `${props === 'all' ? `, mentions: ${mentionList(`${v}.id`)}` : ''}}`;
