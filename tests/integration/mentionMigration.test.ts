import { describe, expect, it } from 'vitest';
import { ensureSchema } from '../../src/seed/seedGraph.js';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// A graph written by the previous version kept mentions as four parallel lists on
// each node and relationship; the first start of this version moves them into
// :Mention nodes, after which the API reads them as before.

const P = testPrefix('migrate');
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const t = useTestServer({ cleanupPrefix: P });

describe('moving mention lists into :Mention nodes', () => {
  it('moves the lists of nodes and relationships once, and the API serves them', async () => {
    await t.db.write({
      cypher: `CREATE (p:Node:Entity:Person {id: $id, name: 'Old Style', nameKey: 'old style',
                 mentionSource: [$a, $a], mentionStart: [637, 457], mentionEnd: [664, 474],
                 mentionQuote: ['Kyiv Mayor Vitali Klitschko', 'Officials in Kyiv']})
               WITH p MATCH (k:Place {id: 'kyiv'})
               CREATE (p)-[:HOLDS_ROLE {id: $id + ':HOLDS_ROLE:kyiv', title: 'Clerk',
                 mentionSource: [$a], mentionStart: [637], mentionEnd: [664], mentionQuote: ['Kyiv Mayor Vitali Klitschko']}]->(k)
               WITH p MATCH (h:FeedHead {id: 'feed'}) SET h.mentionsMigrated = false`,
      params: { id: `${P}-old`, a: ARTICLE },
    });
    await ensureSchema(t.db);
    const d = await t.data<{ person: { mentions: { quote: string }[]; roles: { provenance: { quote: string }[] }[] } }>(
      `{ person(id: "${P}-old") { mentions { quote } roles { provenance { quote } } } }`,
    );
    expect(d.person.mentions.map((m) => m.quote)).toEqual(['Officials in Kyiv', 'Kyiv Mayor Vitali Klitschko']);
    expect(d.person.roles[0]!.provenance).toEqual([{ quote: 'Kyiv Mayor Vitali Klitschko' }]);
    const [left] = await t.db.read({
      cypher: `MATCH (p:Person {id: $id})-[r]->() RETURN p.mentionSource AS node, r.mentionSource AS rel,
               COUNT { (:Mention {target: $id}) } AS mentions`,
      params: { id: `${P}-old` },
    });
    expect(left).toEqual({ node: null, rel: null, mentions: 2 });
  });
});
