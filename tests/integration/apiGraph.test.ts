import { beforeAll, describe, expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// Graph exploration: neighborhood and shortestPath.

const P = testPrefix('api-graph');
const t = useTestServer({ cleanupPrefix: P });

interface Edge {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  provenance: { quote: string }[];
}
interface Graph {
  nodes: { __typename: string; id: string }[];
  edges: Edge[];
}

const EDGE = 'id type from to properties provenance { quote }';

async function neighborhood(args: string): Promise<Graph & { truncated: boolean }> {
  const d = await t.data<{ neighborhood: Graph & { truncated: boolean } }>(
    `{ neighborhood(${args}) { truncated nodes { __typename id } edges { ${EDGE} } } }`,
  );
  return d.neighborhood;
}

/** The single error of a failed root field; a nullable field comes back as null beside it. */
async function firstError(query: string) {
  const res = await t.run<Record<string, unknown>>(query);
  if (res.data !== null) expect(Object.values(res.data ?? {})).toEqual([null]);
  expect(res.errors).toHaveLength(1);
  return res.errors![0];
}

/** A subgraph is drawable: no node twice, no edge twice, every edge between listed nodes, each with provenance. */
function expectConsistent(g: Graph) {
  const ids = g.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(ids).toContain(e.from);
    expect(ids).toContain(e.to);
    expect(e.id).toBe(`${e.from}:${e.type}:${e.to}`);
    expect(e.provenance.length).toBeGreaterThan(0);
  }
}

const KYIV_NEIGHBOURS = [
  'attack-kyiv-2026-01-23',
  'figure-injured-nearly-twenty',
  'figure-killed-at-least-one',
  'figure-kyiv-hospitalized-three',
  'figure-kyiv-wounded-four',
  'kyiv-officials',
  'russian-air-attacks-2026-01-23',
  'ukraine',
  'vitali-klitschko',
];

beforeAll(async () => {
  await t.db.write({
    cypher: "CREATE (:Node:Entity:Person {id: $id, name: 'Isolated fixture person'})",
    params: { id: `${P}-alone` },
  });
});

