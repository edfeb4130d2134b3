import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Prng } from '../../bench/prng.js';
import { readFeed, readFeedHead } from '../../src/feed/changeFeed.js';
import {
  ATTRIBUTIONS,
  EVENT_KINDS,
  FIGURE_MEASURES,
  FIGURE_QUALIFIERS,
  NEGOTIATION_KINDS,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PROPOSAL_KINDS,
  RELATIONSHIP_TYPE_NAMES,
} from '../../src/model.js';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';
import { postGraphQL } from './postGraphQL.js';
import { recordFigures } from './recordFigures.js';

// Writes with a valid token, some type-correct and random, some malformed, sent
// concurrently at a small pool of ids so they collide. Whatever each one answers,
// afterwards the graph's invariants must hold.

const REQUESTS = 400;
const CONCURRENCY = 8;
const TOKEN = `fuzzw-${createHash('sha256').update(String(process.pid)).digest('hex').slice(0, 24)}`;
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'CONTENDED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

const LABELS = {
  Person: () => ({}),
  Place: (r: Prng) => ({ kind: r.pick(PLACE_KINDS) }),
  Organization: (r: Prng) => ({ kind: r.pick(ORGANIZATION_KINDS) }),
  Event: (r: Prng) => ({ kind: r.pick(EVENT_KINDS), date: r.chance(0.5) ? '2026-01-2' + r.int(0, 9) : undefined }),
  Negotiation: (r: Prng) => ({ kind: r.pick(NEGOTIATION_KINDS), round: r.chance(0.3) ? r.int(1, 5) : undefined }),
  Proposal: (r: Prng) => ({ kind: r.pick(PROPOSAL_KINDS), demands: ['a', 'b'].slice(0, r.int(0, 2)) }),
  Statement: (r: Prng) => ({ text: 'Said ' + r.int(0, 99), cueVerb: 'said', attribution: r.pick(ATTRIBUTIONS) }),
  Figure: (r: Prng) => ({
    text: 'n',
    measure: r.pick(FIGURE_MEASURES),
    qualifier: r.pick(FIGURE_QUALIFIERS),
    count: r.int(0, 50),
  }),
} as const;
type Label = keyof typeof LABELS;
const NAMED = new Set<Label>(['Person', 'Place', 'Organization', 'Event', 'Negotiation', 'Proposal']);

/** A span of the article, as provenance: mostly valid, sometimes not. */
function provenance(r: Prng, text: string) {
  if (r.chance(0.1))
    return { sourceId: r.chance(0.5) ? 'no-such-article' : ARTICLE, quote: r.pick(['', 'not in it', 'Kyiv']) };
  const start = r.int(0, text.length - 40);
  return { sourceId: ARTICLE, quote: text.slice(start, start + r.int(5, 30)), start };
}

function mutation(r: Prng, pool: string[], text: string): { query: string; variables: Record<string, unknown> } {
  const label = r.pick(Object.keys(LABELS) as Label[]);
  const id = `${r.pick(pool)}-${label.toLowerCase()}`;
  const fields: Record<string, unknown> = { ...LABELS[label](r) };
  if (NAMED.has(label))
    fields.name = r.chance(0.05) ? '' : `Fuzz ${r.int(0, 9)} ${'\u00e9\u{1F600}'.slice(0, r.int(0, 3))}`;
  if (r.chance(0.1)) fields[r.pick(Object.keys(fields).concat('name'))] = r.pick([42, null, 'X'.repeat(300), ['x']]);
  const op = r.int(0, 9);
  const prov = provenance(r, text);
  if (op <= 2)
    return {
      query: `mutation($i: ${label}Input!) { create${label}(input: $i) { id } }`,
      variables: { i: { id, ...fields, provenance: prov } },
    };
  if (op <= 4)
    return {
      query: `mutation($i: ${label}Input!) { upsert${label}(input: $i) { id } }`,
      variables: { i: { id, ...fields, provenance: prov } },
    };
  if (op === 5)
    return {
      query: `mutation($p: ${label}Patch!) { update${label}(id: "${id}", patch: $p) { id } }`,
      variables: { p: { ...fields, provenance: prov } },
    };
  if (op === 6) return { query: `mutation { delete${label}(id: "${id}") { id } }`, variables: {} };
  const from = `${r.pick(pool)}-${r.pick(Object.keys(LABELS)).toLowerCase()}`;
  const to = r.chance(0.3)
    ? r.pick(['kyiv', 'ukraine', 'vitali-klitschko'])
    : `${r.pick(pool)}-${r.pick(Object.keys(LABELS)).toLowerCase()}`;
  const type = r.pick(RELATIONSHIP_TYPE_NAMES);
  const properties = r.chance(0.5)
    ? { title: 'T', role: 'R', stance: 'SUPPORTS' }[r.pick(['title', 'role', 'stance'] as const)]
    : undefined;
  const input = {
    from,
    to,
    type,
    properties: properties ? { [r.pick(['title', 'role', 'stance'])]: properties } : undefined,
    provenance: prov,
  };
  if (op === 7)
    return {
      query: `mutation($i: RelationshipInput!) { createRelationship(input: $i) { id } }`,
      variables: { i: input },
    };
  if (op === 8)
    return {
      query: `mutation($i: RelationshipInput!) { upsertRelationship(input: $i) { id } }`,
      variables: { i: input },
    };
  return { query: `mutation { deleteRelationship(id: "${from}:${type}:${to}") { id } }`, variables: {} };
}

