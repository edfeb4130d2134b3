import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import { useTestServer } from '../helpers/testServer.js';

// The by-id lookups and the plain list fields of Query, read from the seeded article.

const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';

const t = useTestServer();

describe('node(id)', () => {
  it.each([
    ['vitali-klitschko', 'Person'],
    ['kharkiv-oblast', 'Place'],
    ['kremlin', 'Organization'],
    ['attack-kyiv-2026-01-23', 'Event'],
    ['abu-dhabi-talks-2026', 'Negotiation'],
    ['anchorage-formula', 'Proposal'],
    ['statement-klitschko-wounded', 'Statement'],
    ['figure-kyiv-wounded-four', 'Figure'],
    [ARTICLE, 'Article'],
  ])('resolves %s to its concrete type %s', async (id, typename) => {
    const d = await t.data('query($id: ID!) { node(id: $id) { __typename id } }', { id });
    expect(d).toEqual({ node: { __typename: typename, id } });
  });

  it('returns null for an unknown id, and for a relationship id, which is not a node', async () => {
    const d = await t.data('{ a: node(id: "no-such-node") { id } b: node(id: "kyiv:PART_OF:ukraine") { id } }');
    expect(d).toEqual({ a: null, b: null });
  });
});

describe('typed lookups', () => {
  it('returns null when the id belongs to another type', async () => {
    const d = await t.data(`{
      person(id: "kyiv") { id } place(id: "vitali-klitschko") { id } organization(id: "russia") { id }
      event(id: "abu-dhabi-talks-2026") { id } negotiation(id: "russia-ukraine-war") { id }
      proposal(id: "statement-klitschko-wounded") { id } statement(id: "anchorage-formula") { id }
      figure(id: "kyiv") { id } article(id: "micah-jonah") { id }
    }`);
    expect(Object.values(d)).toEqual(Array(9).fill(null));
  });

  it('reads a person with aliases and Wikidata id', async () => {
    const d = await t.data('{ person(id: "volodymyr-zelenskyy") { __typename id name aliases wikidataId } }');
    expect(d.person).toEqual({
      __typename: 'Person',
      id: 'volodymyr-zelenskyy',
      name: 'Volodymyr Zelenskyy',
      aliases: ['Zelensky', 'Zelenskiy', 'Volodymyr Zelensky'],
      wikidataId: 'Q3874799',
    });
  });

  it('reads a place with kind, ISO code and coordinates', async () => {
    const d = await t.data('{ place(id: "kyiv") { __typename id name aliases kind iso3166 latitude longitude } }');
    expect(d.place).toEqual({
      __typename: 'Place',
      id: 'kyiv',
      name: 'Kyiv',
      aliases: ['Kiev'],
      kind: 'CITY',
      iso3166: 'UA-30',
      latitude: 50.4501,
      longitude: 30.5234,
    });
  });

  it('reads an organization and returns empty lists and nulls where the article gives nothing', async () => {
    const d = await t.data('{ organization(id: "kremlin") { __typename id name kind aliases wikidataId } }');
    expect(d.organization).toEqual({
      __typename: 'Organization',
      id: 'kremlin',
      name: 'Kremlin',
      kind: 'EXECUTIVE_OFFICE',
      aliases: [],
      wikidataId: null,
    });
  });

  it('reads an event with dates as Date scalars, weapons and damage as lists', async () => {
    const d = await t.data(`{ event(id: "attack-kharkiv-2026-01-23") {
      __typename id kind status date endDate datePrecision dateText weapons damaged acledEventType acledSubEventType } }`);
    expect(d.event).toEqual({
      __typename: 'Event',
      id: 'attack-kharkiv-2026-01-23',
      kind: 'AIR_ATTACK',
      status: 'REPORTED',
      date: '2026-01-23',
      endDate: null,
      datePrecision: 'DAY',
      dateText: 'early hours of Friday',
      weapons: ['drones'],
      damaged: ['high rise buildings', 'commercial premises', 'a medical facility', 'a four storey building'],
      acledEventType: 'Explosions/Remote violence',
      acledSubEventType: 'Air/drone strike',
    });
  });

  it('reads a claimed event and a multi-day negotiation', async () => {
    const d = await t.data(`{
      event(id: "village-capture-northeast-of-kharkiv") { status date dateText }
      negotiation(id: "abu-dhabi-talks-2026") { __typename kind date endDate datePrecision round }
    }`);
    expect(d).toEqual({
      event: { status: 'CLAIMED', date: null, dateText: 'As negotiations continue' },
      negotiation: {
        __typename: 'Negotiation',
        kind: 'PEACE_TALKS',
        date: '2026-01-22',
        endDate: '2026-01-23',
        datePrecision: 'DAY',
        round: null,
      },
    });
  });

  it('reads a proposal with its demands', async () => {
    const d = await t.data('{ proposal(id: "anchorage-formula") { __typename id name kind demands } }');
    expect(d.proposal).toEqual({
      __typename: 'Proposal',
      id: 'anchorage-formula',
      name: 'Anchorage formula',
      kind: 'PEACE_FRAMEWORK',
      demands: [
        'Ukraine withdraws from parts of the Luhansk and Donetsk regions',
        'The withdrawal paves the way for the formal annexation of those areas',
      ],
    });
  });

  it('reads a statement with its cue verb and attribution', async () => {
    const d = await t.data(
      '{ statement(id: "statement-russia-village-capture") { __typename id text isDirectQuote cueVerb attribution speakerLabel } }',
    );
    expect(d.statement).toEqual({
      __typename: 'Statement',
      id: 'statement-russia-village-capture',
      text: 'Russia claims the capture of a village northeast of Kharkiv.',
      isDirectQuote: false,
      cueVerb: 'claiming',
      attribution: 'CLAIMED',
      speakerLabel: 'Russia',
    });
  });

  it('reads figures as typed counts with qualifiers, including one without a number', async () => {
    const d = await t.data(`{
      a: figure(id: "figure-residents-rescued") { __typename measure count qualifier group isAggregate text }
      b: figure(id: "figure-killed-at-least-one") { measure count qualifier group isAggregate }
    }`);
    expect(d).toEqual({
      a: {
        __typename: 'Figure',
        measure: 'RESCUED',
        count: null,
        qualifier: 'SEVERAL',
        group: 'RESIDENTS',
        isAggregate: false,
        text: 'several residents were rescued',
      },
      b: { measure: 'KILLED', count: 1, qualifier: 'AT_LEAST', group: 'PEOPLE', isAggregate: true },
    });
  });

  it('reads the article with its full text, byline mention and author', async () => {
    const d = await t.data<{ article: Record<string, unknown> }>(
      'query($id: ID!) { article(id: $id) { __typename id title text publishedOn publisher url authors { __typename id } mentions { quote start end } } }',
      { id: ARTICLE },
    );
    expect(d.article).toEqual({
      __typename: 'Article',
      id: ARTICLE,
      title: 'Russian air attacks strike Kyiv and Kharkiv, leaving at least one dead and nearly twenty injured',
      text: readFileSync(path.join(SEEDS_DIR, `${ARTICLE}.txt`), 'utf8'),
      publishedOn: '2026-01-24',
      publisher: null,
      url: null,
      authors: [{ __typename: 'Person', id: 'micah-jonah' }],
      mentions: [{ quote: 'By Micah Jonah | January 24, 2026', start: 0, end: 33 }],
    });
  });
});

