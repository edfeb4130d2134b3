import { beforeAll, describe, expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// Full-text search: typos, missing diacritics, type filters, ranking and junk input.

const P = testPrefix('api-search');
const t = useTestServer({ cleanupPrefix: P });

interface Hit {
  score: number;
  entity: { __typename: string; id: string };
}

async function search(text: string, extra = ''): Promise<Hit[]> {
  const res = await t.run<{ search: Hit[] }>(
    `query($text: String!) { search(text: $text${extra}) { score entity { __typename id } } }`,
    { text },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}

const ids = (hits: Hit[]) => hits.map((h) => h.entity.id);

beforeAll(async () => {
  // The article names no one with diacritics; this person is spelled with them.
  await t.db.write({
    cypher: `CREATE (:Node:Entity:Person {id: $id, name: 'Zoryana Škoďáková', aliasesText: '', description: 'Fixture.'})`,
    params: { id: `${P}-zoryana` },
  });
});

describe('search tolerance', () => {
  it.each([
    ['Klitchko', 'vitali-klitschko'],
    ['klitschko', 'vitali-klitschko'],
    ['Zelenskiy', 'volodymyr-zelenskyy'],
    ['Zelenskyj', 'volodymyr-zelenskyy'],
    ['Zelensky', 'volodymyr-zelenskyy'],
    ['Kiev', 'kyiv'],
    ['Kharkov', 'kharkiv'],
    ['Peskow', 'dmitry-peskov'],
    ['Witkof', 'steve-witkoff'],
    ['Dnipropetrovs', 'dnipropetrovsk-oblast'],
  ])('finds "%s" with %s as the best hit', async (text, id) => {
    const hits = await search(text);
    expect(hits[0]?.entity.id).toBe(id);
  });

  it('finds a name spelled with diacritics when they are left out, and the reverse', async () => {
    const plain = await search('Zoryana Skodakova');
    expect(plain[0]?.entity).toEqual({ __typename: 'Person', id: `${P}-zoryana` });
    const accented = await search('Kyïv');
    expect(accented[0]?.entity).toEqual({ __typename: 'Place', id: 'kyiv' });
    const upper = await search('ŠKODÁKOVÁ');
    expect(upper[0]?.entity.id).toBe(`${P}-zoryana`);
  });
});

describe('search ranking', () => {
  it.each([
    ['Kyiv', 'kyiv'],
    ['Kharkiv', 'kharkiv'],
    ['Ukraine', 'ukraine'],
    ['Abu Dhabi talks', 'abu-dhabi-talks-2026'],
    ['Anchorage formula', 'anchorage-formula'],
    ['Vladimir Putin', 'vladimir-putin'],
    ['State Emergency Service', 'state-emergency-service-of-ukraine'],
  ])('ranks the entity named "%s" first', async (text, id) => {
    const hits = await search(text);
    expect(ids(hits)[0]).toBe(id);
  });

  it('returns hits best first, each with a positive score and an entity', async () => {
    const hits = await search('Kharkiv', ', first: 10');
    expect(hits.length).toBeGreaterThan(3);
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ids(hits)).toEqual(expect.arrayContaining(['kharkiv', 'kharkiv-oblast', 'attack-kharkiv-2026-01-23']));
  });

  it('honours first', async () => {
    const all = await search('Kharkiv', ', first: 10');
    expect(await search('Kharkiv', ', first: 2')).toEqual(all.slice(0, 2));
    expect(await search('Kharkiv', ', first: 0')).toEqual([]);
  });
});

describe('search type filter', () => {
  it('keeps only the requested entity types', async () => {
    const events = await search('Kharkiv', ', types: [EVENT]');
    expect(ids(events)).toEqual(
      expect.arrayContaining([
        'attack-kharkiv-2026-01-23',
        'emergency-response-kharkiv-2026-01-23',
        'village-capture-northeast-of-kharkiv',
      ]),
    );
    expect(new Set(events.map((h) => h.entity.__typename))).toEqual(new Set(['Event']));
  });

  it('accepts several types', async () => {
    const hits = await search('Russia', ', types: [ORGANIZATION, NEGOTIATION], first: 20');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(['Organization', 'Negotiation']).toContain(h.entity.__typename);
    expect(ids(hits)).toEqual(expect.arrayContaining(['russian-delegation', 'russian-foreign-ministry']));
  });

  it('finds proposals by their wording', async () => {
    const hits = await search('territorial concessions', ', types: [PROPOSAL]');
    expect(hits[0]?.entity).toEqual({ __typename: 'Proposal', id: 'territorial-concessions-demand' });
  });
});

describe('search with junk input', () => {
  it.each(['', '   ', '!!! ??? ---', '()[]{}:^~*"\\'])('returns no hits for %j', async (text) => {
    expect(await search(text)).toEqual([]);
  });

  it('returns no hits for words the graph does not contain', async () => {
    expect(await search('xylophonequartz')).toEqual([]);
  });

  it('treats Lucene syntax as plain words instead of failing', async () => {
    const hits = await search('name:Kyiv AND (Kharkiv OR "Donbas") -Russia~ ^2', ', first: 50');
    expect(ids(hits)).toEqual(expect.arrayContaining(['kyiv', 'kharkiv', 'donbas']));
  });

  it('refuses text longer than 200 characters with BAD_USER_INPUT naming `text`', async () => {
    const res = await t.run('query($text: String!) { search(text: $text) { score } }', { text: 'a'.repeat(201) });
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['search'],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'text' }),
      }),
    ]);
  });
});
