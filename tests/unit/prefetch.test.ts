import {
  buildASTSchema,
  execute,
  parse,
  print,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
} from 'graphql';
import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { nodeWithPlan, projectNode } from '../../src/cypher/prefetchCypher.js';
import { EMPTY_PLAN, planFromInfo, type FetchPlan } from '../../src/prefetch/fetchPlan.js';
import { typeDefs } from '../../src/schema/typeDefs.js';

// The planner reads a query's selection (through the real schema, no database)
// and decides which relationship lists the root statement brings along.

const schema = buildASTSchema(typeDefs);

/** The plan the root field of `query` would get, `depth` levels deep (path as for connections). */
function planOf(
  query: string | DocumentNode,
  depth = 3,
  path: string[] = [],
  variableValues: Record<string, unknown> = { on: false },
): FetchPlan {
  let plan: FetchPlan | undefined;
  const capture: GraphQLFieldResolver<unknown, unknown> = (_src, _args, _ctx, info) => {
    plan = planFromInfo(info, depth, path);
    return null;
  };
  const document = typeof query === 'string' ? parse(query) : query;
  const result = execute({ schema, document, fieldResolver: capture, variableValues });
  if ('then' in result) throw new Error('expected a synchronous result');
  // Non-null roots answer null here and fail execution; the plan was taken before.
  if (!plan) throw result.errors?.[0] ?? new Error('the root field was not resolved');
  return plan;
}

/** The plan's lists as (key on) lines, indented by depth, for readable pins. */
function outline(plan: FetchPlan, indent = ''): string[] {
  return plan.fetches.flatMap((f) => [
    `${indent}${f.key}${f.on ? ` on ${f.on.join('|')}` : ''}`,
    ...outline(f.child, `${indent}  `),
  ]);
}

describe('planFromInfo', () => {
  it('projects the stored properties a derived field is computed from', () => {
    const plan = planOf('{ event(id: "x") { dateLabel dateSource { url } } }');
    expect(plan.props).toEqual(['date', 'dateLabel', 'datePrecision', 'dateSource', 'dateSourceRef', 'endDate', 'id']);
  });

  it('follows relationship types to the far end and splits a union by its fragments', () => {
    const plan = planOf(`{ person(id: "x") { name
      roles { title actsFor { __typename id
        ... on Organization { locatedIn { partOf { id } } }
        ... on Place { partOf { id } } } }
      statements { about { id } } } }`);
    expect(outline(plan)).toEqual([
      'HOLDS_ROLE_OUT',
      '  LOCATED_IN_OUT on Organization',
      '    ancestors on Place',
      '  ancestors on Place',
      'SAID_BY_IN',
      '  ABOUT_OUT',
    ]);
    // Each position projects only what its fields read.
    expect(plan.props).toEqual(['id', 'name', 'roles', 'statements']);
    expect(plan.fetches[0]!.child.props).toEqual(['id', 'locatedIn', 'partOf']);
  });

  it('stops at the given depth', () => {
    const q = `{ place(id: "x") { contains { contains { contains { id } } } } }`;
    expect(outline(planOf(q, 2))).toEqual(['PART_OF_IN', '  PART_OF_IN']);
    // Below the cut, nodes are still projected sparsely; their lists come from the loaders.
    expect(planOf(q, 2).fetches[0]!.child.fetches[0]!.child).toEqual({ props: ['contains', 'id'], fetches: [] });
    expect(planOf(q, 0)).toEqual(EMPTY_PLAN);
  });

  it('merges aliases and fields that share a relationship into one list', () => {
    const plan = planOf(`{ node(id: "x") { ... on Event { subEvents { id } a: figures { id } b: figures { count } }
      ... on Figure { breakdown { id } } } }`);
    // subEvents (Event) and breakdown (Figure) both read incoming PART_OF.
    expect(outline(plan)).toEqual(['PART_OF_IN on Event|Figure', 'FIGURE_OF_IN on Event']);
    expect(plan.fetches[1]!.child.props).toEqual(['count', 'id']);
  });

  it('leaves fields with arguments and non-relationship fields to their resolvers', () => {
    const plan = planOf(`{ place(id: "x") { name mentions { quote } events(includeContained: true) { id }
      relationships(first: 5) { type } } }`);
    expect(plan).toEqual({ props: ['events', 'id', 'mentions', 'name', 'relationships'], fetches: [] });
  });

  it('honours @include and @skip', () => {
    const plan = planOf(
      `query ($on: Boolean!) { person(id: "x") { roles @include(if: $on) { title } statements @skip(if: $on) { id } } }`,
    );
    expect(outline(plan)).toEqual(['SAID_BY_IN']);
  });

  it('plans a parsed document once, per value of its @include/@skip variables', () => {
    // Apollo Server reuses the parsed document of a query string across requests.
    const doc = parse(`query ($on: Boolean!) { person(id: "x") { ...F } }
      fragment F on Person { r: roles @include(if: $on) { title } statements @skip(if: $on) { id } }`);
    const off = planOf(doc, 3, [], { on: false });
    const on = planOf(doc, 3, [], { on: true });
    expect(outline(off)).toEqual(['SAID_BY_IN']);
    expect(outline(on)).toEqual(['HOLDS_ROLE_OUT']);
    expect(planOf(doc, 3, [], { on: false })).toBe(off);
    expect(planOf(doc, 3, [], { on: true })).toBe(on);
    // Another depth or path is another plan.
    expect(outline(planOf(doc, 1, [], { on: true }))).toEqual(['HOLDS_ROLE_OUT']);
    expect(planOf(doc, 3, ['r'], { on: true })).not.toBe(on);
    // The same text parsed again is planned again, to an equal plan.
    const again = planOf(print(doc), 3, [], { on: true });
    expect(again).not.toBe(on);
    expect(again).toEqual(on);
  });

  it('plans a query string once across Apollo Server requests', async () => {
    // The premise of keeping plans: Apollo hands every request of one query string
    // the same parsed document.
    const plans: FetchPlan[] = [];
    const apollo = new ApolloServer({
      typeDefs,
      resolvers: {
        Query: {
          person: (_p: unknown, _a: unknown, _c: unknown, info: GraphQLResolveInfo) => {
            plans.push(planFromInfo(info, 3));
            return null;
          },
        },
      },
    });
    await apollo.start();
    try {
      const query = 'query ($id: ID!) { person(id: $id) { roles { title } } }';
      for (const id of ['a', 'b']) await apollo.executeOperation({ query, variables: { id } });
    } finally {
      await apollo.stop();
    }
    expect(plans).toHaveLength(2);
    expect(outline(plans[0]!)).toEqual(['HOLDS_ROLE_OUT']);
    expect(plans[1]).toBe(plans[0]);
  });

  it('plans the nodes of a connection page', () => {
    const plan = planOf(`{ people(first: 5) { totalCount edges { node { roles { title } } } } }`, 3, ['edges', 'node']);
    expect(outline(plan)).toEqual(['HOLDS_ROLE_OUT']);
    expect(plan.props).toEqual(['id', 'roles']);
  });
});

