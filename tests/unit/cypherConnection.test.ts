import { describe, expect, it } from 'vitest';
import { connectionPage, filters } from '../../src/cypher/connectionCypher.js';

describe('connectionCypher', () => {
  it('pages by name with a keyset predicate and fetches one extra row to detect a next page', () => {
    expect(connectionPage('Person', [], { field: 'name', desc: false }, 20, null)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () { MATCH (n:Person)  RETURN count(n) AS totalCount }
      CALL () {
        MATCH (n:Person) WHERE n.nameKey IS NOT NULL
        WITH n, n.nameKey AS sortKey
        WHERE $after IS NULL OR sortKey > $after.key OR (sortKey = $after.key AND n.id > $after.id)
        WITH n, sortKey ORDER BY sortKey ASC, n.id ASC LIMIT $first
        RETURN collect({sortKey: sortKey, node: n {.*, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN n:Article THEN null ELSE n.text END}}) AS rows
      }
      RETURN totalCount, rows",
        "params": {
          "after": null,
          "first": 21,
        },
      }
    `);
  });

  it('pages by date descending with undated rows sorted last and filters combined with AND', () => {
    const q = connectionPage(
      'Event',
      [
        filters.kindIn(['AIR_ATTACK'], 'kind'),
        filters.dateFrom('2026-01-23', 'dateFrom'),
        filters.dateTo('2026-01-23', 'dateTo'),
        filters.heldIn('Event', 'OCCURRED_IN', 'kharkiv-oblast', 'place'),
      ],
      { field: 'date', desc: true },
      5,
      { key: '2026-01-23', id: 'attack-kyiv-2026-01-23' },
    );
    expect(q).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () { MATCH (within:Place {id: $place}) CALL (within) { MATCH (within)<-[:PART_OF*0..6]-(:Place)<-[:OCCURRED_IN]-(held:Event) WITH DISTINCT held MATCH (held) ((:Event)<-[:PART_OF]-(part:Event) WHERE NOT EXISTS { (part)-[:OCCURRED_IN]->(:Place) }){0,3} (n:Event) RETURN DISTINCT n } WITH n WHERE (n.kind IN $kind) AND ((n.date >= date.truncate('year', date($dateFrom)) OR n.endDate >= date.truncate('year', date($dateFrom))) AND CASE WHEN n.date IS NULL OR $dateFrom IS NULL THEN null ELSE date.truncate(toLower(coalesce(n.datePrecision, 'DAY')), coalesce(n.endDate, n.date)) >= date.truncate(toLower(coalesce(n.datePrecision, 'DAY')), date($dateFrom)) END) AND (n.date <= date($dateTo)) RETURN count(n) AS totalCount }
      CALL () {
        MATCH (within:Place {id: $place}) CALL (within) { MATCH (within)<-[:PART_OF*0..6]-(:Place)<-[:OCCURRED_IN]-(held:Event) WITH DISTINCT held MATCH (held) ((:Event)<-[:PART_OF]-(part:Event) WHERE NOT EXISTS { (part)-[:OCCURRED_IN]->(:Place) }){0,3} (n:Event) RETURN DISTINCT n } WITH n WHERE (n.kind IN $kind) AND ((n.date >= date.truncate('year', date($dateFrom)) OR n.endDate >= date.truncate('year', date($dateFrom))) AND CASE WHEN n.date IS NULL OR $dateFrom IS NULL THEN null ELSE date.truncate(toLower(coalesce(n.datePrecision, 'DAY')), coalesce(n.endDate, n.date)) >= date.truncate(toLower(coalesce(n.datePrecision, 'DAY')), date($dateFrom)) END) AND (n.date <= date($dateTo))
        WITH n, toString(coalesce(n.date, date('0001-01-01'))) AS sortKey
        WHERE $after IS NULL OR sortKey < $after.key OR (sortKey = $after.key AND n.id < $after.id)
        WITH n, sortKey ORDER BY sortKey DESC, n.id DESC LIMIT $first
        RETURN collect({sortKey: sortKey, node: n {.*, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN n:Article THEN null ELSE n.text END}}) AS rows
      }
      RETURN totalCount, rows",
        "params": {
          "after": {
            "id": "attack-kyiv-2026-01-23",
            "key": "2026-01-23",
          },
          "dateFrom": "2026-01-23",
          "dateTo": "2026-01-23",
          "first": 6,
          "kind": [
            "AIR_ATTACK",
          ],
          "place": "kharkiv-oblast",
        },
      }
    `);
  });

  it('reads name-ordered pages off the nameKey index from the cursor on', () => {
    const after = { key: 'kyiv', id: 'kyiv' };
    expect(connectionPage('Place', [], { field: 'name', desc: false }, 5, after).cypher).toContain(
      'MATCH (n:Place) WHERE n.nameKey >= $after.key\n',
    );
    expect(connectionPage('Place', [], { field: 'name', desc: true }, 5, after).cypher).toContain(
      'MATCH (n:Place) WHERE n.nameKey <= $after.key\n',
    );
    // Dates have no such index; the count never carries the range.
    const byDate = connectionPage('Event', [], { field: 'date', desc: false }, 5, null).cypher;
    expect(byDate).not.toContain('nameKey');
    expect(connectionPage('Place', [], { field: 'name', desc: false }, 5, after).cypher).toContain(
      'CALL () { MATCH (n:Place)  RETURN count(n) AS totalCount }',
    );
  });

  it('sorts undated rows last when ascending too', () => {
    const q = connectionPage('Negotiation', [], { field: 'date', desc: false }, 1, null);
    expect(q.cypher).toContain("toString(coalesce(n.date, date('9999-12-31')))");
  });

  it('builds every filter with its value as a parameter, never inlined', () => {
    expect(filters.nameContains('KyIv', 'name')).toMatchInlineSnapshot(`
      {
        "params": {
          "name": "kyiv",
        },
        "where": "toLower(n.name) CONTAINS $name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $name)",
      }
    `);
    expect(filters.kindIn(['CITY', 'DISTRICT'], 'kind')).toMatchInlineSnapshot(`
      {
        "params": {
          "kind": [
            "CITY",
            "DISTRICT",
          ],
        },
        "where": "n.kind IN $kind",
      }
    `);
    expect(filters.equals('status', 'CLAIMED', 'status')).toMatchInlineSnapshot(`
      {
        "params": {
          "status": "CLAIMED",
        },
        "where": "n.status = $status",
      }
    `);
    expect(filters.dateFrom('2026-01-19', 'dateFrom')).toMatchInlineSnapshot(`
      {
        "params": {
          "dateFrom": "2026-01-19",
        },
        "where": "(n.date >= date.truncate('year', date($dateFrom)) OR n.endDate >= date.truncate('year', date($dateFrom))) AND CASE WHEN n.date IS NULL OR $dateFrom IS NULL THEN null ELSE date.truncate(toLower(coalesce(n.datePrecision, 'DAY')), coalesce(n.endDate, n.date)) >= date.truncate(toLower(coalesce(n.datePrecision, 'DAY')), date($dateFrom)) END",
      }
    `);
    expect(filters.dateTo('2026-01-22', 'dateTo')).toMatchInlineSnapshot(`
      {
        "params": {
          "dateTo": "2026-01-22",
        },
        "where": "n.date <= date($dateTo)",
      }
    `);
    expect(filters.within('ukraine', 'within')).toMatchInlineSnapshot(`
      {
        "params": {
          "within": "ukraine",
        },
        "where": "EXISTS { MATCH (n)-[:PART_OF*1..6]->(:Place {id: $within}) }",
      }
    `);
    expect(filters.inPlace('HELD_IN', 'united-arab-emirates', 'place')).toMatchInlineSnapshot(`
      {
        "params": {
          "place": "united-arab-emirates",
        },
        "source": [Function],
        "where": "EXISTS { MATCH (n)-[:HELD_IN]->(:Place)-[:PART_OF*0..6]->(:Place {id: $place}) }",
      }
    `);
    expect(filters.heldIn('Negotiation', 'HELD_IN', 'abu-dhabi', 'place')).toMatchInlineSnapshot(`
      {
        "params": {
          "place": "abu-dhabi",
        },
        "source": [Function],
        "where": "EXISTS { MATCH (n) ((part:Negotiation)-[:PART_OF]->(:Negotiation) WHERE NOT EXISTS { (part)-[:HELD_IN]->(:Place) }){0,3} (held:Negotiation) MATCH (held)-[:HELD_IN]->(:Place)-[:PART_OF*0..6]->(:Place {id: $place}) }",
      }
    `);
    expect(
      filters.heldIn('Negotiation', 'HELD_IN', 'abu-dhabi', 'place').source?.('Negotiation'),
    ).toMatchInlineSnapshot(
      `"MATCH (within:Place {id: $place}) CALL (within) { MATCH (within)<-[:PART_OF*0..6]-(:Place)<-[:HELD_IN]-(held:Negotiation) WITH DISTINCT held MATCH (held) ((:Negotiation)<-[:PART_OF]-(part:Negotiation) WHERE NOT EXISTS { (part)-[:HELD_IN]->(:Place) }){0,3} (n:Negotiation) RETURN DISTINCT n }"`,
    );
    expect(filters.linkedTo(['PARTY_TO', 'PARTICIPATED_IN'], 'russia', 'participant')).toMatchInlineSnapshot(`
      {
        "params": {
          "participant": "russia",
        },
        "where": "EXISTS { MATCH (n)-[:PARTY_TO|PARTICIPATED_IN]-(:Node {id: $participant}) }",
      }
    `);
  });
});
