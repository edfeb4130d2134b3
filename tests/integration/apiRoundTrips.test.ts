import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { cleanup, testConfig, testDb, testPrefix } from '../helpers/testDb.js';
import { testServer, type TestServer } from '../helpers/testServer.js';

// Nested queries are batched per request: the number of database round trips
// depends on the shape of the query, not on how many parents it visits.

const P = testPrefix('api-rt');
let db: Database;
let t: TestServer;

const NESTED = `{ people(first: 100) { totalCount edges { node { id
  roles { title actsFor { name } }
  statements { about { id } }
  participations { in { id } }
} } } }`;

interface People {
  people: {
    totalCount: number;
    edges: { node: { id: string; roles: { title: string; actsFor: { name: string } }[] } }[];
  };
}

beforeAll(async () => {
  const config = testConfig();
  db = testDb(config);
  t = await testServer(config, db);
});
afterAll(async () => {
  await cleanup(db, P);
  await t.server.stop();
  await db.close();
});

describe('database round trips', () => {
  it('stay the same for a nested query over all people when 20 more people with roles are added', async () => {
    const before = await t.run<People>(NESTED);
    expect(before.errors).toBeUndefined();
    const seeded = before.data!.people.totalCount;
    expect(seeded).toBe(8);
    // One per level and relationship: people, roles, statements, participations, statements' subjects.
    expect(before.queries).toBe(5);

    await db.write({
      cypher: `MATCH (org:Organization {id: 'kremlin'}), (k:Place {id: 'kyiv'})
        UNWIND range(1, 20) AS i
        CREATE (p:Node:Entity:Person {id: $p + '-person-' + i, name: 'Round Trip ' + i})
        CREATE (p)-[:HOLDS_ROLE {id: p.id + ':HOLDS_ROLE:kremlin', title: 'Clerk ' + i}]->(org)
        CREATE (s:Node:Statement {id: $p + '-statement-' + i, text: 'Said ' + i, cueVerb: 'said', attribution: 'ASSERTED'})
        CREATE (s)-[:SAID_BY {id: s.id + ':SAID_BY:' + p.id}]->(p)
        CREATE (s)-[:ABOUT {id: s.id + ':ABOUT:kyiv'}]->(k)`,
      params: { p: P },
    });

    const after = await t.run<People>(NESTED);
    expect(after.errors).toBeUndefined();
    expect(after.data!.people.totalCount).toBe(seeded + 20);
    const added = after.data!.people.edges.filter((e) => e.node.id.startsWith(P));
    expect(added).toHaveLength(20);
    expect(added[0]!.node.roles).toEqual([{ title: expect.stringMatching(/^Clerk /), actsFor: { name: 'Kremlin' } }]);
    expect(after.queries).toBe(before.queries);
  });

  it('stay constant for lists of lists, such as every place with its officials, events and figures', async () => {
    const q = (where: string) => `{ places(first: 100, where: ${where}) { totalCount edges { node { id
      officials { person { name } } events(includeContained: true) { id figures { count reportedBy { id } } }
      partOf { id } } } } }`;
    // The three places of Kharkiv oblast already reach every level of the query.
    const small = await t.run<{ places: { totalCount: number } }>(q('{ within: "kharkiv-oblast" }'));
    const large = await t.run<{ places: { totalCount: number } }>(q('{}'));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data!.places.totalCount).toBe(3);
    expect(large.data!.places.totalCount).toBe(18);
    expect(small.queries).toBe(6);
    expect(large.queries).toBe(small.queries);
  });

  it('cost one round trip for a connection page, however large', async () => {
    expect((await t.run('{ events(first: 1) { totalCount edges { node { id name } } } }')).queries).toBe(1);
    expect((await t.run('{ events(first: 100) { totalCount edges { node { id name } } } }')).queries).toBe(1);
  });
});
