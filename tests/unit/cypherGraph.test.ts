import { describe, expect, it } from 'vitest';
import {
  neighborhood,
  shortestPath,
  timeline,
  timelineFilter,
  type TimelineFilter,
} from '../../src/cypher/graphCypher.js';
import type { RelationshipType } from '../../src/model.js';

const noFilter = timelineFilter();

describe('graphCypher', () => {
  it('expands a neighborhood breadth-first, without the start node, capped at limit nodes', () => {
    expect(neighborhood('kyiv', 2, null, 50)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (s:Node {id: $id})
      CALL (s) {
        MATCH (s)-[*1..2]-(m) WHERE m <> s
        WITH DISTINCT m LIMIT $scan
        RETURN collect(m) AS found
      }
      WITH s, found, size(found) >= $limit AS truncated
      WITH s, truncated, [s] + found[0..$limit - 1] AS ns
      CALL (ns) {
        UNWIND ns AS a
        MATCH (a)-[r]->(b) WHERE b IN ns
        RETURN collect(DISTINCT {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r), mentions: COLLECT { MATCH (x:Mention {target: r.id}) WITH x ORDER BY x.source, x.start, x.end LIMIT 100 RETURN x {sourceId: x.source, .start, .end, .quote} }}) AS edges
      }
      RETURN [n IN ns | n {.*, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN n:Article THEN null ELSE n.text END}] AS nodes, edges, truncated",
        "params": {
          "id": "kyiv",
          "limit": 50,
          "scan": 50,
        },
      }
    `);
  });

  it('inlines only checked relationship types and depth into the pattern', () => {
    const q = neighborhood('kyiv', 1, ['PART_OF', 'CAPITAL_OF'], 10);
    expect(q.cypher).toContain('MATCH (s)-[:PART_OF|CAPITAL_OF*1..1]-(m) WHERE m <> s');
    expect(q.cypher).toContain('MATCH (a)-[r:PART_OF|CAPITAL_OF]->(b) WHERE b IN ns');
  });

  it('refuses relationship types outside the model and depths that are not non-negative integers', () => {
    expect(() => neighborhood('kyiv', 1, ['PART_OF]-() DETACH DELETE (' as RelationshipType], 10)).toThrow(
      /unknown relationship type/,
    );
    expect(() => neighborhood('kyiv', 1.5, null, 10)).toThrow(/depth/);
    expect(() => shortestPath('a', 'b', -1, null)).toThrow(/maxDepth/);
  });

  it('asks for one undirected shortest path within maxDepth', () => {
    expect(shortestPath('vitali-klitschko', 'vladimir-putin', 6, null)).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (a:Node {id: $fromId})
      OPTIONAL MATCH (b:Node {id: $toId})
      OPTIONAL MATCH p = shortestPath((a)-[*..6]-(b))
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
        CASE WHEN p IS NULL THEN null ELSE [n IN nodes(p) | n {.*, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN n:Article THEN null ELSE n.text END}] END AS nodes,
        CASE WHEN p IS NULL THEN null ELSE [r IN relationships(p) | {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r), mentions: COLLECT { MATCH (x:Mention {target: r.id}) WITH x ORDER BY x.source, x.start, x.end LIMIT 100 RETURN x {sourceId: x.source, .start, .end, .quote} }}] END AS edges",
        "params": {
          "fromId": "vitali-klitschko",
          "toId": "vladimir-putin",
        },
      }
    `);
    expect(shortestPath('a', 'b', 3, ['HOLDS_ROLE']).cypher).toContain('shortestPath((a)-[:HOLDS_ROLE*..3]-(b))');
  });

  it('orders the timeline by date with undated items last and passes every filter as a parameter', () => {
    expect(timeline({ ...noFilter, place: 'kharkiv-oblast', eventKinds: ['AIR_ATTACK'] }, 10)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (e:TimelineEntry) WHERE e.key STARTS WITH $place + '|'
      MATCH (n:Node {id: e.item})
      WHERE CASE
          WHEN n:Event THEN $includeEvents AND ($eventKinds IS NULL OR n.kind IN $eventKinds)
          WHEN n:Negotiation THEN $includeNegotiations AND ($negotiationKinds IS NULL OR n.kind IN $negotiationKinds)
          ELSE false END
        AND ($participant IS NULL OR EXISTS {
          MATCH (n)-[:CARRIED_OUT_BY|PARTY_TO|PARTICIPATED_IN|RESPONDED_TO]-(:Node {id: $participant}) })
      WITH n ORDER BY e.key LIMIT $first
      RETURN n {.*, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN n:Article THEN null ELSE n.text END} AS node",
        "params": {
          "dateFrom": null,
          "dateTo": null,
          "eventKinds": [
            "AIR_ATTACK",
          ],
          "first": 10,
          "includeEvents": true,
          "includeNegotiations": true,
          "negotiationKinds": null,
          "participant": null,
          "place": "kharkiv-oblast",
        },
      }
    `);
  });

  it('reads the whole-graph timeline in the order of the sortKey index, filtering as it goes', () => {
    const lines = timeline({ ...noFilter, participant: 'ukraine' }, 10).cypher.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'MATCH (n:Node) WHERE n.sortKey IS NOT NULL',
      '  AND CASE',
      '    WHEN n:Event THEN $includeEvents AND ($eventKinds IS NULL OR n.kind IN $eventKinds)',
      '    WHEN n:Negotiation THEN $includeNegotiations AND ($negotiationKinds IS NULL OR n.kind IN $negotiationKinds)',
      '    ELSE false END',
    ]);
    expect(lines).toContain('WITH n ORDER BY n.sortKey LIMIT $first');
    expect(lines.join('\n')).not.toMatch(/coalesce\(n\.date/);
  });

  it('tests a timeline date bound only when it is given, and then as an overlap', () => {
    const bounds = (f: Partial<TimelineFilter>) =>
      timeline({ ...noFilter, ...f }, 10)
        .cypher.split('\n')
        .filter((l) => l.includes('$dateFrom') || l.includes('$dateTo'))
        .map((l) => l.trim());
    expect(bounds({})).toEqual([]);
    expect(bounds({ dateTo: '2026-01-23' })).toEqual(['AND n.date <= date($dateTo)']);
    const [from] = bounds({ dateFrom: '2026-01-23' });
    expect(from).toMatch(/^AND \(n\.date >= date\.truncate\('year', date\(\$dateFrom\)\) OR /);
    expect(from).toContain(
      "date.truncate(toLower(coalesce(n.datePrecision, 'DAY')), coalesce(n.endDate, n.date)) >= " +
        "date.truncate(toLower(coalesce(n.datePrecision, 'DAY')), date($dateFrom))",
    );
  });
});
