/**
 * Cypher map projections shared by every read builder, so every query returns
 * nodes and relationships in the one shape the resolvers expect.
 */

/** A node as a map: its properties plus `__label`, its GraphQL type. */
export const nodeMap = (v: string): string =>
  `${v} {.*, __label: [l IN labels(${v}) WHERE NOT l IN ['Node', 'Entity']][0]}`;

/** A relationship as a map: id, type, endpoint ids and properties. */
export const relMap = (v: string): string =>
  `{id: ${v}.id, type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id, props: properties(${v})}`;
