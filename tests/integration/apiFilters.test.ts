import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

// The `where` filters of each connection, against the seeded article.

const t = useTestServer();

/** Ids of a connection under a filter, in the connection's default order; totalCount must agree. */
async function idsOf(list: string, where: string, orderBy = ''): Promise<string[]> {
  const res = await t.run<Record<string, { totalCount: number; edges: { node: { id: string } }[] }>>(
    `{ ${list}(first: 100, where: ${where}${orderBy ? `, orderBy: ${orderBy}` : ''}) { totalCount edges { node { id } } } }`,
  );
  expect(res.errors).toBeUndefined();
  const c = res.data![list]!;
  expect(c.totalCount).toBe(c.edges.length);
  return c.edges.map((e) => e.node.id);
}

const KHARKIV_OBLAST_EVENTS = [
  'attack-kharkiv-2026-01-23',
  'emergency-response-kharkiv-2026-01-23',
  'rescue-industrialnyi-2026-01-23',
  'russian-air-attacks-2026-01-23',
  'village-capture-northeast-of-kharkiv',
];

describe('events where', () => {
  it.each<[string, string, string[]]>([
    [
      'kind',
      '{ kind: [RESCUE, EMERGENCY_RESPONSE] }',
      ['emergency-response-kharkiv-2026-01-23', 'rescue-industrialnyi-2026-01-23'],
    ],
    ['status', '{ status: CLAIMED }', ['village-capture-northeast-of-kharkiv']],
    [
      'place, including the city, its district and the village inside the oblast',
      '{ place: "kharkiv-oblast" }',
      KHARKIV_OBLAST_EVENTS,
    ],
    [
      'place, for a district alone',
      '{ place: "industrialnyi-district" }',
      ['attack-kharkiv-2026-01-23', 'rescue-industrialnyi-2026-01-23'],
    ],
    [
      'place, for a country, reaching down every level',
      '{ place: "ukraine", kind: [WAR, STRIKES] }',
      ['russia-ukraine-war', 'strikes-dnipropetrovsk'],
    ],
    [
      'participant, as the one who carried it out or took part',
      '{ participant: "russia" }',
      [
        'russia-ukraine-war',
        'attack-kharkiv-2026-01-23',
        'attack-kyiv-2026-01-23',
        'russian-air-attacks-2026-01-23',
        'village-capture-northeast-of-kharkiv',
      ],
    ],
    [
      'participant, as a responder',
      '{ participant: "state-emergency-service-of-ukraine" }',
      ['attack-kharkiv-2026-01-23', 'emergency-response-kharkiv-2026-01-23'],
    ],
    [
      'participant, an organization that carried it out',
      '{ participant: "world-economic-forum" }',
      ['world-economic-forum-davos-2026'],
    ],
    [
      'dateFrom, keeping what was still under way (the forum week) and leaving undated events out',
      '{ dateFrom: "2026-01-20" }',
      [
        'world-economic-forum-davos-2026',
        'attack-kharkiv-2026-01-23',
        'attack-kyiv-2026-01-23',
        'emergency-response-kharkiv-2026-01-23',
        'rescue-industrialnyi-2026-01-23',
        'russian-air-attacks-2026-01-23',
      ],
    ],
    [
      'dateTo (an event counts from its start)',
      '{ dateTo: "2026-01-22" }',
      ['russia-ukraine-war', 'world-economic-forum-davos-2026'],
    ],
    [
      'a date range holding a multi-day event whole',
      '{ dateFrom: "2026-01-19", dateTo: "2026-01-23", kind: [FORUM] }',
      ['world-economic-forum-davos-2026'],
    ],
    [
      'a date range overlapping part of an event’s week',
      '{ dateFrom: "2026-01-20", dateTo: "2026-01-21" }',
      ['world-economic-forum-davos-2026'],
    ],
    [
      'nameContains, case-insensitive, against names and aliases',
      '{ nameContains: "RUSSO-UKRAINIAN" }',
      ['russia-ukraine-war'],
    ],
    [
      'several filters at once',
      '{ place: "kharkiv-oblast", kind: [AIR_ATTACK], participant: "russia", dateFrom: "2026-01-23", dateTo: "2026-01-23" }',
      ['attack-kharkiv-2026-01-23', 'russian-air-attacks-2026-01-23'],
    ],
    ['an unknown place', '{ place: "atlantis" }', []],
  ])('filters by %s', async (_name, where, expected) => {
    expect(await idsOf('events', where)).toEqual(expected);
  });

  it('applies the same place filter as Place.events(includeContained: true)', async () => {
    const res = await t.run<{ place: { events: { id: string }[] } }>(
      '{ place(id: "kharkiv-oblast") { events(includeContained: true) { id } } }',
    );
    expect(res.data?.place.events.map((e) => e.id)).toEqual(KHARKIV_OBLAST_EVENTS);
  });
});