describe('list fields', () => {
  it('lists the articles', async () => {
    expect(await t.data('{ articles { __typename id } }')).toEqual({
      articles: [{ __typename: 'Article', id: ARTICLE }],
    });
  });

  it('lists every proposal by name', async () => {
    const d = await t.data('{ proposals { __typename id kind } }');
    expect(d.proposals).toEqual([
      { __typename: 'Proposal', id: 'anchorage-formula', kind: 'PEACE_FRAMEWORK' },
      { __typename: 'Proposal', id: 'air-defence-appeal', kind: 'APPEAL' },
      { __typename: 'Proposal', id: 'territorial-concessions-demand', kind: 'DEMAND' },
      { __typename: 'Proposal', id: 'donbas-control-condition', kind: 'CONDITION' },
    ]);
  });

  it('lists statements by one speaker, ordered by text', async () => {
    const d = await t.data('{ statements(speaker: "kira-rudik") { __typename id cueVerb attribution } }');
    expect(d.statements).toEqual([
      { __typename: 'Statement', id: 'statement-rudik-air-defence', cueVerb: 'urged', attribution: 'URGED' },
      { __typename: 'Statement', id: 'statement-rudik-energy-strain', cueVerb: 'warned', attribution: 'ASSERTED' },
      { __typename: 'Statement', id: 'statement-rudik-power-system', cueVerb: 'said', attribution: 'ASSERTED' },
    ]);
  });

  it('separates claims from reported facts by attribution, and combines filters', async () => {
    const d = await t.data(`{
      claims: statements(attribution: CLAIMED) { id speaker { id } }
      russianClaims: statements(attribution: CLAIMED, speaker: "russia") { id }
      firstTwo: statements(first: 2) { id }
      all: statements { id }
    }`);
    expect(d.claims).toEqual([
      { id: 'statement-russia-village-capture', speaker: { id: 'russia' } },
      { id: 'statement-anchorage-allegedly-discussed', speaker: null },
    ]);
    expect(d.russianClaims).toEqual([{ id: 'statement-russia-village-capture' }]);
    expect(d.firstTwo).toEqual((d.all as unknown[]).slice(0, 2));
    expect(d.all).toHaveLength(18);
  });

  it('lists figures by measure and by event', async () => {
    const d = await t.data(`{
      injured: figures(measure: INJURED) { __typename id count qualifier }
      kyiv: figures(event: "attack-kyiv-2026-01-23") { id measure }
      none: figures(measure: KILLED, event: "attack-kyiv-2026-01-23") { id }
    }`);
    expect(d).toEqual({
      injured: [
        { __typename: 'Figure', id: 'figure-kharkiv-injured-at-least-fourteen', count: 14, qualifier: 'AT_LEAST' },
        { __typename: 'Figure', id: 'figure-kyiv-wounded-four', count: 4, qualifier: 'EXACTLY' },
        { __typename: 'Figure', id: 'figure-kharkiv-injured-child', count: 1, qualifier: 'EXACTLY' },
        { __typename: 'Figure', id: 'figure-injured-nearly-twenty', count: 20, qualifier: 'NEARLY' },
      ],
      kyiv: [
        { id: 'figure-kyiv-wounded-four', measure: 'INJURED' },
        { id: 'figure-kyiv-hospitalized-three', measure: 'HOSPITALIZED' },
      ],
      none: [],
    });
  });
});

describe('abstract types', () => {
  it('lists the possible types of each interface and union, as Apollo Client possibleTypes needs', async () => {
    const d = await t.data<{ __schema: { types: { name: string; possibleTypes: { name: string }[] | null }[] } }>(
      '{ __schema { types { name possibleTypes { name } } } }',
    );
    const possible = Object.fromEntries(
      d.__schema.types.filter((x) => x.possibleTypes).map((x) => [x.name, x.possibleTypes!.map((p) => p.name).sort()]),
    );
    const entities = ['Event', 'Negotiation', 'Organization', 'Person', 'Place', 'Proposal'];
    expect(possible).toEqual({
      Node: [...entities, 'Article', 'Figure', 'Statement'].sort(),
      Entity: entities,
      TimelineItem: ['Event', 'Negotiation'],
    });
  });
});
