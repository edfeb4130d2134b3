import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

// The generic Entity.relationships field, the Relationship type seen from either
// end, and provenance: mentions with offsets into the article and their sentences.

const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const t = useTestServer();
let articleText: string;

beforeAll(async () => {
  articleText = (await t.data<{ article: { text: string } }>(`{ article(id: "${ARTICLE}") { text } }`)).article.text;
});

const REL = 'id type direction from { __typename id } to { __typename id } other { __typename id } properties';

describe('Entity.relationships', () => {
  it('lists outgoing relationships with both ends and the far end as `other`', async () => {
    const d = await t.data(`{ place(id: "kyiv") { relationships(direction: OUT) { __typename ${REL} } } }`);
    const kyiv = { __typename: 'Place', id: 'kyiv' };
    const ukraine = { __typename: 'Place', id: 'ukraine' };
    expect(d.place).toEqual({
      relationships: [
        {
          __typename: 'Relationship',
          id: 'kyiv:CAPITAL_OF:ukraine',
          type: 'CAPITAL_OF',
          direction: 'OUT',
          from: kyiv,
          to: ukraine,
          other: ukraine,
          properties: {},
        },
        {
          __typename: 'Relationship',
          id: 'kyiv:PART_OF:ukraine',
          type: 'PART_OF',
          direction: 'OUT',
          from: kyiv,
          to: ukraine,
          other: ukraine,
          properties: {},
        },
      ],
    });
  });

  it('lists incoming relationships of chosen types, with their own properties only', async () => {
    const d = await t.data(
      `{ place(id: "kyiv") { relationships(direction: IN, types: [LOCATED_IN, HOLDS_ROLE]) { ${REL} } } }`,
    );
    const kyiv = { __typename: 'Place', id: 'kyiv' };
    const klitschko = { __typename: 'Person', id: 'vitali-klitschko' };
    const officials = { __typename: 'Organization', id: 'kyiv-officials' };
    expect(d.place).toEqual({
      relationships: [
        {
          id: 'vitali-klitschko:HOLDS_ROLE:kyiv',
          type: 'HOLDS_ROLE',
          direction: 'IN',
          from: klitschko,
          to: kyiv,
          other: klitschko,
          properties: { title: 'Mayor of Kyiv' },
        },
        {
          id: 'kyiv-officials:LOCATED_IN:kyiv',
          type: 'LOCATED_IN',
          direction: 'IN',
          from: officials,
          to: kyiv,
          other: officials,
          properties: {},
        },
      ],
    });
  });

  it('lists both directions by default, grouped by type, and `first` cuts the same list', async () => {
    const d = await t.data<{ place: { all: { id: string; direction: string }[]; three: unknown[] } }>(`{
      place(id: "kyiv") { all: relationships { id direction } three: relationships(first: 3) { id direction } } }`);
    expect(d.place.all).toEqual([
      { id: 'kyiv:CAPITAL_OF:ukraine', direction: 'OUT' },
      { id: 'figure-killed-at-least-one:FOR_PLACE:kyiv', direction: 'IN' },
      { id: 'figure-kyiv-wounded-four:FOR_PLACE:kyiv', direction: 'IN' },
      { id: 'figure-injured-nearly-twenty:FOR_PLACE:kyiv', direction: 'IN' },
      { id: 'figure-kyiv-hospitalized-three:FOR_PLACE:kyiv', direction: 'IN' },
      { id: 'vitali-klitschko:HOLDS_ROLE:kyiv', direction: 'IN' },
      { id: 'kyiv-officials:LOCATED_IN:kyiv', direction: 'IN' },
      { id: 'attack-kyiv-2026-01-23:OCCURRED_IN:kyiv', direction: 'IN' },
      { id: 'russian-air-attacks-2026-01-23:OCCURRED_IN:kyiv', direction: 'IN' },
      { id: 'kyiv:PART_OF:ukraine', direction: 'OUT' },
    ]);
    expect(d.place.three).toEqual(d.place.all.slice(0, 3));
  });

  it('returns nothing for a type the entity has none of, and for first: 0', async () => {
    const d = await t.data(`{ person(id: "micah-jonah") {
      a: relationships(types: [HAS_POSITION]) { id } b: relationships(first: 0) { id } } }`);
    expect(d.person).toEqual({ a: [], b: [] });
  });

  it('works on every entity type, including proposals', async () => {
    const d = await t.data(
      `{ proposal(id: "air-defence-appeal") { relationships(direction: IN) { type other { id } } } }`,
    );
    expect(d.proposal).toEqual({
      relationships: [
        { type: 'ABOUT', other: { id: 'statement-rudik-air-defence' } },
        { type: 'HAS_POSITION', other: { id: 'kira-rudik' } },
      ],
    });
  });
});

