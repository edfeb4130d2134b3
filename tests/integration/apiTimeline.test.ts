import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

// The timeline: events and negotiations together, in date order, with its filters.

const t = useTestServer();

interface Item {
  __typename: 'Event' | 'Negotiation';
  id: string;
  date: string | null;
}

async function timeline(args = ''): Promise<Item[]> {
  const res = await t.run<{ timeline: Item[] }>(
    `{ timeline${args ? `(${args})` : ''} { __typename ... on Event { id date } ... on Negotiation { id date } } }`,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.timeline;
}

const ids = (items: Item[]) => items.map((i) => i.id);

describe('timeline', () => {
  it('lists events and negotiations together in date order, undated last', async () => {
    const items = await timeline();
    expect(items.map((i) => [i.__typename, i.id, i.date])).toEqual([
      ['Event', 'russia-ukraine-war', '2022-02-24'],
      ['Negotiation', 'trump-putin-talks-2025', '2025-01-01'],
      ['Negotiation', 'davos-shuttle-diplomacy', '2026-01-19'],
      ['Event', 'world-economic-forum-davos-2026', '2026-01-19'],
      ['Negotiation', 'abu-dhabi-talks-2026', '2026-01-22'],
      ['Negotiation', 'abu-dhabi-talks-2026-day-2', '2026-01-23'],
      ['Event', 'attack-kyiv-2026-01-23', '2026-01-23'],
      ['Event', 'attack-kharkiv-2026-01-23', '2026-01-23'],
      ['Event', 'emergency-response-kharkiv-2026-01-23', '2026-01-23'],
      ['Event', 'rescue-industrialnyi-2026-01-23', '2026-01-23'],
      ['Event', 'russian-air-attacks-2026-01-23', '2026-01-23'],
      ['Event', 'village-capture-northeast-of-kharkiv', null],
      ['Event', 'strikes-dnipropetrovsk', null],
      ['Negotiation', 'abu-dhabi-talks-2026-round-1', null],
    ]);
  });

  it('cuts the list at first', async () => {
    const all = await timeline();
    expect(await timeline('first: 3')).toEqual(all.slice(0, 3));
    expect(await timeline('first: 0')).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    [
      'a place and the places inside it',
      'where: { place: "kharkiv-oblast" }',
      [
        'attack-kharkiv-2026-01-23',
        'emergency-response-kharkiv-2026-01-23',
        'rescue-industrialnyi-2026-01-23',
        'russian-air-attacks-2026-01-23',
        'village-capture-northeast-of-kharkiv',
      ],
    ],
    [
      'a country where talks were held in a city, their round without a venue included',
      'where: { place: "united-arab-emirates" }',
      ['abu-dhabi-talks-2026', 'abu-dhabi-talks-2026-day-2', 'abu-dhabi-talks-2026-round-1'],
    ],
    [
      'a person who took part',
      'where: { participant: "vladimir-putin" }',
      ['trump-putin-talks-2025', 'davos-shuttle-diplomacy'],
    ],
    [
      'a country, however it was involved',
      'where: { participant: "russia" }',
      [
        'russia-ukraine-war',
        'abu-dhabi-talks-2026',
        'attack-kyiv-2026-01-23',
        'attack-kharkiv-2026-01-23',
        'russian-air-attacks-2026-01-23',
        'village-capture-northeast-of-kharkiv',
      ],
    ],
    [
      'event kind, keeping negotiations',
      'where: { eventKind: [FORUM] }',
      [
        'trump-putin-talks-2025',
        'davos-shuttle-diplomacy',
        'world-economic-forum-davos-2026',
        'abu-dhabi-talks-2026',
        'abu-dhabi-talks-2026-day-2',
        'abu-dhabi-talks-2026-round-1',
      ],
    ],
    [
      'event kind without negotiations',
      'where: { eventKind: [AIR_ATTACK], includeNegotiations: false }',
      ['attack-kyiv-2026-01-23', 'attack-kharkiv-2026-01-23', 'russian-air-attacks-2026-01-23'],
    ],
    [
      'negotiation kind without events',
      'where: { negotiationKind: [SUMMIT, SHUTTLE_DIPLOMACY], includeEvents: false }',
      ['trump-putin-talks-2025', 'davos-shuttle-diplomacy'],
    ],
    [
      'negotiations only',
      'where: { includeEvents: false }',
      [
        'trump-putin-talks-2025',
        'davos-shuttle-diplomacy',
        'abu-dhabi-talks-2026',
        'abu-dhabi-talks-2026-day-2',
        'abu-dhabi-talks-2026-round-1',
      ],
    ],
    ['nothing at all', 'where: { includeEvents: false, includeNegotiations: false }', []],
    [
      'a date range (an item counts when its days overlap the range)',
      'where: { dateFrom: "2026-01-19", dateTo: "2026-01-22" }',
      ['davos-shuttle-diplomacy', 'world-economic-forum-davos-2026', 'abu-dhabi-talks-2026'],
    ],
    [
      'a single day, keeping what was under way that day',
      'where: { dateFrom: "2026-01-23", dateTo: "2026-01-23", includeEvents: false }',
      ['davos-shuttle-diplomacy', 'abu-dhabi-talks-2026', 'abu-dhabi-talks-2026-day-2'],
    ],
    ['an unknown participant', 'where: { participant: "atlantis" }', []],
  ])('filters by %s', async (_name, args, expected) => {
    expect(ids(await timeline(args))).toEqual(expected);
  });

  it('refuses first beyond the page-size cap', async () => {
    const res = await t.run('{ timeline(first: 1000) { __typename } }');
    expect(res.data).toBeNull();
    expect(res.errors).toMatchObject([
      { path: ['timeline'], extensions: { code: 'BAD_USER_INPUT', field: 'first', limit: 'MAX_PAGE_SIZE' } },
    ]);
  });
});
