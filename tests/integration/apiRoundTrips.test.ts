import { describe, expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// The number of database round trips depends on the shape of a query, not on how
// many parents it visits: root fields fold nested relationship fields into their
// own statement (src/prefetch), and whatever is left is batched per request by
// DataLoader. `loaders` has folding turned off to pin the batching alone.

const P = testPrefix('api-rt');
const t = useTestServer({ cleanupPrefix: P });
const loaders = useTestServer({ env: { PREFETCH_DEPTH: '0' } });

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

describe('database round trips', () => {
  it('stay the same for a nested query over all people when 20 more people with roles are added', async () => {
    const before = await t.run<People>(NESTED);
    const beforeBatched = await loaders.run<People>(NESTED);
    expect(before.errors).toBeUndefined();
    expect(beforeBatched.data).toEqual(before.data);
    const seeded = before.data!.people.totalCount;
    expect(seeded).toBe(8);
    // Folded: the page statement brings every nested list.
    expect(before.queries).toBe(1);
    // Batched: one per level and relationship: people, roles, statements, participations, statements' subjects.
    expect(beforeBatched.queries).toBe(5);

    await t.db.write({
      cypher: `MATCH (org:Organization {id: 'kremlin'}), (k:Place {id: 'kyiv'})
        UNWIND range(1, 20) AS i
        CREATE (p:Node:Entity:Person {id: $p + '-person-' + i, name: 'Round Trip ' + i, nameKey: 'round trip ' + i})
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
    expect((await loaders.run<People>(NESTED)).queries).toBe(beforeBatched.queries);
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
    // The page (with officials and partOf folded in), then the fields with arguments
    // and what lies below them: events(includeContained), their figures, the reporters.
    expect(small.queries).toBe(4);
    expect(large.queries).toBe(small.queries);
  });

  it('cost one round trip for a connection page, however large', async () => {
    expect((await t.run('{ events(first: 1) { totalCount edges { node { id name } } } }')).queries).toBe(1);
    expect((await t.run('{ events(first: 100) { totalCount edges { node { id name } } } }')).queries).toBe(1);
  });
});
