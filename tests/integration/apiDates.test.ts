import { beforeAll, describe, expect, it } from 'vitest';
import { refreshTimelineEntries } from '../../src/cypher/timelineEntries.js';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// Dates as precise as their source, range filters that match what was under way,
// and place filters that reach parts without a place of their own.

const P = testPrefix('dates');
const t = useTestServer({ cleanupPrefix: P });

const DATED = `date endDate datePrecision dateLabel dateText dateSource { kind ref url }`;

interface Connection {
  totalCount: number;
  edges: { node: { id: string } }[];
}

/** Ids of a connection under a filter, in date order; totalCount must agree. */
async function idsOf(list: 'events' | 'negotiations', where: string): Promise<string[]> {
  const data = await t.data<Record<string, Connection>>(
    `{ ${list}(first: 100, where: ${where}) { totalCount edges { node { id } } } }`,
  );
  const c = data[list]!;
  expect(c.totalCount).toBe(c.edges.length);
  return c.edges.map((e) => e.node.id);
}

async function timelineIds(where: string): Promise<string[]> {
  const data = await t.data<{ timeline: { id: string }[] }>(
    `{ timeline(where: ${where}) { ... on Event { id } ... on Negotiation { id } } }`,
  );
  return data.timeline.map((i) => i.id);
}

describe('dates at their precision', () => {
  it('labels a "last year" date as the year, not as its first day', async () => {
    const data = await t.data(`{ negotiation(id: "trump-putin-talks-2025") { ${DATED} } }`);
    expect(data).toEqual({
      negotiation: {
        date: '2025-01-01',
        endDate: null,
        datePrecision: 'YEAR',
        dateLabel: '2025',
        dateText: 'last year',
        dateSource: null,
      },
    });
  });

  it('labels "earlier in the week" as the week, with no end date the article does not give', async () => {
    const data = await t.data(`{ event(id: "world-economic-forum-davos-2026") { ${DATED} } }`);
    expect(data).toEqual({
      event: {
        date: '2026-01-19',
        endDate: null,
        datePrecision: 'WEEK',
        dateLabel: 'week of 19 January 2026',
        dateText: 'earlier in the week',
        dateSource: null,
      },
    });
  });

  it('labels a span of days in one month as one range', async () => {
    const data = await t.data(`{ negotiation(id: "abu-dhabi-talks-2026") { dateLabel dateSource { kind } } }`);
    expect(data).toEqual({ negotiation: { dateLabel: '22–23 January 2026', dateSource: null } });
  });

  it('cites Wikidata, not the article, for the day the war began', async () => {
    const data = await t.data(`{ event(id: "russia-ukraine-war") { ${DATED} } }`);
    expect(data).toEqual({
      event: {
        date: '2022-02-24',
        endDate: null,
        datePrecision: 'DAY',
        dateLabel: '24 February 2022',
        dateText: 'nearly four year long conflict',
        dateSource: { kind: 'WIKIDATA', ref: 'Q110999040', url: 'https://www.wikidata.org/wiki/Q110999040' },
      },
    });
  });

  it('gives every dated item a label and either the article’s wording or a cited source', async () => {
    const data = await t.data<{ timeline: Record<string, unknown>[] }>(
      `{ timeline { ... on Event { id ${DATED} } ... on Negotiation { id ${DATED} } } }`,
    );
    const dated = data.timeline.filter((i) => i.date !== null);
    expect(dated.length).toBeGreaterThan(10);
    for (const item of dated) {
      expect(item.dateLabel, String(item.id)).toEqual(expect.any(String));
      expect(item.dateText !== null || item.dateSource !== null, String(item.id)).toBe(true);
    }
    const undated = data.timeline.filter((i) => i.date === null);
    expect(undated.map((i) => [i.dateLabel, i.datePrecision])).toEqual(undated.map(() => [null, null]));
  });
});

