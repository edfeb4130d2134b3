import { describe, expect, it } from 'vitest';
import { cleanup, testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// Entity writes that are refused: BAD_USER_INPUT naming the offending field, and
// nothing written.

const P = testPrefix('api-val');
const TOKEN = 'x'.repeat(32);
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const provenance = { sourceId: ARTICLE, quote: 'Kyiv Mayor Vitali Klitschko' };

const t = useTestServer({ env: { AUTH_TOKEN: TOKEN }, cleanupPrefix: P });

async function refusal(mutation: string, variables: Record<string, unknown>) {
  const res = await t.run(mutation, variables, { token: TOKEN });
  expect(res.data ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  return res.errors![0] as { message: string; path?: string[]; extensions: Record<string, unknown> };
}

async function nodeCount(): Promise<number> {
  const rows = await t.db.read({
    cypher: 'MATCH (n:Node) WHERE n.id STARTS WITH $p RETURN count(n) AS n',
    params: { p: P },
  });
  return rows[0]!.n as number;
}

const CREATE = {
  Person: 'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
  Place: 'mutation($input: PlaceInput!) { createPlace(input: $input) { id } }',
  Event: 'mutation($input: EventInput!) { createEvent(input: $input) { id } }',
  Negotiation: 'mutation($input: NegotiationInput!) { createNegotiation(input: $input) { id } }',
};

describe('create and upsert validation', () => {
  it.each<[string, keyof typeof CREATE, Record<string, unknown>, string]>([
    ['an empty name', 'Person', { id: `${P}-a`, name: '' }, 'input.name'],
    ['a blank name', 'Person', { id: `${P}-a`, name: '   ' }, 'input.name'],
    ['a name that yields no id', 'Person', { name: '!!!' }, 'input.id'],
    ['an id that is not a slug', 'Person', { id: 'Not A Slug', name: 'X' }, 'input.id'],
    ['an id with a colon', 'Person', { id: `${P}:x`, name: 'X' }, 'input.id'],
    ['a taken id', 'Person', { id: 'vitali-klitschko', name: 'Impostor' }, 'input.id'],
    ['a taken id derived from the name', 'Person', { name: 'Vitali Klitschko' }, 'input.id'],
    ['an id taken by another type', 'Person', { id: 'kyiv', name: 'Kyiv person' }, 'input.id'],
    ['a malformed Wikidata id', 'Person', { id: `${P}-a`, name: 'X', wikidataId: 'wd:42' }, 'input.wikidataId'],
    ['an empty alias', 'Person', { id: `${P}-a`, name: 'X', aliases: ['ok', ''] }, 'input.aliases[1]'],
    [
      'an over-long description',
      'Person',
      { id: `${P}-a`, name: 'X', description: 'd'.repeat(2001) },
      'input.description',
    ],
    ['a bad ISO code', 'Place', { id: `${P}-a`, name: 'X', kind: 'CITY', iso3166: 'ukraine' }, 'input.iso3166'],
    ['a latitude off the globe', 'Place', { id: `${P}-a`, name: 'X', kind: 'CITY', latitude: 91 }, 'input.latitude'],
    [
      'a longitude off the globe',
      'Place',
      { id: `${P}-a`, name: 'X', kind: 'CITY', longitude: -181 },
      'input.longitude',
    ],
    [
      'an end date before the start',
      'Event',
      { id: `${P}-a`, name: 'X', kind: 'OTHER', date: '2026-01-23', endDate: '2026-01-22' },
      'input.endDate',
    ],
    ['a round of zero', 'Negotiation', { id: `${P}-a`, name: 'X', kind: 'OTHER', round: 0 }, 'input.round'],
  ])('refuses %s, naming the field', async (_name, type, fields, field) => {
    const e = await refusal(CREATE[type], { input: { ...fields, provenance } });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(e.path).toEqual([`create${type}`]);
    expect(await nodeCount()).toBe(0);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown source article', { sourceId: 'no-such-article', quote: 'Kyiv' }, 'input.provenance.sourceId'],
    ['a node that is not an article', { sourceId: 'kyiv', quote: 'Kyiv' }, 'input.provenance.sourceId'],
    [
      'a quote the article does not contain',
      { sourceId: ARTICLE, quote: 'Mayor of Atlantis' },
      'input.provenance.quote',
    ],
    ['an empty quote', { sourceId: ARTICLE, quote: '' }, 'input.provenance.quote'],
    ['a quote at the wrong offset', { sourceId: ARTICLE, quote: 'Kyiv', start: 0 }, 'input.provenance.start'],
  ])('refuses provenance with %s', async (_name, prov, field) => {
    const e = await refusal(CREATE.Person, { input: { id: `${P}-b`, name: 'X', provenance: prov } });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await nodeCount()).toBe(0);
  });

  it('accepts a quote at its real offset when it occurs more than once', async () => {
    const text = (await t.run<{ article: { text: string } }>(`{ article(id: "${ARTICLE}") { text } }`)).data!.article
      .text;
    const second = text.indexOf('Kharkiv', text.indexOf('Kharkiv') + 1);
    const res = await t.run<{ createPerson: { mentions: unknown[] } }>(
      'mutation($input: PersonInput!) { createPerson(input: $input) { mentions { quote start end } } }',
      {
        input: {
          id: `${P}-offset`,
          name: 'Offset',
          provenance: { sourceId: ARTICLE, quote: 'Kharkiv', start: second },
        },
      },
      { token: TOKEN },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createPerson.mentions).toEqual([{ quote: 'Kharkiv', start: second, end: second + 7 }]);
    await cleanup(t.db, P);
  });

  it('refuses to upsert over an id of another type', async () => {
    const e = await refusal('mutation($input: PlaceInput!) { upsertPlace(input: $input) { id } }', {
      input: { id: 'vitali-klitschko', name: 'X', kind: 'CITY', provenance },
    });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    const still = await t.run('{ node(id: "vitali-klitschko") { __typename } }');
    expect(still.data).toEqual({ node: { __typename: 'Person' } });
  });

  it('refuses a date that is not a calendar date before running anything', async () => {
    const e = await refusal(CREATE.Event, {
      input: { id: `${P}-c`, name: 'X', kind: 'OTHER', date: '2026-02-30', provenance },
    });
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/\$input/);
    expect(await nodeCount()).toBe(0);
  });
});