describe('writes under fuzzed, colliding mutations', () => {
  const P = testPrefix('fuzzw');
  const t = useTestServer({
    env: { AUTH_TOKEN: TOKEN, LOG_LEVEL: process.env.FUZZ_LOG ?? 'silent' },
    cleanupPrefix: P,
    listen: true,
  });
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

  it(`answers ${REQUESTS} valid-token mutations with coded errors only, and leaves the graph's invariants intact`, async () => {
    const [{ text }] = (await t.db.read({
      cypher: 'MATCH (a:Article {id: $id}) RETURN a.text AS text',
      params: { id: ARTICLE },
    })) as [{ text: string }];
    const r = new Prng(seed);
    const pool = Array.from({ length: 6 }, (_, i) => `${P}-${i}`);
    const { head: start } = await readFeedHead(t.db);
    const problems: string[] = [];
    const tally: Record<string, number> = {};
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          next += 1;
          const m = mutation(r, pool, text);
          const res = await postGraphQL(t.url, m.query, m.variables, { token: TOKEN });
          const codes = (res.body?.errors ?? []).map((e) => String(e.extensions?.code));
          for (const c of codes.length ? codes : ['OK']) tally[c] = (tally[c] ?? 0) + 1;
          if (res.status >= 500 || codes.some((c) => !CODES.has(c))) {
            if (problems.length < 10) problems.push(`${res.status} ${codes.join(',')} ${m.query.slice(0, 80)}`);
          }
        }
      }),
    );
    recordFigures('fuzz-writes', { seed, requests: REQUESTS, outcomes: tally });
    expect(problems).toEqual([]);
    expect(tally.OK ?? 0).toBeGreaterThan(REQUESTS / 10);

    // Every relationship's id names its own ends and type.
    const [rels] = await t.db.read({
      cypher: `MATCH (a:Node)-[r]->(b:Node) WHERE a.id STARTS WITH $p OR b.id STARTS WITH $p
               RETURN count(r) AS all, count(CASE WHEN r.id <> a.id + ':' + type(r) + ':' + b.id THEN 1 END) AS wrong`,
      params: { p: P },
    });
    expect(rels!.wrong).toBe(0);
    // Every mention quotes its article exactly, and its target exists.
    const [mentions] = await t.db.read({
      cypher: `MATCH (m:Mention) WHERE m.target STARTS WITH $p
               OPTIONAL MATCH (a:Article {id: m.source})
               RETURN count(m) AS all,
                 count(CASE WHEN a IS NULL OR substring(a.text, m.start, m.end - m.start) <> m.quote THEN 1 END) AS misquoted,
                 count(CASE WHEN NOT EXISTS { MATCH (n:Node {id: m.target}) } AND NOT EXISTS { MATCH ()-[x {id: m.target}]->() } THEN 1 END) AS dangling`,
      params: { p: P },
    });
    expect(mentions).toMatchObject({ misquoted: 0, dangling: 0 });
    // Every id the feed names since the start exists, or a later DELETE record names it.
    const { changes } = await readFeed(t.db, start, 100_000);
    const named = new Set(changes.flatMap((c) => [...c.nodeIds, ...c.relationshipIds]));
    const deleted = new Set(
      changes.filter((c) => c.kind === 'DELETE').flatMap((c) => [...c.nodeIds, ...c.relationshipIds]),
    );
    const [existing] = await t.db.read({
      cypher: `UNWIND $ids AS id RETURN collect(CASE WHEN EXISTS { MATCH (:Node {id: id}) } OR EXISTS { MATCH ()-[x {id: id}]->() } THEN id END) AS ids`,
      params: { ids: [...named] },
    });
    const present = new Set(existing!.ids as string[]);
    expect([...named].filter((id) => !present.has(id) && !deleted.has(id))).toEqual([]);
    expect(changes.map((c) => c.seq)).toEqual(changes.map((_, i) => start + i + 1));
  }, 240_000);
});
