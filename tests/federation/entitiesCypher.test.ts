import { Kind, parse, print, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { entitiesWithPlan } from '../../src/federation/entitiesCypher.js';
import { entityTypeNames, subgraphTypeDefs } from '../../src/federation/subgraphTypeDefs.js';

describe('entitiesWithPlan', () => {
  it('reads every id of one label in one statement, projecting only what the plan names', () => {
    expect(entitiesWithPlan('Person', ['a', 'b'], { props: ['id', 'name'], fetches: [] })).toEqual({
      cypher: [
        'UNWIND $ids AS id',
        'MATCH (n:Node {id: id})',
        'WHERE n:Person',
        "RETURN id, n {.id, .name, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true} AS node",
      ].join('\n'),
      params: { ids: ['a', 'b'] },
    });
  });

  it('folds a planned relationship list into the same statement', () => {
    const q = entitiesWithPlan('Person', ['a'], {
      props: ['id'],
      fetches: [
        {
          key: 'HOLDS_ROLE_OUT',
          source: { kind: 'related', type: 'HOLDS_ROLE', dir: 'OUT' },
          on: null,
          relProps: 'own',
          child: { props: ['id', 'name'], fetches: [] },
        },
      ],
    });
    expect(q.cypher.split('\n')).toHaveLength(4);
    expect(q.cypher).toContain('__prefetched: {HOLDS_ROLE_OUT: COLLECT { MATCH (n)-[r1:HOLDS_ROLE]->(m1)');
    expect(q.params).toEqual({ ids: ['a'] });
  });
});

describe('subgraphTypeDefs', () => {
  const sdl = parse(`
    interface Node { id: ID! }
    type A implements Node { id: ID! }
    type B { id: ID! }
    type Query { a: A }
  `);

  it('links Federation 2 and keys exactly the Node types by id, leaving the rest as they were', () => {
    const out = subgraphTypeDefs(sdl);
    expect(print(out.definitions[0]!)).toBe(
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])',
    );
    const types = out.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
    expect(types.map((t) => [t.name.value, t.directives?.map((d) => print(d))])).toEqual([
      ['A', ['@key(fields: "id")']],
      ['B', []],
      ['Query', []],
    ]);
    expect(entityTypeNames(sdl)).toEqual(['A']);
    // The input document is not modified.
    expect(print(sdl)).not.toContain('@key');
  });
});