describe('update validation', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a null name', { name: null }, 'patch.name'],
    ['an empty name', { name: '' }, 'patch.name'],
    [
      'a quote not in the article',
      { provenance: { sourceId: ARTICLE, quote: 'nowhere to be found' } },
      'patch.provenance.quote',
    ],
  ])('refuses %s and leaves the person unchanged', async (_name, patch, field) => {
    const e = await refusal('mutation($patch: PersonPatch!) { updatePerson(id: "kira-rudik", patch: $patch) { id } }', {
      patch: { provenance, ...patch },
    });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const res = await t.run('{ person(id: "kira-rudik") { name mentions { quote } } }');
    expect(res.data).toEqual({
      person: { name: 'Kira Rudik', mentions: [{ quote: 'Ukrainian opposition lawmaker, Kira Rudik' }] },
    });
  });

  it('refuses to update a node through the mutation of another type with NOT_FOUND', async () => {
    const e = await refusal('mutation($patch: PlacePatch!) { updatePlace(id: "kira-rudik", patch: $patch) { id } }', {
      patch: { provenance, name: 'Renamed' },
    });
    expect(e.extensions).toEqual({ code: 'NOT_FOUND', id: 'kira-rudik' });
  });
});

describe('date ranges changed one end at a time', () => {
  const UPDATE = 'mutation($id: ID!, $patch: EventPatch!) { updateEvent(id: $id, patch: $patch) { id date endDate } }';

  it('refuses an endDate before the stored date, naming patch.endDate, and keeps the event as it was', async () => {
    const id = `${P}-dated`;
    const created = await t.run(
      'mutation($input: EventInput!) { createEvent(input: $input) { id } }',
      { input: { id, name: 'Dated event', kind: 'OTHER', date: '2026-01-20', endDate: '2026-01-22', provenance } },
      { token: TOKEN },
    );
    expect(created.errors).toBeUndefined();
    const err = await refusal(UPDATE, { id, patch: { endDate: '2026-01-10', provenance } });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.endDate' });
    const rows = await t.db.read({
      cypher: 'MATCH (e:Event {id: $id}) RETURN toString(e.date) AS date, toString(e.endDate) AS endDate',
      params: { id },
    });
    expect(rows).toEqual([{ date: '2026-01-20', endDate: '2026-01-22' }]);
  });

  it('accepts a new date that stays before the stored endDate', async () => {
    const res = await t.run(UPDATE, { id: `${P}-dated`, patch: { date: '2026-01-21', provenance } }, { token: TOKEN });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ updateEvent: { id: `${P}-dated`, date: '2026-01-21', endDate: '2026-01-22' } });
  });
});
