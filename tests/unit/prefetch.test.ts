import { buildASTSchema, execute, parse, type GraphQLFieldResolver } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nodeWithPlan, projectNode } from '../../src/cypher/prefetchCypher.js';
import { planFromInfo, type FetchPlan } from '../../src/prefetch/fetchPlan.js';
import { typeDefs } from '../../src/schema/typeDefs.js';

// The planner reads a query's selection (through the real schema, no database)
// and decides which relationship lists the root statement brings along.

const schema = buildASTSchema(typeDefs);

/** The plan the root field of `query` would get, `depth` levels deep (path as for connections). */
function planOf(query: string, depth = 3, path: string[] = []): FetchPlan {
  let plan: FetchPlan | undefined;
  const capture: GraphQLFieldResolver<unknown, unknown> = (_src, _args, _ctx, info) => {
    plan = planFromInfo(info, depth, path);
    return null;
  };
  const result = execute({ schema, document: parse(query), fieldResolver: capture, variableValues: { on: false } });
  if ('then' in result) throw new Error('expected a synchronous result');
  // Non-null roots answer null here and fail execution; the plan was taken before.
  if (!plan) throw result.errors?.[0] ?? new Error('the root field was not resolved');
  return plan;
}

/** The plan as (key source on) lines, indented by depth, for readable pins. */
function outline(plan: FetchPlan, indent = ''): string[] {
  return plan.fetches.flatMap((f) => [
    `${indent}${f.key} ${f.source.kind === 'ancestors' ? 'ancestors' : `${f.source.type} ${f.source.dir}`}` +
      (f.on ? ` on ${f.on.join('|')}` : ''),
    ...outline(f.child, `${indent}  `),
  ]);
}

describe('planFromInfo', () => {
  it('follows relationship types to the far end and splits a union by its fragments', () => {
    const plan = planOf(`{ person(id: "x") { name
      roles { title actsFor { __typename id
        ... on Organization { locatedIn { partOf { id } } }
        ... on Place { partOf { id } } } }
      statements { about { id } } } }`);
    expect(outline(plan)).toEqual([
      'f0 HOLDS_ROLE OUT',
      '  f0 LOCATED_IN OUT on Organization',
      '    f0 ancestors on Place',
      '  f1 ancestors on Place',
      'f1 SAID_BY IN',
      '  f0 ABOUT OUT',
    ]);
  });

  it('stops at the given depth', () => {
    const q = `{ place(id: "x") { contains { contains { contains { id } } } } }`;
    expect(outline(planOf(q, 2))).toEqual(['f0 PART_OF IN', '  f0 PART_OF IN']);
    expect(planOf(q, 0).fetches).toEqual([]);
  });

  it('merges aliases and fields that share a relationship into one list', () => {
    const plan = planOf(`{ node(id: "x") { ... on Event { subEvents { id } a: figures { id } b: figures { count } }
      ... on Figure { breakdown { id } } } }`);
    // subEvents (Event) and breakdown (Figure) both read incoming PART_OF.
    expect(outline(plan)).toEqual(['f0 PART_OF IN on Event|Figure', 'f1 FIGURE_OF IN on Event']);
  });

  it('leaves fields with arguments and non-relationship fields to their resolvers', () => {
    const plan = planOf(`{ place(id: "x") { name mentions { quote } events(includeContained: true) { id }
      relationships(first: 5) { type } } }`);
    expect(plan.fetches).toEqual([]);
  });

  it('honours @include and @skip', () => {
    const plan = planOf(
      `query ($on: Boolean!) { person(id: "x") { roles @include(if: $on) { title } statements @skip(if: $on) { id } } }`,
    );
    expect(outline(plan)).toEqual(['f0 SAID_BY IN']);
  });

  it('plans the nodes of a connection page', () => {
    const plan = planOf(`{ people(first: 5) { totalCount edges { node { roles { title } } } } }`, 3, ['edges', 'node']);
    expect(outline(plan)).toEqual(['f0 HOLDS_ROLE OUT']);
  });
});

describe('projectNode', () => {
  it('nests one COLLECT per list, guarded by label where only some nodes need it', () => {
    const plan = planOf(`{ person(id: "x") { roles { actsFor { ... on Place { partOf { id } } } } } }`);
    expect(nodeWithPlan('vitali-klitschko', plan)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Node {id: $id})
      RETURN n {.*, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], __prefetched: {f0: COLLECT { MATCH (n)-[r1:HOLDS_ROLE]->(m1) WITH r1, m1 ORDER BY coalesce(m1.date, date("9999-12-31")), toLower(coalesce(m1.name, m1.text, m1.id)), m1.id RETURN {rel: {id: r1.id, type: type(r1), from: startNode(r1).id, to: endNode(r1).id, props: properties(r1)}, other: m1 {.*, __label: [l IN labels(m1) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN m1:Article THEN null ELSE m1.text END, mentionSource: null, mentionStart: null, mentionEnd: null, mentionQuote: null, __prefetched: {f0: CASE WHEN m1:Place THEN COLLECT { MATCH m2Path = ANY SHORTEST (m1)-[:PART_OF]->{1,6}(m2:Place) WITH m2, length(m2Path) AS m2Hops ORDER BY m2Hops, toLower(m2.name), m2.id RETURN m2 {.*, __label: [l IN labels(m2) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN m2:Article THEN null ELSE m2.text END, mentionSource: null, mentionStart: null, mentionEnd: null, mentionQuote: null} } END}}} }}} AS node",
        "params": {
          "id": "vitali-klitschko",
        },
      }
    `);
  });

  it('is the plain node projection when nothing is fetched', () => {
    expect(projectNode('n', { fetches: [] })).not.toContain('COLLECT');
    expect(projectNode('n', { fetches: [] }, true)).not.toContain('__partial');
  });

  it('never inlines anything from the request', () => {
    const plan = planOf(`{ weird_alias: person(id: "x") { injected_alias: roles { title } } }`);
    const { cypher, params } = nodeWithPlan("x' OR 1=1", plan);
    expect(cypher).not.toMatch(/weird_alias|injected_alias|OR 1=1/);
    expect(params).toEqual({ id: "x' OR 1=1" });
  });
});
