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
 * A node as lists, paths and neighbourhoods return it: without its provenance lists
 * and without an article's full text, which are most of a node's bytes and which
 * few queries ask for. `__partial` tells the resolvers to fetch those (batched) when
 * a query does ask.
 */
export const nodeMap = (v: string, extra: readonly string[] = []): string =>
  `${v} {.*, __label: ${labelOf(v)}, __partial: true, ` +
  `text: CASE WHEN ${v}:Article THEN null ELSE ${v}.text END, ` +
  `mentionSource: null, mentionStart: null, mentionEnd: null, mentionQuote: null${more(extra)}}`;

/**
 * A node with only the given properties (plus `id` and `__label`): what a query
 * that reads nothing else needs. Marked `__partial`, so fields that want the whole
 * record (mentions, an article's text) fetch it.
 */
export const sparseNodeMap = (v: string, props: readonly string[], extra: readonly string[] = []): string =>
  `${v} {${[...new Set(['id', ...props])].map((p) => `.${p}`).join(', ')}, __label: ${labelOf(v)}, __partial: true${more(extra)}}`;

/**
 * Which properties of a relationship an answer reads: all, its own without the
 * provenance lists (the bulk of it), or none.
 */
export type RelProps = 'all' | 'own' | 'none';

const relProps = (v: string, props: RelProps): string =>
  props === 'all'
    ? `properties(${v})`
    : props === 'own'
      ? `${v} {.*, mentionSource: null, mentionStart: null, mentionEnd: null, mentionQuote: null}`
      : '{}';

/** A relationship as a map: id, type, endpoint ids and the properties asked for. */
export const relMap = (v: string, props: RelProps = 'all'): string =>
  `{id: ${v}.id, type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id, props: ${relProps(v, props)}}`;