describe('neighborhood', () => {
  it('returns the start node first, its direct neighbours and every edge among them at depth 1', async () => {
    const g = await neighborhood('id: "kyiv"');
    expect(g.truncated).toBe(false);
    expect(g.nodes[0]).toEqual({ __typename: 'Place', id: 'kyiv' });
    expect(
      g.nodes
        .slice(1)
        .map((n) => n.id)
        .sort(),
    ).toEqual(KYIV_NEIGHBOURS);
    expectConsistent(g);
    const role = g.edges.find((e) => e.id === 'vitali-klitschko:HOLDS_ROLE:kyiv');
    expect(role).toEqual({
      id: 'vitali-klitschko:HOLDS_ROLE:kyiv',
      type: 'HOLDS_ROLE',
      from: 'vitali-klitschko',
      to: 'kyiv',
      properties: { title: 'Mayor of Kyiv' },
      provenance: [{ quote: 'Kyiv Mayor Vitali Klitschko' }],
    });
    // Besides Kyiv's own ten relationships, edges between two neighbours belong to the picture.
    expect(
      g.edges
        .map((e) => e.id)
        .filter((id) => !/(^kyiv:|:kyiv$)/.test(id))
        .sort(),
    ).toEqual([
      'attack-kyiv-2026-01-23:PART_OF:russian-air-attacks-2026-01-23',
      'figure-injured-nearly-twenty:FIGURE_OF:russian-air-attacks-2026-01-23',
      'figure-killed-at-least-one:FIGURE_OF:russian-air-attacks-2026-01-23',
      'figure-kyiv-hospitalized-three:FIGURE_OF:attack-kyiv-2026-01-23',
      'figure-kyiv-hospitalized-three:PART_OF:figure-kyiv-wounded-four',
      'figure-kyiv-hospitalized-three:REPORTED_BY:vitali-klitschko',
      'figure-kyiv-wounded-four:FIGURE_OF:attack-kyiv-2026-01-23',
      'figure-kyiv-wounded-four:REPORTED_BY:vitali-klitschko',
    ]);
    expect(g.edges).toHaveLength(18);
  });

  it('reaches further at depth 2 without listing the start node twice, though it lies on a cycle', async () => {
    const one = await neighborhood('id: "kyiv"');
    const two = await neighborhood('id: "kyiv", depth: 2');
    expectConsistent(two);
    expect(two.nodes[0]!.id).toBe('kyiv');
    const ids = two.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(one.nodes.map((n) => n.id)));
    expect(ids).toEqual(expect.arrayContaining(['russia', 'statement-klitschko-wounded', 'kharkiv', 'kharkiv-oblast']));
    expect(ids.filter((id) => id === 'kyiv')).toHaveLength(1);
    // Nearest first: every depth-1 node comes before every depth-2 node.
    expect(new Set(ids.slice(0, one.nodes.length))).toEqual(new Set(one.nodes.map((n) => n.id)));
  });

  it('follows only the given relationship types', async () => {
    const g = await neighborhood('id: "kyiv", depth: 2, relationshipTypes: [PART_OF, CAPITAL_OF]');
    expectConsistent(g);
    expect(g.nodes.map((n) => n.id).sort()).toEqual([
      'dnipropetrovsk-oblast',
      'donbas',
      'donetsk-oblast',
      'kharkiv-oblast',
      'kyiv',
      'luhansk-oblast',
      'ukraine',
    ]);
    expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(['PART_OF', 'CAPITAL_OF']));
    expect(g.edges.map((e) => e.id).sort()).toEqual([
      'dnipropetrovsk-oblast:PART_OF:ukraine',
      'donbas:PART_OF:ukraine',
      'donetsk-oblast:PART_OF:donbas',
      'donetsk-oblast:PART_OF:ukraine',
      'kharkiv-oblast:PART_OF:ukraine',
      'kyiv:CAPITAL_OF:ukraine',
      'kyiv:PART_OF:ukraine',
      'luhansk-oblast:PART_OF:donbas',
      'luhansk-oblast:PART_OF:ukraine',
    ]);
  });

  it('cuts the neighbourhood at `limit` nodes, start included, and says so', async () => {
    const cut = await neighborhood('id: "kyiv", limit: 3');
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(3);
    expect(cut.nodes[0]!.id).toBe('kyiv');
    expectConsistent(cut);
    expect((await neighborhood('id: "kyiv", limit: 9')).truncated).toBe(true);
    const exact = await neighborhood('id: "kyiv", limit: 10');
    expect(exact.truncated).toBe(false);
    expect(exact.nodes).toHaveLength(10);
    const lone = await neighborhood(`id: "${P}-alone"`);
    expect(lone).toEqual({ truncated: false, nodes: [{ __typename: 'Person', id: `${P}-alone` }], edges: [] });
  });

  it('starts from non-entity nodes too', async () => {
    const g = await neighborhood('id: "figure-kyiv-hospitalized-three"');
    expect(g.nodes.map((n) => n.id).sort()).toEqual([
      'attack-kyiv-2026-01-23',
      'figure-kyiv-hospitalized-three',
      'figure-kyiv-wounded-four',
      'kyiv',
      'statement-klitschko-wounded',
      'vitali-klitschko',
    ]);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(await firstError('{ neighborhood(id: "atlantis") { truncated } }')).toMatchObject({
      path: ['neighborhood'],
      extensions: { code: 'NOT_FOUND', id: 'atlantis' },
    });
  });

  it.each([
    ['depth: 4', 'depth', 'MAX_NEIGHBORHOOD_DEPTH', 3],
    ['depth: 0', 'depth', 'MAX_NEIGHBORHOOD_DEPTH', 3],
    ['limit: 501', 'limit', 'MAX_NEIGHBORHOOD_NODES', 500],
    ['limit: 0', 'limit', 'MAX_NEIGHBORHOOD_NODES', 500],
  ])('refuses %s with BAD_USER_INPUT naming the limit', async (arg, field, limit, max) => {
    expect(await firstError(`{ neighborhood(id: "kyiv", ${arg}) { truncated } }`)).toMatchObject({
      path: ['neighborhood'],
      extensions: { code: 'BAD_USER_INPUT', field, limit, max },
    });
  });
});

