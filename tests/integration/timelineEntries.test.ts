import { describe, expect, inject, it } from 'vitest';
import { MAX_PART_DEPTH } from '../../src/cypher/connectionCypher.js';
import { timeline, timelineFilter } from '../../src/cypher/graphCypher.js';
import type { CypherQuery } from '../../src/db/cypherQuery.js';
import type { Db } from '../../src/db/database.js';
import { toParams } from '../../src/db/toPlain.js';
import { ensureSchema } from '../../src/seed/seedGraph.js';
import type { ChangeSet } from '../../src/write/changeSet.js';
import { writeChangeSet } from '../../src/write/writer.js';
import { rawTestDriver, testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// The place-filtered timeline reads the writer's timeline entries; after every kind of
// write that can move an item in or out of a place it must list what walking down from
// the place lists (the statement it replaced, kept here as the oracle).

const P = testPrefix('tlentry');
const t = useTestServer({ cleanupPrefix: P });

const id = (s: string) => `${P}-${s}`;
const PLACES = ['country', 'region', 'city', 'city2', 'district', 'other'];

/** The down-walk the timeline ran before the entries: every item under the place, sorted. */
async function walkedDown(place: string): Promise<string[]> {
  const rows = await t.db.read({
    cypher: [
      'MATCH (p:Place {id: $place})',
      'CALL (p) {',
      '  MATCH (p)<-[:PART_OF*0..6]-(:Place)<-[:OCCURRED_IN|HELD_IN]-(held)',
      '  WITH DISTINCT held',
      '  MATCH (held) (()<-[:PART_OF]-(part:Event|Negotiation) WHERE NOT EXISTS { (part)-[:OCCURRED_IN|HELD_IN]->(:Place) })' +
        `{0,${MAX_PART_DEPTH}} (n)`,
      '  RETURN DISTINCT n',
      '}',
      'WITH n WHERE n:Event OR n:Negotiation',
      'RETURN n.id AS id ORDER BY n.sortKey',
    ].join('\n'),
    params: { place },
  });
  return rows.map((r) => r.id as string);
}

async function listed(place: string): Promise<string[]> {
  const d = await t.data<{ timeline: { id: string }[] }>(
    `{ timeline(where: { place: "${place}" }, first: 100) { ... on Event { id } ... on Negotiation { id } } }`,
  );
  return d.timeline.map((n) => n.id);
}

/** Every place's timeline equals the walk's; returns them for the step's own checks. */
async function agree(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const p of PLACES) {
    const expected = await walkedDown(id(p));
    expect(await listed(id(p)), p).toEqual(expected);
    out[p] = expected.map((i) => i.slice(P.length + 1));
  }
  return out;
}

const write = (change: Omit<ChangeSet, 'kind'>) => writeChangeSet(t.db, { kind: 'UPDATE', ...change });
const place = (s: string, kind: string) => ({
  label: 'Place' as const,
  id: id(s),
  mode: 'create' as const,
  fields: { name: `Place ${s}`, kind },
});
const event = (s: string, date: string | null) => ({
  label: 'Event' as const,
  id: id(s),
  mode: 'create' as const,
  fields: { name: `Event ${s}`, kind: 'OTHER', ...(date ? { date } : {}) },
});
const rel = (type: 'PART_OF' | 'OCCURRED_IN' | 'HELD_IN', from: string, to: string) => ({
  type,
  from: id(from),
  to: id(to),
  mode: 'create' as const,
});
const cut = (type: 'PART_OF' | 'OCCURRED_IN' | 'HELD_IN', from: string, to: string) => ({
  type,
  from: id(from),
  to: id(to),
});

