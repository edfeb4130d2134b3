import { describe, expect, it } from 'vitest';
import { schemaStatements } from '../../src/cypher/schemaCypher.js';
import {
  ENTRY_SEPARATOR,
  TIMELINE_ENTRY_INDEXES,
  rebuildTimelineEntries,
  refreshTimelineEntries,
} from '../../src/cypher/timelineEntries.js';
import { SLUG } from '../../src/write/nodeFields.js';

describe('timeline entries', () => {
  it('are indexed by key and by item with the other schema statements', () => {
    const schema = schemaStatements().map((q) => q.cypher);
    for (const index of TIMELINE_ENTRY_INDEXES) expect(schema).toContain(index);
  });

  it('separate place and sortKey with a character no id can hold', () => {
    expect(SLUG.test(`a${ENTRY_SEPARATOR}b`)).toBe(false);
    expect(SLUG.test('a-b')).toBe(true);
  });

  it('are refreshed after a write for the items it wrote and those below where it placed', () => {
    expect(refreshTimelineEntries(['kyiv'], ['attack'])).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        UNWIND $roots AS root
        MATCH (r:Node {id: root})
        CALL (r) {
          MATCH (r) (()<-[:PART_OF]-(part:Event|Negotiation) WHERE NOT EXISTS { (part)-[:OCCURRED_IN|HELD_IN]->(:Place) }){0,3} (n)
          RETURN n.id AS item
          UNION
          WITH r WHERE r:Place
          MATCH (e:TimelineEntry) WHERE e.key STARTS WITH r.id + '|'
          RETURN e.item AS item
          UNION
          WITH r WHERE NOT r:Place
          MATCH (y:Place)-[:PART_OF*1..5]->(r)
          MATCH (e:TimelineEntry) WHERE e.key STARTS WITH y.id + '|'
          RETURN e.item AS item
        }
        RETURN collect(item) AS found
      }
      UNWIND found + $items AS id
      WITH DISTINCT id
      CALL (id) {
        MATCH (gone:TimelineEntry {item: id})
        WHERE NOT EXISTS { MATCH (:Node {id: id}) }
        DELETE gone
      }
      MATCH (n:Node {id: id}) WHERE n:Event OR n:Negotiation
      CALL (n) {
        MATCH (old:TimelineEntry {item: n.id})
        DELETE old
      }
      CALL (n) {
        MATCH (n) ((part:Event|Negotiation)-[:PART_OF]->() WHERE NOT EXISTS { (part)-[:OCCURRED_IN|HELD_IN]->(:Place) }){0,3} (held)
        MATCH (held)-[:OCCURRED_IN|HELD_IN]->(:Place)-[:PART_OF*0..6]->(p:Place)
        WITH DISTINCT n, p
        CREATE (:TimelineEntry {place: p.id, item: n.id, key: p.id + '|' + toString(coalesce(n.date, date('9999-12-31'))) + ' ' + coalesce(n.name, '')})
      }
      RETURN count(n) AS refreshed",
        "params": {
          "items": [
            "attack",
          ],
          "roots": [
            "kyiv",
          ],
        },
      }
    `);
  });

  it('are rebuilt a batch of items at a time, in id order', () => {
    expect(rebuildTimelineEntries('', 500)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Node) WHERE n.id > $after AND (n:Event OR n:Negotiation)
      WITH n ORDER BY n.id LIMIT $batch
      CALL (n) {
        MATCH (old:TimelineEntry {item: n.id})
        DELETE old
      }
      CALL (n) {
        MATCH (n) ((part:Event|Negotiation)-[:PART_OF]->() WHERE NOT EXISTS { (part)-[:OCCURRED_IN|HELD_IN]->(:Place) }){0,3} (held)
        MATCH (held)-[:OCCURRED_IN|HELD_IN]->(:Place)-[:PART_OF*0..6]->(p:Place)
        WITH DISTINCT n, p
        CREATE (:TimelineEntry {place: p.id, item: n.id, key: p.id + '|' + toString(coalesce(n.date, date('9999-12-31'))) + ' ' + coalesce(n.name, '')})
      }
      RETURN count(n) AS rebuilt, max(n.id) AS last",
        "params": {
          "after": "",
          "batch": 500,
        },
      }
    `);
  });
});