describe('shortestPath', () => {
  type Path = Graph & { length: number };
  const PATH = `length nodes { __typename id } edges { ${EDGE} }`;

  async function path(args: string): Promise<Path | null> {
    return (await t.data<{ shortestPath: Path | null }>(`{ shortestPath(${args}) { ${PATH} } }`)).shortestPath;
  }

  /** Nodes in order from start to end, each edge joining its neighbours in the stored direction either way. */
  function expectWalk(p: Path, from: string, to: string) {
    expect(p.nodes[0]!.id).toBe(from);
    expect(p.nodes.at(-1)!.id).toBe(to);
    expect(p.edges).toHaveLength(p.length);
    expect(p.nodes).toHaveLength(p.length + 1);
    p.edges.forEach((e, i) => {
      const pair = [p.nodes[i]!.id, p.nodes[i + 1]!.id].sort();
      expect([e.from, e.to].sort()).toEqual(pair);
    });
    expectConsistent(p);
  }

  it('connects Klitschko to Putin in four hops with consistent edges', async () => {
    const p = await path('fromId: "vitali-klitschko", toId: "vladimir-putin"');
    expect(p).not.toBeNull();
    expect(p!.length).toBe(4);
    expectWalk(p!, 'vitali-klitschko', 'vladimir-putin');
    expect(p!.nodes).toContainEqual({ __typename: 'Place', id: 'russia' });
  });

  it('keeps to the given relationship types', async () => {
    const p = await path('fromId: "industrialnyi-district", toId: "ukraine", relationshipTypes: [PART_OF]');
    expect(p!.nodes.map((n) => n.id)).toEqual(['industrialnyi-district', 'kharkiv', 'kharkiv-oblast', 'ukraine']);
    expectWalk(p!, 'industrialnyi-district', 'ukraine');
    expect(
      await path('fromId: "vitali-klitschko", toId: "vladimir-putin", relationshipTypes: [HOLDS_ROLE]'),
    ).toBeNull();
  });

  it('returns a path of length 0 from a node to itself', async () => {
    expect(await path('fromId: "kyiv", toId: "kyiv"')).toEqual({
      length: 0,
      nodes: [{ __typename: 'Place', id: 'kyiv' }],
      edges: [],
    });
  });

  it('returns null when no path fits within maxDepth, or none exists', async () => {
    expect(await path('fromId: "vitali-klitschko", toId: "vladimir-putin", maxDepth: 3')).toBeNull();
    expect(await path(`fromId: "kyiv", toId: "${P}-alone", maxDepth: 8`)).toBeNull();
  });

  it('answers NOT_FOUND naming the unknown end', async () => {
    expect(await firstError('{ shortestPath(fromId: "atlantis", toId: "kyiv") { length } }')).toMatchObject({
      path: ['shortestPath'],
      extensions: { code: 'NOT_FOUND', id: 'atlantis' },
    });
    expect(await firstError('{ shortestPath(fromId: "kyiv", toId: "el-dorado") { length } }')).toMatchObject({
      extensions: { code: 'NOT_FOUND', id: 'el-dorado' },
    });
  });

  it('refuses maxDepth beyond the configured cap', async () => {
    expect(await firstError('{ shortestPath(fromId: "kyiv", toId: "russia", maxDepth: 9) { length } }')).toMatchObject({
      path: ['shortestPath'],
      extensions: { code: 'BAD_USER_INPUT', field: 'maxDepth', limit: 'MAX_PATH_DEPTH', max: 8 },
    });
  });
});
