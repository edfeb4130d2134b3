import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import type { GraphCounts } from '../../src/cypher/countCypher.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { ENTITY_LABELS } from '../../src/model.js';
import { loadSeedFile } from '../../src/seed/loadSeedFile.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { capturingLogger } from '../helpers/logLines.js';
import { testDb } from '../helpers/testDb.js';

// Seeds the real article file again, twice, over the graph global setup already
// seeded, and compares counts and a digest of every stored property and its type.

const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const MAIN = path.join(SEEDS_DIR, `${ARTICLE}.yaml`);

interface Snapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  nodeDigest: string;
  relDigest: string;
  nodes: number;
  rels: number;
}

/** JSON with object keys sorted, so equal graphs give equal strings whatever the map order. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);
const digest = (rows: unknown[]) => createHash('sha256').update(canonical(rows)).digest('hex');

// valueType() keeps a date and its ISO string apart, which plain values would not.
// The order keys() lists them in is storage order, so the pairs are sorted by key.
const PROPS = 'properties(x) AS props, COLLECT { UNWIND keys(x) AS k RETURN [k, valueType(x[k])] ORDER BY k } AS types';

async function snapshot(db: Database): Promise<Snapshot> {
  const labels = await db.read({
    // The change feed grows with every write that changes something; the graph itself must not.
    cypher: 'MATCH (n) WHERE NOT n:Change UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
    params: {},
  });
  const types = await db.read({
    cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
    params: {},
  });
  const nodes = await db.read({
    cypher: `MATCH (x:Node) WHERE EXISTS { MATCH (:Mention {target: x.id, source: $article}) }
             RETURN x.id AS id, COLLECT { UNWIND labels(x) AS l RETURN l ORDER BY l } AS labels, ${PROPS} ORDER BY id`,
    params: { article: ARTICLE },
  });
  const rels = await db.read({
    cypher: `MATCH (a)-[x]->(b) WHERE EXISTS { MATCH (:Mention {target: x.id, source: $article}) }
             RETURN x.id AS id, type(x) AS type, a.id AS from, b.id AS to, ${PROPS} ORDER BY id`,
    params: { article: ARTICLE },
  });
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.count])),
    types: Object.fromEntries(types.map((r) => [r.type, r.count])),
    nodeDigest: digest(nodes),
    relDigest: digest(rels),
    nodes: nodes.length,
    rels: rels.length,
  };
}

describe('seeding the article again', () => {
  let db: Database;
  let before: Snapshot;
  const after: Snapshot[] = [];
  const reported: GraphCounts[] = [];
  const log = createLogger('silent');

  beforeAll(async () => {
    db = testDb();
    before = await snapshot(db);
    for (let run = 0; run < 2; run += 1) {
      reported.push(await seedGraph(db, [MAIN], log));
      after.push(await snapshot(db));
    }
  });
  afterAll(async () => {
    await db.close();
  });

  it("holds exactly the seed file's nodes per label and relationships per type", async () => {
    const { seed } = loadSeedFile(MAIN);
    const tally = (keys: string[]) =>
      Object.fromEntries([...new Set(keys)].sort().map((k) => [k, keys.filter((x) => x === k).length]));
    const entities = seed.nodes.filter((n) => (ENTITY_LABELS as readonly string[]).includes(n.type)).length;
    const [stored] = await db.read({
      cypher: `RETURN COLLECT { MATCH (n:Node) WHERE EXISTS { MATCH (:Mention {target: n.id, source: $article}) } UNWIND labels(n) AS l
                                RETURN l ORDER BY l } AS labels,
                      COLLECT { MATCH ()-[r]->() WHERE EXISTS { MATCH (:Mention {target: r.id, source: $article}) } RETURN type(r) AS t ORDER BY t } AS types`,
      params: { article: ARTICLE },
    });
    expect({ labels: tally(stored!.labels as string[]), types: tally(stored!.types as string[]) }).toEqual({
      labels: tally([
        'Article',
        ...seed.nodes.map((n) => n.type),
        ...Array<string>(seed.nodes.length + 1).fill('Node'),
        ...Array<string>(entities).fill('Entity'),
      ]),
      types: tally(seed.relationships.map((r) => r.type)),
    });
    expect({ nodes: before.nodes, rels: before.rels }).toEqual({
      nodes: seed.nodes.length + 1,
      rels: seed.relationships.length,
    });
  });

  it('leaves the node count of every label unchanged, twice', () => {
    expect(after.map((s) => s.labels)).toEqual([before.labels, before.labels]);
  });

  it('leaves the relationship count of every type unchanged, twice', () => {
    expect(after.map((s) => s.types)).toEqual([before.types, before.types]);
  });

  it("leaves every property (value and type) of the article's nodes unchanged, twice", () => {
    expect(after.map((s) => s.nodeDigest)).toEqual([before.nodeDigest, before.nodeDigest]);
  });

  it("leaves every property (value and type) of the article's relationships unchanged, twice", () => {
    expect(after.map((s) => s.relDigest)).toEqual([before.relDigest, before.relDigest]);
  });

  it('reports the same final counts on both runs, and they match the database', () => {
    const nodeCounts = Object.fromEntries(Object.keys(reported[0]!.nodes).map((l) => [l, before.labels[l] ?? 0]));
    const relCounts = Object.fromEntries(Object.keys(reported[0]!.relationships).map((t) => [t, before.types[t] ?? 0]));
    // Nothing new, nothing overwritten: the second and third runs change nothing.
    const same = { nodes: nodeCounts, relationships: relCounts, created: 0, overwritten: [], mentionsAdded: 0 };
    expect(reported).toEqual([same, same]);
  });

  it("restores a node whose properties were changed in the database to exactly the seed file's values", async () => {
    await db.write({
      cypher: "MATCH (p:Place {id: 'kyiv'}) SET p.name = 'Kiev (edited)', p.strayProperty = true, p.kind = null",
      params: {},
    });
    const report = await seedGraph(db, [MAIN], log);
    expect(report.overwritten).toEqual(['kyiv']);
    expect(await snapshot(db)).toEqual(before);
  });

  it('logs its progress and the final counts', async () => {
    const { log: logger, lines } = capturingLogger('debug');
    const counts = await seedGraph(db, [MAIN], logger);
    expect(lines[0]).toMatchObject({ msg: 'seed files valid', files: [`${ARTICLE}.yaml`] });
    expect(lines.filter((l) => String(l.msg).startsWith('seeding:'))).toHaveLength(1);
    const { nodes, relationships } = counts;
    expect(lines.at(-1)).toMatchObject({ msg: 'seed complete', nodes, relationships, created: 0 });
  });
});
