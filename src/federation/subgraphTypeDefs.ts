import { Kind, parse, type DocumentNode, type ObjectTypeDefinitionNode } from 'graphql';

/** The Federation spec this subgraph links; 2.5 is understood by every current gateway and router. */
export const FEDERATION_SPEC = 'https://specs.apollo.dev/federation/v2.5';

const LINK = parse(`extend schema @link(url: "${FEDERATION_SPEC}", import: ["@key"])`).definitions;
const KEY = (parse('type T @key(fields: "id") { id: ID }').definitions[0] as ObjectTypeDefinitionNode).directives!;

const implementsNode = (d: ObjectTypeDefinitionNode): boolean =>
  (d.interfaces ?? []).some((i) => i.name.value === 'Node');

/**
 * schema.graphql as a Federation 2 subgraph: the same types and fields, with the
 * spec linked and `@key(fields: "id")` on every type that implements `Node` (ids
 * are unique across labels, so `id` alone is each entity's key). Derived from the
 * one SDL file rather than kept as a second copy, so the two cannot drift.
 */
export function subgraphTypeDefs(typeDefs: DocumentNode): DocumentNode {
  return {
    ...typeDefs,
    definitions: [
      ...LINK,
      ...typeDefs.definitions.map((d) =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && implementsNode(d)
          ? { ...d, directives: [...(d.directives ?? []), ...KEY] }
          : d,
      ),
    ],
  };
}

/** The names of the entity types: those that {@link subgraphTypeDefs} gives a key. */
export function entityTypeNames(typeDefs: DocumentNode): string[] {
  return typeDefs.definitions.flatMap((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION && implementsNode(d) ? [d.name.value] : [],
  );
}