describe('range filters match what was under way', () => {
  const DAY = '{ dateFrom: "2026-01-23", dateTo: "2026-01-23" }';

  it('keeps the forum week among the events of 23 January', async () => {
    expect(await idsOf('events', DAY)).toEqual([
      'world-economic-forum-davos-2026',
      'attack-kharkiv-2026-01-23',
      'attack-kyiv-2026-01-23',
      'emergency-response-kharkiv-2026-01-23',
      'rescue-industrialnyi-2026-01-23',
      'russian-air-attacks-2026-01-23',
    ]);
  });

  it('keeps the two-day talks and the week’s shuttle diplomacy among the negotiations of 23 January', async () => {
    expect(await idsOf('negotiations', DAY)).toEqual([
      'davos-shuttle-diplomacy',
      'abu-dhabi-talks-2026',
      'abu-dhabi-talks-2026-day-2',
    ]);
  });

  it('keeps them on the timeline of 23 January too', async () => {
    const ids = await timelineIds(DAY);
    for (const id of ['world-economic-forum-davos-2026', 'davos-shuttle-diplomacy', 'abu-dhabi-talks-2026'])
      expect(ids).toContain(id);
    expect(ids).not.toContain('trump-putin-talks-2025');
    expect(ids).not.toContain('russia-ukraine-war');
  });

  it('lets a YEAR-precise date cover its whole year and no more', async () => {
    const in2025 = '{ dateFrom: "2025-08-15", dateTo: "2025-08-15" }';
    expect(await idsOf('negotiations', in2025)).toEqual(['trump-putin-talks-2025']);
    expect(await timelineIds(in2025)).toEqual(['trump-putin-talks-2025']);
    expect(await idsOf('negotiations', '{ dateFrom: "2026-01-01", dateTo: "2026-01-18" }')).toEqual([]);
  });

  it('matches the talks of 22–23 January from a range that only touches their first day', async () => {
    expect(await idsOf('negotiations', '{ dateFrom: "2026-01-20", dateTo: "2026-01-22" }')).toEqual([
      'davos-shuttle-diplomacy',
      'abu-dhabi-talks-2026',
    ]);
  });
});

describe('place filters reach parts without a place of their own', () => {
  it('counts the first round of the Abu Dhabi talks as held in Abu Dhabi', async () => {
    const expected = ['abu-dhabi-talks-2026', 'abu-dhabi-talks-2026-day-2', 'abu-dhabi-talks-2026-round-1'];
    expect(await idsOf('negotiations', '{ place: "abu-dhabi" }')).toEqual(expected);
    expect(await idsOf('negotiations', '{ place: "united-arab-emirates" }')).toEqual(expected);
    expect(await timelineIds('{ place: "abu-dhabi" }')).toEqual(expected);
  });

  it('does not give a part placed elsewhere the place of its whole', async () => {
    // The air attacks hit Kyiv and Kharkiv; the strikes on Kyiv are placed in Kyiv only.
    expect(await idsOf('events', '{ place: "kharkiv", kind: [AIR_ATTACK] }')).toEqual([
      'attack-kharkiv-2026-01-23',
      'russian-air-attacks-2026-01-23',
    ]);
  });

  describe('for events, parts of parts included', () => {
    beforeAll(async () => {
      await t.db.write({
        cypher: `
          CREATE (region:Node:Entity:Place {id: $P + '-region', name: 'Fixture region', kind: 'REGION'})
          CREATE (town:Node:Entity:Place {id: $P + '-town', name: 'Fixture town', kind: 'CITY'})-[:PART_OF]->(region)
          CREATE (away:Node:Entity:Place {id: $P + '-away', name: 'Fixture elsewhere', kind: 'CITY'})
          CREATE (fest:Node:Entity:Event {id: $P + '-festival', name: 'Fixture festival', kind: 'OTHER',
                  date: date('2026-03-01'), datePrecision: 'MONTH', dateText: 'in March'})-[:OCCURRED_IN]->(town)
          CREATE (concert:Node:Entity:Event {id: $P + '-concert', name: 'Fixture concert', kind: 'OTHER'})
                  -[:PART_OF]->(fest)
          CREATE (encore:Node:Entity:Event {id: $P + '-encore', name: 'Fixture encore', kind: 'OTHER'})
                  -[:PART_OF]->(concert)
          CREATE (parade:Node:Entity:Event {id: $P + '-parade', name: 'Fixture parade', kind: 'OTHER'})
                  -[:PART_OF]->(fest)
          CREATE (parade)-[:OCCURRED_IN]->(away)`,
        params: { P },
      });
      // Written around the writer, so the timeline entries it would keep are built here.
      const items = ['festival', 'concert', 'encore', 'parade'].map((s) => `${P}-${s}`);
      await t.db.write(refreshTimelineEntries([], items));
    });

    it('counts a part, and a part of that part, as where the whole occurred', async () => {
      const expected = [`${P}-festival`, `${P}-concert`, `${P}-encore`];
      expect(await idsOf('events', `{ place: "${P}-region" }`)).toEqual(expected);
      expect(await timelineIds(`{ place: "${P}-region" }`)).toEqual(expected);
    });

    it('keeps a part placed elsewhere out of the whole’s place, and in its own', async () => {
      expect(await idsOf('events', `{ place: "${P}-away" }`)).toEqual([`${P}-parade`]);
    });

    it('lets a MONTH-precise date cover its month', async () => {
      const data = await t.data(`{ event(id: "${P}-festival") { dateLabel } }`);
      expect(data).toEqual({ event: { dateLabel: 'March 2026' } });
      const where = (d: string) => `{ place: "${P}-region", dateFrom: "${d}", dateTo: "${d}" }`;
      expect(await idsOf('events', where('2026-03-31'))).toEqual([`${P}-festival`]);
      expect(await idsOf('events', where('2026-04-01'))).toEqual([]);
    });
  });
});