describe('projectNode', () => {
  it('nests one COLLECT per list, guarded by label where only some nodes need it', () => {
    const plan = planOf(`{ person(id: "x") { roles { actsFor { ... on Place { partOf { id } } } } } }`);
    expect(nodeWithPlan('vitali-klitschko', plan)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Node {id: $id})
      RETURN n {.id, .roles, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, __prefetched: {HOLDS_ROLE_OUT: COLLECT { MATCH (n)-[r1:HOLDS_ROLE]->(m1) WITH r1, m1 ORDER BY coalesce(m1.date, date("9999-12-31")), toLower(coalesce(m1.name, m1.text, m1.id)), m1.id RETURN {rel: {id: r1.id, type: type(r1), from: startNode(r1).id, to: endNode(r1).id, props: properties(r1)}, other: m1 {.id, .partOf, __label: [l IN labels(m1) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, __prefetched: {ancestors: CASE WHEN m1:Place THEN COLLECT { MATCH m2Path = ANY SHORTEST (m1)-[:PART_OF]->{1,6}(m2:Place) WITH m2, length(m2Path) AS m2Hops ORDER BY m2Hops, toLower(m2.name), m2.id RETURN m2 {.id, __label: [l IN labels(m2) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true} } END}}} }}} AS node",
        "params": {
          "id": "vitali-klitschko",
        },
      }
    `);
  });

  it('is the plain node projection when nothing is fetched', () => {
    expect(projectNode('n', EMPTY_PLAN)).not.toContain('COLLECT');
    expect(projectNode('n', EMPTY_PLAN, true)).not.toContain('__partial');
  });

  it('never inlines anything from the request', () => {
    const plan = planOf(`{ weird_alias: person(id: "x") { injected_alias: roles { title } } }`);
    const { cypher, params } = nodeWithPlan("x' OR 1=1", plan);
    expect(cypher).not.toMatch(/weird_alias|injected_alias|OR 1=1/);
    expect(params).toEqual({ id: "x' OR 1=1" });
  });
});