describe('provenance', () => {
  it('gives a relationship its quote, offsets, source and sentence', async () => {
    const d = await t.data(`{ person(id: "vitali-klitschko") { roles { provenance {
      quote start end source { __typename id } sentence { text start end } } } } }`);
    const quote = 'Kyiv Mayor Vitali Klitschko';
    const start = articleText.indexOf(quote);
    const sentence =
      'Kyiv Mayor Vitali Klitschko confirmed that four people were wounded, with three currently receiving treatment in hospital.';
    expect(d.person).toEqual({
      roles: [
        {
          provenance: [
            {
              quote,
              start,
              end: start + quote.length,
              source: { __typename: 'Article', id: ARTICLE },
              sentence: { text: sentence, start, end: start + sentence.length },
            },
          ],
        },
      ],
    });
  });

  it('gives participations, positions and generic relationships their provenance too', async () => {
    const d = await t.data<Record<string, { quote: string }[]>>(`{
      n: negotiation(id: "davos-shuttle-diplomacy") { participants { provenance { quote } } }
      p: proposal(id: "air-defence-appeal") { positions { provenance { quote } } }
      r: event(id: "attack-kyiv-2026-01-23") { relationships(types: [PART_OF]) { provenance { quote } } }
    }`);
    expect(d).toEqual({
      n: {
        participants: [
          { provenance: [{ quote: 'shuttle diplomacy involving United States special envoy Steve Witkoff' }] },
          {
            provenance: [
              { quote: 'shuttle diplomacy involving United States special envoy Steve Witkoff, President Putin' },
            ],
          },
          {
            provenance: [
              {
                quote:
                  'shuttle diplomacy involving United States special envoy Steve Witkoff, President Putin and President Zelenskyy',
              },
            ],
          },
        ],
      },
      p: { positions: [{ provenance: [{ quote: 'urged international partners to strengthen air defence support' }] }] },
      r: { relationships: [{ provenance: [expect.objectContaining({ quote: expect.any(String) })] }] },
    });
  });

  it('points every mention of every entity at its exact quote, inside its sentence', async () => {
    type M = { quote: string; start: number; end: number; sentence: { text: string; start: number; end: number } };
    const sel = 'edges { node { id mentions { quote start end sentence { text start end } } } }';
    const mentions: M[] = [];
    for (const list of ['people', 'places', 'organizations', 'events', 'negotiations']) {
      const d = await t.data<Record<string, { edges: { node: { mentions: M[] } }[] }>>(
        `{ ${list}(first: 100) { ${sel} } }`,
      );
      mentions.push(...d[list]!.edges.flatMap((e) => e.node.mentions));
    }
    expect(mentions.length).toBeGreaterThan(50);
    for (const m of mentions) {
      expect(articleText.slice(m.start, m.end)).toBe(m.quote);
      expect(articleText.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
      expect(m.sentence.start).toBeLessThanOrEqual(m.start);
      expect(m.sentence.end).toBeGreaterThanOrEqual(m.end);
    }
  });

  it('gives statements and figures their mentions', async () => {
    const d = await t.data(`{
      statement(id: "statement-white-house-productive") { mentions { quote sentence { text } } }
      figure(id: "figure-kharkiv-injured-child") { mentions { quote } }
    }`);
    expect(d).toEqual({
      statement: {
        mentions: [
          {
            quote: 'Officials from the White House described the first round of Abu Dhabi talks as productive',
            sentence: {
              text: 'Officials from the White House described the first round of Abu Dhabi talks as productive, while Russian sources indicated that discussions were ongoing and that no party had withdrawn from the process.',
            },
          },
        ],
      },
      figure: { mentions: [{ quote: 'at least fourteen people were injured, including a child' }] },
    });
  });
});

describe('Mention ids', () => {
  it('identify a span by article and offsets', async () => {
    const res = await t.run<{ person: { mentions: { id: string; start: number; end: number }[] } }>(
      '{ person(id: "vitali-klitschko") { mentions { id start end } } }',
    );
    expect(res.errors).toBeUndefined();
    const mentions = res.data!.person.mentions;
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(m.id).toBe(`${ARTICLE}:${m.start}-${m.end}`);
  });
});
