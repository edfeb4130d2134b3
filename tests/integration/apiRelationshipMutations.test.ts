import { beforeAll, describe, expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// createRelationship, updateRelationship and deleteRelationship: the happy path,
// every validation, and no half-written state after a refusal.

const P = testPrefix('api-relmut');
const TOKEN = 'x'.repeat(32);
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const prov = (quote = 'Kyiv Mayor Vitali Klitschko') => ({ sourceId: ARTICLE, quote });
const PERSON = `${P}-deputy`;
const ROLE = `${PERSON}:HOLDS_ROLE:kyiv`;
const EDGE = 'id type from to properties provenance { quote }';

const t = useTestServer({ env: { AUTH_TOKEN: TOKEN }, cleanupPrefix: P });

const write = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  t.data<T>(query, variables, { token: TOKEN });

async function refusal(query: string, variables: Record<string, unknown>) {
  const res = await t.run(query, variables, { token: TOKEN });
  expect(res.data).toBeNull();
  expect(res.errors).toHaveLength(1);
  return res.errors![0] as { path: string[]; extensions: Record<string, unknown> };
}

const createRelationship = (input: Record<string, unknown>) =>
  write<{ createRelationship: Record<string, unknown> & { id: string; provenance: unknown[] } }>(
    `mutation($input: RelationshipInput!) { createRelationship(input: $input) { ${EDGE} } }`,
    { input },
  );

/** Relationships touching the fixture person, as stored. */
async function storedRelationships() {
  return t.db.read({
    cypher:
      'MATCH (n:Node {id: $id})-[r]-(m) RETURN type(r) AS type, m.id AS other, COUNT { (:Mention {target: r.id}) } AS mentions',
    params: { id: PERSON },
  });
}

beforeAll(async () => {
  await write('mutation($input: PersonInput!) { createPerson(input: $input) { id } }', {
    input: { id: PERSON, name: 'Deputy Fixture', provenance: prov() },
  });
});

describe('relationship mutations', () => {
  it('creates a relationship with properties and provenance, visible from both ends', async () => {
    const d = await createRelationship({
      from: PERSON,
      type: 'HOLDS_ROLE',
      to: 'kyiv',
      properties: { title: 'Deputy mayor' },
      provenance: prov(),
    });
    expect(d.createRelationship).toEqual({
      id: ROLE,
      type: 'HOLDS_ROLE',
      from: PERSON,
      to: 'kyiv',
      properties: { title: 'Deputy mayor' },
      provenance: [{ quote: 'Kyiv Mayor Vitali Klitschko' }],
    });
    const both = await write(`{ person(id: "${PERSON}") { roles { id title actsFor { id } } }
      place(id: "kyiv") { officials { person { id } title } } }`);
    expect(both).toEqual({
      person: { roles: [{ id: ROLE, title: 'Deputy mayor', actsFor: { id: 'kyiv' } }] },
      place: {
        officials: [
          { person: { id: PERSON }, title: 'Deputy mayor' },
          { person: { id: 'vitali-klitschko' }, title: 'Mayor of Kyiv' },
        ],
      },
    });
  });

  it('refuses to create a relationship that exists, pointing to updateRelationship, and changes nothing', async () => {
    const e = await refusal(`mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }`, {
      input: {
        from: PERSON,
        type: 'HOLDS_ROLE',
        to: 'kyiv',
        properties: { title: 'Deputy mayor' },
        provenance: prov('Officials in Kyiv'),
      },
    });
    expect(e.extensions.code).toBe('CONFLICT');
    expect(String((e as unknown as { message: string }).message)).toMatch(/updateRelationship/);
    expect(await storedRelationships()).toEqual([{ type: 'HOLDS_ROLE', other: 'kyiv', mentions: 1 }]);
  });

  it('upsertRelationship adds provenance to an existing relationship instead of a duplicate', async () => {
    const d = await write<{ upsertRelationship: { id: string; provenance: unknown[]; properties: unknown } }>(
      `mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { ${EDGE} } }`,
      {
        input: {
          from: PERSON,
          type: 'HOLDS_ROLE',
          to: 'kyiv',
          properties: { title: 'Deputy mayor' },
          provenance: prov('Officials in Kyiv'),
        },
      },
    );
    expect(d.upsertRelationship.id).toBe(ROLE);
    expect(d.upsertRelationship.properties).toEqual({ title: 'Deputy mayor' });
    // In article order: offset 457, then 637.
    expect(d.upsertRelationship.provenance).toEqual([
      { quote: 'Officials in Kyiv' },
      { quote: 'Kyiv Mayor Vitali Klitschko' },
    ]);
    expect(await storedRelationships()).toEqual([{ type: 'HOLDS_ROLE', other: 'kyiv', mentions: 2 }]);
  });

  it('stores the same provenance once, however often it is given', async () => {
    await write(`mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { id } }`, {
      input: {
        from: PERSON,
        type: 'HOLDS_ROLE',
        to: 'kyiv',
        properties: { title: 'Deputy mayor' },
        provenance: prov('Officials in Kyiv'),
      },
    });
    expect(await storedRelationships()).toEqual([{ type: 'HOLDS_ROLE', other: 'kyiv', mentions: 2 }]);
  });

  it('replaces the properties of a relationship and keeps its provenance', async () => {
    const d = await write(
      `mutation($p: ProvenanceInput!) { updateRelationship(id: "${ROLE}", properties: { title: "First deputy" }, provenance: $p) { ${EDGE} } }`,
      { p: { sourceId: ARTICLE, quote: 'Kyiv', start: 91 } },
    );
    expect(d.updateRelationship).toEqual({
      id: ROLE,
      type: 'HOLDS_ROLE',
      from: PERSON,
      to: 'kyiv',
      properties: { title: 'First deputy' },
      provenance: [{ quote: 'Kyiv' }, { quote: 'Officials in Kyiv' }, { quote: 'Kyiv Mayor Vitali Klitschko' }],
    });
  });

  it('creates a position with a stance and reads it as a Position', async () => {
    await createRelationship({
      from: PERSON,
      type: 'HAS_POSITION',
      to: 'air-defence-appeal',
      properties: { stance: 'SUPPORTS', summary: 'Backs the appeal.' },
      provenance: prov(),
    });
    const d = await write(`{ person(id: "${PERSON}") { positions { stance summary proposal { id } } } }`);
    expect(d).toEqual({
      person: {
        positions: [{ stance: 'SUPPORTS', summary: 'Backs the appeal.', proposal: { id: 'air-defence-appeal' } }],
      },
    });
  });

  it('deletes a relationship once, then answers NOT_FOUND', async () => {
    const del = `mutation { deleteRelationship(id: "${PERSON}:HAS_POSITION:air-defence-appeal") { id relationshipsDeleted } }`;
    expect(await write(del)).toEqual({
      deleteRelationship: { id: `${PERSON}:HAS_POSITION:air-defence-appeal`, relationshipsDeleted: 1 },
    });
    const again = await t.run(del, undefined, { token: TOKEN });
    expect(again.errors).toMatchObject([{ path: ['deleteRelationship'], extensions: { code: 'NOT_FOUND' } }]);
    expect(await storedRelationships()).toEqual([{ type: 'HOLDS_ROLE', other: 'kyiv', mentions: 3 }]);
  });

  it('answers NOT_FOUND when updating a relationship that does not exist', async () => {
    const e = await refusal(
      `mutation($p: ProvenanceInput!) { updateRelationship(id: "${PERSON}:HOLDS_ROLE:kremlin", properties: { title: "x" }, provenance: $p) { id } }`,
      { p: prov() },
    );
    expect(e).toMatchObject({
      path: ['updateRelationship'],
      extensions: { code: 'NOT_FOUND', id: `${PERSON}:HOLDS_ROLE:kremlin` },
    });
  });

  it.each(['kyiv', 'kyiv:PART_OF', 'kyiv:NOT_A_TYPE:ukraine', 'a:b:c:d'])(
    'refuses the malformed relationship id %j with BAD_USER_INPUT on `id`',
    async (id) => {
      const e = await refusal('mutation($id: ID!) { deleteRelationship(id: $id) { id } }', { id });
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    },
  );
});

describe('refused relationship writes', () => {
  const base = {
    from: PERSON,
    type: 'HOLDS_ROLE',
    to: 'kremlin',
    properties: { title: 'Adviser' },
    provenance: prov(),
  };

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown start', { from: `${P}-nobody` }, 'input.from'],
    ['an unknown end', { to: 'atlantis' }, 'input.to'],
    ['a start of the wrong kind', { from: 'kyiv' }, 'input.from'],
    ['an end of the wrong kind', { to: 'russia-ukraine-war' }, 'input.to'],
    [
      'a property the type does not take',
      { properties: { title: 'Adviser', colour: 'red' } },
      'input.properties.colour',
    ],
    ['a missing required property', { properties: {} }, 'input.properties.title'],
    ['a non-string property', { properties: { title: 7 } }, 'input.properties.title'],
    [
      'a property on a type that takes none',
      { type: 'LOCATED_IN', to: 'kyiv', properties: { title: 'x' } },
      'input.properties.title',
    ],
    [
      'an unknown stance',
      { type: 'HAS_POSITION', to: 'anchorage-formula', properties: { stance: 'LOVES' } },
      'input.properties.stance',
    ],
    ['a quote not in the article', { provenance: prov('Mayor of Atlantis') }, 'input.provenance.quote'],
    ['an unknown source', { provenance: { sourceId: 'nope', quote: 'Kyiv' } }, 'input.provenance.sourceId'],
  ])('refuses %s and writes nothing', async (_name, change, field) => {
    const e = await refusal('mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }', {
      input: { ...base, ...change },
    });
    expect(e).toMatchObject({ path: ['createRelationship'], extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await storedRelationships()).toEqual([{ type: 'HOLDS_ROLE', other: 'kyiv', mentions: 3 }]);
    const person = await write(`{ person(id: "${PERSON}") { name mentions { quote } } }`);
    expect(person).toEqual({
      person: { name: 'Deputy Fixture', mentions: [{ quote: 'Kyiv Mayor Vitali Klitschko' }] },
    });
  });

  it('refuses bad properties on update and leaves the relationship as it was', async () => {
    const e = await refusal(
      `mutation($p: ProvenanceInput!) { updateRelationship(id: "${ROLE}", properties: { rank: "high" }, provenance: $p) { id } }`,
      { p: prov() },
    );
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'properties.rank' });
    const d = await write(`{ person(id: "${PERSON}") { roles { title provenance { quote } } } }`);
    expect(d).toEqual({
      person: {
        roles: [
          {
            title: 'First deputy',
            provenance: [{ quote: 'Kyiv' }, { quote: 'Officials in Kyiv' }, { quote: 'Kyiv Mayor Vitali Klitschko' }],
          },
        ],
      },
    });
  });
});