describe('places, organizations and people where', () => {
  it.each<[string, string, string, string[]]>([
    [
      'places within a region, at any depth',
      'places',
      '{ within: "kharkiv-oblast" }',
      ['industrialnyi-district', 'kharkiv', 'village-northeast-of-kharkiv'],
    ],
    ['places within a country, of one kind', 'places', '{ within: "ukraine", kind: [CITY] }', ['kharkiv', 'kyiv']],
    [
      'places of several kinds',
      'places',
      '{ kind: [DISTRICT, VILLAGE] }',
      ['industrialnyi-district', 'village-northeast-of-kharkiv'],
    ],
    ['places by an alias', 'places', '{ nameContains: "kiev" }', ['kyiv']],
    [
      'organizations of one kind',
      'organizations',
      '{ kind: [DELEGATION] }',
      ['russian-delegation', 'ukrainian-delegation', 'us-delegation'],
    ],
    [
      'organizations of several kinds',
      'organizations',
      '{ kind: [MINISTRY, INTERNATIONAL_FORUM] }',
      ['russian-foreign-ministry', 'world-economic-forum'],
    ],
    [
      'organizations located in a place or a place inside it',
      'organizations',
      '{ locatedIn: "ukraine" }',
      ['kyiv-officials', 'state-emergency-service-of-ukraine', 'ukrainian-authorities', 'ukrainian-delegation'],
    ],
    ['organizations located in a city', 'organizations', '{ locatedIn: "kyiv" }', ['kyiv-officials']],
    ['people acting for a country', 'people', '{ actsFor: "united-states" }', ['donald-trump', 'steve-witkoff']],
    ['people acting for an organization', 'people', '{ actsFor: "kremlin" }', ['dmitry-peskov']],
    ['people by an alias', 'people', '{ nameContains: "zelensky" }', ['volodymyr-zelenskyy']],
    ['people by two filters that exclude each other', 'people', '{ actsFor: "kremlin", nameContains: "putin" }', []],
  ])('filters %s', async (_name, list, where, expected) => {
    expect(await idsOf(list, where)).toEqual(expected);
  });
});

describe('negotiations where', () => {
  it.each<[string, string, string[]]>([
    ['a party', '{ participant: "russia" }', ['abu-dhabi-talks-2026']],
    [
      'a delegation that took part',
      '{ participant: "russian-delegation" }',
      ['abu-dhabi-talks-2026', 'abu-dhabi-talks-2026-day-2'],
    ],
    [
      'a person who took part',
      '{ participant: "vladimir-putin" }',
      ['trump-putin-talks-2025', 'davos-shuttle-diplomacy'],
    ],
    [
      'a place, including the city inside a country and a round without a venue of its own',
      '{ place: "united-arab-emirates" }',
      ['abu-dhabi-talks-2026', 'abu-dhabi-talks-2026-day-2', 'abu-dhabi-talks-2026-round-1'],
    ],
    ['kind', '{ kind: [PEACE_TALKS, TALKS_ROUND] }', ['abu-dhabi-talks-2026', 'abu-dhabi-talks-2026-round-1']],
    ['a date range', '{ dateFrom: "2026-01-01", dateTo: "2026-01-20" }', ['davos-shuttle-diplomacy']],
    [
      'a name',
      '{ nameContains: "abu dhabi" }',
      ['abu-dhabi-talks-2026', 'abu-dhabi-talks-2026-day-2', 'abu-dhabi-talks-2026-round-1'],
    ],
  ])('filters by %s', async (_name, where, expected) => {
    expect(await idsOf('negotiations', where)).toEqual(expected);
  });

  it('orders filtered results as asked', async () => {
    expect(await idsOf('negotiations', '{ nameContains: "abu dhabi" }', 'NAME_DESC')).toEqual([
      'abu-dhabi-talks-2026-round-1',
      'abu-dhabi-talks-2026-day-2',
      'abu-dhabi-talks-2026',
    ]);
  });
});
