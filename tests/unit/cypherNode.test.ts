import { describe, expect, it } from 'vitest';
import { ancestorsOf, eventsInPlaces, nodesByIds, relatedByIds, relationshipsOf } from '../../src/cypher/nodeCypher.js';
import { parseRelationshipId } from '../../src/ids.js';

describe('nodeCypher', () => {
  it('looks nodes up by id through the shared :Node label unless a label is given', () => {
    expect(nodesByIds(['kyiv', 'kharkiv'])).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node {id: id})
      RETURN id, n {.*, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0]} AS node",
        "params": {
          "ids": [
            "kyiv",
            "kharkiv",
          ],
        },
      }
    `);
    expect(nodesByIds(['kyiv'], 'Place').cypher).toContain('MATCH (n:Place {id: id})');
  });

  it('batches one relationship type and direction over many parents, far node included', () => {
    expect(relatedByIds(['kyiv', 'ukraine'], 'PART_OF', 'IN')).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node {id: id})
      OPTIONAL MATCH (n)<-[r:PART_OF]-(m)
      WITH id, r, m ORDER BY coalesce(m.date, date("9999-12-31")), toLower(coalesce(m.name, m.text, m.id)), m.id
      RETURN id, [x IN collect(CASE WHEN r IS NULL THEN null ELSE {rel: {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r), mentions: COLLECT { MATCH (x:Mention {target: r.id}) WITH x ORDER BY x.source, x.start, x.end LIMIT 100 RETURN x {sourceId: x.source, .start, .end, .quote} }}, other: m {.*, __label: [l IN labels(m) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN m:Article THEN null ELSE m.text END}} END) WHERE x IS NOT NULL] AS items",
        "params": {
          "ids": [
            "kyiv",
            "ukraine",
          ],
        },
      }
    `);
  });

  it('draws the arrow for each direction', () => {
    expect(relatedByIds(['a'], 'HOLDS_ROLE', 'OUT').cypher).toContain('OPTIONAL MATCH (n)-[r:HOLDS_ROLE]->(m)');
    expect(relatedByIds(['a'], 'HOLDS_ROLE', 'IN').cypher).toContain('OPTIONAL MATCH (n)<-[r:HOLDS_ROLE]-(m)');
    expect(relatedByIds(['a'], 'CONCURRENT_WITH', 'BOTH').cypher).toContain(
      'OPTIONAL MATCH (n)-[r:CONCURRENT_WITH]-(m)',
    );
  });

  it('passes relationship type filters and the per-parent cap as parameters', () => {
    expect(relationshipsOf(['kyiv'], 'BOTH', ['CAPITAL_OF', 'PART_OF'], 5)).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node {id: id})
      CALL (n) {
        MATCH (n)-[r]-(m)
        WHERE $types IS NULL OR type(r) IN $types
        WITH r, m ORDER BY type(r), toLower(coalesce(m.name, m.text, m.id)), m.id LIMIT $first
        RETURN collect({rel: {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r), mentions: COLLECT { MATCH (x:Mention {target: r.id}) WITH x ORDER BY x.source, x.start, x.end LIMIT 100 RETURN x {sourceId: x.source, .start, .end, .quote} }}, other: m {.*, __label: [l IN labels(m) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN m:Article THEN null ELSE m.text END}}) AS items
      }
      RETURN id, items",
        "params": {
          "first": 5,
          "ids": [
            "kyiv",
          ],
          "types": [
            "CAPITAL_OF",
            "PART_OF",
          ],
        },
      }
    `);
    expect(relationshipsOf(['kyiv'], 'OUT', null, 100).params).toEqual({ ids: ['kyiv'], types: null, first: 100 });
  });

  it('finds events in a place and every place inside it, undated last', () => {
    expect(eventsInPlaces(['kharkiv-oblast'])).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (p:Place {id: id})
      CALL (p) {
        MATCH (e:Event)-[:OCCURRED_IN]->(:Place)-[:PART_OF*0..6]->(p)
        WITH DISTINCT e ORDER BY coalesce(e.date, date("9999-12-31")), toLower(e.name), e.id
        RETURN collect(e {.*, __label: [l IN labels(e) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN e:Article THEN null ELSE e.text END}) AS items
      }
      RETURN id, items",
        "params": {
          "ids": [
            "kharkiv-oblast",
          ],
        },
      }
    `);
  });

  it('lists ancestors nearest first', () => {
    expect(ancestorsOf(['industrialnyi-district'])).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (p:Place {id: id})
      CALL (p) {
        MATCH aPath = ANY SHORTEST (p)-[:PART_OF]->{1,6}(a:Place)
        WITH a, length(aPath) AS aHops ORDER BY aHops, toLower(a.name), a.id
        RETURN collect(a {.*, __label: [l IN labels(a) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN a:Article THEN null ELSE a.text END}) AS items
      }
      RETURN id, items",
        "params": {
          "ids": [
            "industrialnyi-district",
          ],
        },
      }
    `);
  });

  it('splits relationship ids and rejects anything else', () => {
    expect(parseRelationshipId('kyiv:PART_OF:ukraine')).toEqual({ from: 'kyiv', type: 'PART_OF', to: 'ukraine' });
    expect(parseRelationshipId('kyiv')).toBeNull();
    expect(parseRelationshipId('kyiv:part_of:ukraine')).toBeNull();
    expect(parseRelationshipId('a:PART_OF:b:c')).toBeNull();
    expect(parseRelationshipId(':PART_OF:b')).toBeNull();
  });
});
