import { describe, expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// What a gateway sends to resolve references to our entities: `_entities` with
// representations as a variable. Statements are counted through ctx.stats.

const P = testPrefix('fed-ent');
const t = useTestServer({ env: { FEDERATION: 'true' }, cleanupPrefix: P });
const loaders = useTestServer({ env: { FEDERATION: 'true', PREFETCH_DEPTH: '0' } });

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  __typename
  ... on Person { id name roles { title actsFor { name } } statements { id } }
  ... on Place { id name partOf { id } }
} }`;

type Entity = { __typename: string; id: string; name: string; roles?: { title: string; actsFor: { name: string } }[] };
type Entities = { _entities: (Entity | null)[] };

const people = Array.from({ length: 100 }, (_, i) => `${P}-person-${String(i).padStart(3, '0')}`);

describe('_entities', () => {
  it('resolves 100 people with their roles and statements in one statement', async () => {
    await t.db.write({
      cypher: `MATCH (org:Organization {id: 'kremlin'})
        UNWIND $ids AS id
        CREATE (p:Node:Entity:Person {id: id, name: 'Entity ' + id, nameKey: toLower('entity ' + id)})
        CREATE (p)-[:HOLDS_ROLE {id: id + ':HOLDS_ROLE:kremlin', title: 'Clerk ' + id}]->(org)`,
      params: { ids: people },
    });
    // Reversed, so the answer's order is the request's and not the store's.
    const ids = [...people].reverse();
    const res = await t.run<Entities>(ENTITIES, { representations: ids.map((id) => ({ __typename: 'Person', id })) });
    expect(res.errors).toBeUndefined();
    expect(res.queries).toBe(1);
    expect(res.data!._entities).toHaveLength(100);
    res.data!._entities.forEach((e, i) =>
      expect(e).toEqual({
        __typename: 'Person',
        id: ids[i],
        name: `Entity ${ids[i]}`,
        roles: [{ title: `Clerk ${ids[i]}`, actsFor: { name: 'Kremlin' } }],
        statements: [],
      }),
    );
  });

  it('costs one statement per type, answers unknown ids with null in place, and matches the batched loaders', async () => {
    const representations = [
      { __typename: 'Place', id: 'kharkiv' },
      { __typename: 'Person', id: 'volodymyr-zelenskyy' },
      { __typename: 'Person', id: `${P}-nobody` },
      // An id of another type is no Person.
      { __typename: 'Person', id: 'kyiv' },
      { __typename: 'Place', id: 'kyiv' },
    ];
    const res = await t.run<Entities>(ENTITIES, { representations });
    expect(res.errors).toBeUndefined();
    expect(res.queries).toBe(2);
    const [kharkiv, zelensky, nobody, notAPerson, kyiv] = res.data!._entities;
    expect(kharkiv).toMatchObject({ __typename: 'Place', id: 'kharkiv', name: 'Kharkiv' });
    expect(zelensky).toMatchObject({ __typename: 'Person', id: 'volodymyr-zelenskyy' });
    expect(zelensky!.name).toMatch(/Zelensky/);
    expect(nobody).toBeNull();
    expect(notAPerson).toBeNull();
    expect(kyiv).toMatchObject({ __typename: 'Place', id: 'kyiv', name: 'Kyiv' });

    const batched = await loaders.run<Entities>(ENTITIES, { representations });
    expect(batched.errors).toBeUndefined();
    expect(batched.data).toEqual(res.data);
  });

  it('refuses a reference to a type that is not an entity with BAD_USER_INPUT naming it', async () => {
    const res = await t.run(ENTITIES, { representations: [{ __typename: 'PageInfo', id: 'x' }] });
    // `_entities` is non-null, so the error nulls the whole answer.
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: 'representations[0]: "PageInfo" is not an entity type of this subgraph.',
        path: ['_entities'],
        extensions: { code: 'BAD_USER_INPUT', field: 'representations[0]' },
      }),
    ]);
  });

  it('refuses a reference without its id with BAD_USER_INPUT', async () => {
    const res = await t.run(ENTITIES, {
      representations: [{ __typename: 'Person', id: 'kyiv' }, { __typename: 'Person' }],
    });
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: 'representations[1]: a Person reference needs its key, a non-empty string id.',
        extensions: { code: 'BAD_USER_INPUT', field: 'representations[1]' },
      }),
    ]);
  });
});
