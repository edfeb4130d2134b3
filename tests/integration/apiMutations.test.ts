import { beforeAll, describe, expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// Create, update, upsert and delete for every entity type, with a valid token.

const P = testPrefix('api-mut');
const TOKEN = 'x'.repeat(32);
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const QUOTE = 'Kyiv Mayor Vitali Klitschko';
const provenance = (quote = QUOTE) => ({ sourceId: ARTICLE, quote });

const t = useTestServer({ env: { AUTH_TOKEN: TOKEN }, cleanupPrefix: P });
let quoteStart: number;

const write = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  t.data<T>(query, variables, { token: TOKEN });

interface Case {
  type: string;
  lookup: string;
  fields: string;
  input: Record<string, unknown>;
  stored: Record<string, unknown>;
}

const CASES: Case[] = [
  {
    type: 'Person',
    lookup: 'person',
    fields: 'aliases description wikidataId',
    input: { name: 'Test Person', aliases: ['T. Person'], description: 'A test person.', wikidataId: 'Q42' },
    stored: { aliases: ['T. Person'], description: 'A test person.', wikidataId: 'Q42' },
  },
  {
    type: 'Place',
    lookup: 'place',
    fields: 'kind iso3166 latitude longitude',
    input: { name: 'Test Place', kind: 'CITY', iso3166: 'UA-63', latitude: 49.99, longitude: 36.23 },
    stored: { kind: 'CITY', iso3166: 'UA-63', latitude: 49.99, longitude: 36.23 },
  },
  {
    type: 'Organization',
    lookup: 'organization',
    fields: 'kind aliases',
    input: { name: 'Test Organization', kind: 'GOVERNMENT_AGENCY', aliases: ['TO'] },
    stored: { kind: 'GOVERNMENT_AGENCY', aliases: ['TO'] },
  },
  {
    type: 'Event',
    lookup: 'event',
    fields: 'kind status date endDate datePrecision weapons damaged',
    input: {
      name: 'Test Event',
      kind: 'STRIKES',
      status: 'CLAIMED',
      date: '2026-01-23',
      endDate: '2026-01-24',
      datePrecision: 'DAY',
      weapons: ['drones'],
      damaged: ['a bridge'],
    },
    stored: {
      kind: 'STRIKES',
      status: 'CLAIMED',
      date: '2026-01-23',
      endDate: '2026-01-24',
      datePrecision: 'DAY',
      weapons: ['drones'],
      damaged: ['a bridge'],
    },
  },
  {
    type: 'Negotiation',
    lookup: 'negotiation',
    fields: 'kind date round dateText',
    input: { name: 'Test Talks', kind: 'TALKS_ROUND', date: '2026-01-24', round: 2, dateText: 'the next day' },
    stored: { kind: 'TALKS_ROUND', date: '2026-01-24', round: 2, dateText: 'the next day' },
  },
];

beforeAll(async () => {
  const res = await t.run<{ article: { text: string } }>(`{ article(id: "${ARTICLE}") { text } }`);
  quoteStart = res.data!.article.text.indexOf(QUOTE);
});

describe.each(CASES)('$type mutations', ({ type, lookup, fields, input, stored }) => {
  const id = `${P}-${lookup}`;
  const sel = `__typename id name ${fields} description mentions { quote start end source { id } }`;
  const mention = () => ({ quote: QUOTE, start: quoteStart, end: quoteStart + QUOTE.length, source: { id: ARTICLE } });

  it(`creates a ${type} with provenance and reads it back`, async () => {
    const d = await write(`mutation($input: ${type}Input!) { x: create${type}(input: $input) { ${sel} } }`, {
      input: { ...input, id, provenance: provenance() },
    });
    const expected = {
      __typename: type,
      id,
      name: input.name,
      description: null,
      ...stored,
      mentions: [mention()],
    };
    expect(d.x).toEqual(expected);
    const back = await write(`query($id: ID!) { x: ${lookup}(id: $id) { ${sel} } }`, { id });
    expect(back.x).toEqual(expected);
  });

  it(`updates only the given fields of a ${type} and adds the new provenance`, async () => {
    const d = await write(
      `mutation($id: ID!, $patch: ${type}Patch!) { x: update${type}(id: $id, patch: $patch) { ${sel} } }`,
      {
        id,
        patch: { name: `Renamed ${type}`, description: 'Now described.', provenance: provenance('Officials in Kyiv') },
      },
    );
    expect(d.x).toMatchObject({ ...stored, id, name: `Renamed ${type}`, description: 'Now described.' });
    // Mentions come in article order: "Officials in Kyiv" (offset 457) precedes QUOTE (637).
    expect((d.x as { mentions: { quote: string }[] }).mentions.map((m) => m.quote)).toEqual([
      'Officials in Kyiv',
      QUOTE,
    ]);
  });

  it(`upserts an existing ${type} by replacing its fields but keeping earlier provenance`, async () => {
    const { name, kind } = input;
    const d = await write(`mutation($input: ${type}Input!) { x: upsert${type}(input: $input) { ${sel} } }`, {
      input: { id, name, ...(kind ? { kind } : {}), provenance: provenance() },
    });
    const x = d.x as Record<string, unknown> & { mentions: unknown[] };
    expect(x).toMatchObject({ id, name, description: null });
    // The same provenance given again is stored once: the create's and the update's remain.
    expect(x.mentions).toHaveLength(2);
    if ('aliases' in stored) expect(x.aliases).toEqual([]);
    if ('date' in stored) expect(x.date).toBeNull();
  });

  it(`upserts a new ${type} when the id is free`, async () => {
    const fresh = `${id}-upserted`;
    const d = await write(`mutation($input: ${type}Input!) { x: upsert${type}(input: $input) { ${sel} } }`, {
      input: { ...input, id: fresh, provenance: provenance() },
    });
    expect(d.x).toEqual({
      __typename: type,
      id: fresh,
      name: input.name,
      description: null,
      ...stored,
      mentions: [mention()],
    });
  });

  it(`deletes a ${type} and then no longer finds it`, async () => {
    const d = await write(`mutation($id: ID!) { delete${type}(id: $id) { id relationshipsDeleted } }`, { id });
    expect(d).toEqual({ [`delete${type}`]: { id, relationshipsDeleted: 0 } });
    expect(await write(`query($id: ID!) { x: ${lookup}(id: $id) { id } }`, { id })).toEqual({ x: null });
  });

  it(`answers NOT_FOUND when updating or deleting an unknown ${type}`, async () => {
    const upd = await t.run(
      `mutation($patch: ${type}Patch!) { update${type}(id: "${P}-missing", patch: $patch) { id } }`,
      { patch: { description: 'x', provenance: provenance() } },
      { token: TOKEN },
    );
    expect(upd.errors).toMatchObject([
      { path: [`update${type}`], extensions: { code: 'NOT_FOUND', id: `${P}-missing` } },
    ]);
    const del = await t.run(`mutation { delete${type}(id: "${id}") { id } }`, undefined, { token: TOKEN });
    expect(del.errors).toMatchObject([{ path: [`delete${type}`], extensions: { code: 'NOT_FOUND' } }]);
  });
});

describe('writes that touch the seeded graph', () => {
  it('derives the id from the name when none is given', async () => {
    const d = await write('mutation($input: PersonInput!) { createPerson(input: $input) { id name } }', {
      input: { name: `${P} Derived Näme`, provenance: provenance() },
    });
    expect(d).toEqual({ createPerson: { id: `${P}-derived-name`, name: `${P} Derived Näme` } });
  });

  it('makes a new entity searchable and listable at once', async () => {
    await write('mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }', {
      input: { id: `${P}-quokka`, name: 'Quokka Relief Agency', kind: 'OTHER', provenance: provenance() },
    });
    const d = await write(`{ search(text: "Quokka Relief") { entity { id } }
      organizations(where: { nameContains: "quokka" }) { totalCount } }`);
    expect(d).toEqual({ search: [{ entity: { id: `${P}-quokka` } }], organizations: { totalCount: 1 } });
  });

  it('counts the relationships removed with a deleted node and leaves the other end intact', async () => {
    const person = `${P}-deputy`;
    await write('mutation($input: PersonInput!) { createPerson(input: $input) { id } }', {
      input: { id: person, name: 'Deputy', provenance: provenance() },
    });
    await write('mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }', {
      input: {
        from: person,
        type: 'HOLDS_ROLE',
        to: 'kyiv',
        properties: { title: 'Deputy' },
        provenance: provenance(),
      },
    });
    const before = await write<{ place: { officials: unknown[] } }>(
      '{ place(id: "kyiv") { officials { person { id } } } }',
    );
    expect(before.place.officials).toHaveLength(2);
    expect(await write(`mutation { deletePerson(id: "${person}") { id relationshipsDeleted } }`)).toEqual({
      deletePerson: { id: person, relationshipsDeleted: 1 },
    });
    expect(await write('{ place(id: "kyiv") { id officials { person { id } } } }')).toEqual({
      place: { id: 'kyiv', officials: [{ person: { id: 'vitali-klitschko' } }] },
    });
  });
});