describe('the place-filtered timeline, read off the timeline entries', () => {
  it('follows every write that moves an item in or out of a place', async () => {
    await write({
      nodes: [
        place('country', 'COUNTRY'),
        place('region', 'REGION'),
        place('city', 'CITY'),
        place('city2', 'CITY'),
        place('district', 'CITY'),
        place('other', 'CITY'),
      ],
      relationships: [
        rel('PART_OF', 'region', 'country'),
        rel('PART_OF', 'city', 'region'),
        rel('PART_OF', 'city2', 'region'),
        rel('PART_OF', 'district', 'city'),
      ],
    });
    // An event in a district of a city of a region; another in a second city; talks in the first.
    await write({
      nodes: [
        event('a', '2026-01-03'),
        event('b', '2026-01-01'),
        event('c', '2026-01-02'),
        { label: 'Negotiation', id: id('talks'), mode: 'create', fields: { name: 'Talks', kind: 'SUMMIT' } },
      ],
      relationships: [
        rel('OCCURRED_IN', 'a', 'district'),
        rel('OCCURRED_IN', 'b', 'city2'),
        rel('OCCURRED_IN', 'c', 'city2'),
        rel('HELD_IN', 'talks', 'city'),
      ],
    });
    let now = await agree();
    expect(now.country).toEqual(['b', 'c', 'a', 'talks']);
    expect(now.city).toEqual(['a', 'talks']);

    // Moved: out of the district, into a place outside the country.
    await write({
      deleteRelationships: [cut('OCCURRED_IN', 'a', 'district')],
      relationships: [rel('OCCURRED_IN', 'a', 'other')],
    });
    now = await agree();
    expect(now.country).toEqual(['b', 'c', 'talks']);
    expect(now.other).toEqual(['a']);

    // Redated and renamed: the order changes.
    await write({
      nodes: [{ label: 'Event', id: id('b'), mode: 'patch', fields: { date: '2026-02-01', name: 'Event b later' } }],
    });
    now = await agree();
    expect(now.region).toEqual(['c', 'b', 'talks']);

    // Parts: one without a place (and a part of it) count where the whole is; one with its own place does not.
    await write({
      nodes: [event('b-part', '2026-02-02'), event('b-part-part', null), event('b-placed', '2026-02-03')],
      relationships: [
        rel('PART_OF', 'b-part', 'b'),
        rel('PART_OF', 'b-part-part', 'b-part'),
        rel('PART_OF', 'b-placed', 'b'),
        rel('OCCURRED_IN', 'b-placed', 'other'),
      ],
    });
    now = await agree();
    expect(now.city2).toEqual(['c', 'b', 'b-part', 'b-part-part']);
    expect(now.other).toEqual(['a', 'b-placed']);

    // The whole moves: its placeless parts move with it.
    await write({
      deleteRelationships: [cut('OCCURRED_IN', 'b', 'city2')],
      relationships: [rel('OCCURRED_IN', 'b', 'district')],
    });
    now = await agree();
    expect(now.city2).toEqual(['c']);
    expect(now.city).toEqual(['b', 'b-part', 'b-part-part', 'talks']);

    // A region cut from its country and hung back.
    await write({ deleteRelationships: [cut('PART_OF', 'region', 'country')] });
    now = await agree();
    expect(now.country).toEqual([]);
    await write({ relationships: [rel('PART_OF', 'region', 'country')] });
    now = await agree();
    expect(now.country).toEqual(['c', 'b', 'b-part', 'b-part-part', 'talks']);

    // A place deleted: what lay below it leaves the places above.
    await write({ deleteNodes: [{ id: id('city') }] });
    now = await agree();
    expect(now.region).toEqual(['c']);
    expect(now.district).toEqual(['b', 'b-part', 'b-part-part']);

    // A whole deleted: its parts without a place of their own are nowhere now.
    await write({ deleteNodes: [{ id: id('b') }] });
    now = await agree();
    expect(now.district).toEqual([]);
    expect(now.other).toEqual(['a', 'b-placed']);

    // An item deleted leaves no entries behind.
    await write({ deleteNodes: [{ id: id('a') }] });
    now = await agree();
    expect(now.other).toEqual(['b-placed']);
    const [left] = await t.db.read({
      cypher: 'MATCH (e:TimelineEntry) WHERE e.item IN $gone RETURN count(e) AS n',
      params: { gone: [id('a'), id('b')] },
    });
    expect(left).toEqual({ n: 0 });
  });

  it('are built for a graph that has none, once, by ensureSchema', async () => {
    await write({
      nodes: [
        place('m-country', 'COUNTRY'),
        place('m-city', 'CITY'),
        event('m-war', '2025-01-01'),
        event('m-battle', null),
      ],
      relationships: [
        rel('PART_OF', 'm-city', 'm-country'),
        rel('OCCURRED_IN', 'm-war', 'm-city'),
        rel('PART_OF', 'm-battle', 'm-war'),
      ],
    });
    const expected = [id('m-war'), id('m-battle')];
    expect(await walkedDown(id('m-country'))).toEqual(expected);
    expect(await listed(id('m-country'))).toEqual(expected);

    await t.db.write({
      cypher: `MATCH (e:TimelineEntry) WHERE e.item STARTS WITH $P DELETE e
               WITH count(*) AS gone MATCH (h:FeedHead {id: 'feed'}) SET h.timelineEntriesBuilt = false`,
      params: { P },
    });
    expect(await listed(id('m-country'))).toEqual([]);
    await ensureSchema(t.db);
    expect(await listed(id('m-country'))).toEqual(expected);
    expect(await listed(id('m-city'))).toEqual(expected);
    const [flag] = await t.db.read({
      cypher: "MATCH (h:FeedHead {id: 'feed'}) RETURN h.timelineEntriesBuilt AS done",
      params: {},
    });
    expect(flag).toEqual({ done: true });
  });

  it('are refreshed only by writes that write an item or a placing relationship', async () => {
    await write({ nodes: [place('s-city', 'CITY'), event('s-event', '2026-05-01')] });
    const sent: string[] = [];
    const recording: Db = {
      read: (q) => t.db.read(q),
      write: (q) => t.db.write(q),
      writeAll: (qs, o) => t.db.writeAll(qs, o),
      transaction: (work, o) =>
        t.db.transaction(
          (run) =>
            work((q: CypherQuery) => {
              sent.push(q.cypher);
              return run(q);
            }),
          o,
        ),
    };
    const refreshes = async (change: Omit<ChangeSet, 'kind'>) => {
      sent.length = 0;
      await writeChangeSet(recording, { kind: 'UPDATE', ...change });
      return sent.filter((c) => c.includes('TimelineEntry')).length;
    };
    const person = { label: 'Person' as const, id: id('s-person'), mode: 'create' as const, fields: { name: 'P' } };
    expect(await refreshes({ nodes: [person] })).toBe(0);
    expect(
      await refreshes({ relationships: [{ ...rel('OCCURRED_IN', 's-event', 's-city'), mode: 'replace' as const }] }),
    ).toBe(1);
    // The same relationship again changes nothing, so nothing is refreshed.
    expect(
      await refreshes({ relationships: [{ ...rel('OCCURRED_IN', 's-event', 's-city'), mode: 'replace' as const }] }),
    ).toBe(0);
    expect(
      await refreshes({
        relationships: [{ type: 'PARTICIPATED_IN', from: id('s-person'), to: id('s-event'), mode: 'create' }],
      }),
    ).toBe(0);
    expect(await refreshes({ nodes: [{ ...event('s-event', '2026-05-02'), mode: 'patch' as const }] })).toBe(1);
    expect(await listed(id('s-city'))).toEqual([id('s-event')]);
    // A node delete refreshes from what its delete reported below the node, in one statement.
    expect(await refreshes({ deleteNodes: [{ id: id('s-city') }] })).toBe(1);
    expect(await listed(id('s-city'))).toEqual([]);
    const [left] = await t.db.read({
      cypher: 'MATCH (e:TimelineEntry) WHERE e.key STARTS WITH $prefix RETURN count(e) AS n',
      params: { prefix: `${id('s-city')}|` },
    });
    expect(left).toEqual({ n: 0 });
  });

  it('give a page in index order, stopping after first, whatever the size of the place', async () => {
    const many = Array.from({ length: 60 }, (_, i) => event(`p-${String(i).padStart(2, '0')}`, '2026-06-01'));
    await write({
      nodes: [place('p-city', 'CITY'), ...many],
      relationships: many.map((e) => ({
        type: 'OCCURRED_IN' as const,
        from: e.id,
        to: id('p-city'),
        mode: 'create' as const,
      })),
    });
    const neo = inject('neo4j');
    const driver = rawTestDriver();
    try {
      const q = timeline(timelineFilter({ place: id('p-city') }), 5);
      const res = await driver.executeQuery(`PROFILE ${q.cypher}`, toParams(q.params) as Record<string, unknown>, {
        database: neo.database,
      });
      expect(res.records.map((r) => (r.get('node') as { id: string }).id)).toEqual(many.slice(0, 5).map((e) => e.id));
      interface Op {
        operatorType: string;
        rows: number;
        children: Op[];
      }
      const ops: Op[] = [];
      const walk = (o: Op) => (ops.push(o), o.children.forEach(walk));
      walk(res.summary.profile as unknown as Op);
      const names = ops.map((o) => o.operatorType.split('@')[0]);
      expect(names).toContain('Limit');
      expect(names.filter((n) => n === 'Sort' || n === 'Top' || n === 'PartialSort')).toEqual([]);
      // The seek stops once the page is full: 5 rows read (and perhaps one more), not 60.
      const seek = ops.find((o) => o.operatorType.startsWith('NodeIndexSeekByRange'))!;
      expect(seek.rows).toBeLessThanOrEqual(6);
    } finally {
      await driver.close();
    }
  });
});
