import { describe, expect, it } from 'vitest';
import {
  articleText,
  createNode,
  deleteNode,
  deleteRelationship,
  labelsOf,
  mergeRelationship,
  replaceNode,
  updateNode,
  updateRelationship,
} from '../../src/cypher/mutationCypher.js';
import type { Mention } from '../../src/cypher/mentionProps.js';

const mention: Mention = { sourceId: 'article-1', start: 10, end: 14, quote: 'Kyiv' };

describe('mutationCypher', () => {
  it('reads an article text and the labels of ids, to validate writes', () => {
    expect(articleText('article-1')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (a:Article {id: $id}) RETURN a.text AS text",
        "params": {
          "id": "article-1",
        },
      }
    `);
    expect(labelsOf(['kyiv', 'nope'])).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN id, [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0] AS label",
        "params": {
          "ids": [
            "kyiv",
            "nope",
          ],
        },
      }
    `);
  });

  it('creates a node with all its labels, converts dates and appends provenance', () => {
    expect(createNode('Event', 'e-1', { name: 'Strike', kind: 'STRIKES' }, { date: '2026-01-23' }, mention))
      .toMatchInlineSnapshot(`
        {
          "cypher": "CREATE (n:Node:Entity:Event {id: $id})
        SET n += $props
        SET n.nameKey = toLower(n.name)
        SET n.date = CASE WHEN $dates.date IS NULL THEN null ELSE date($dates.date) END
        SET n.mentionSource = coalesce(n.mentionSource, []) + $mention.sourceId, n.mentionStart = coalesce(n.mentionStart, []) + $mention.start, n.mentionEnd = coalesce(n.mentionEnd, []) + $mention.end, n.mentionQuote = coalesce(n.mentionQuote, []) + $mention.quote
        RETURN n {.*, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0]} AS node",
          "params": {
            "dates": {
              "date": "2026-01-23",
            },
            "id": "e-1",
            "mention": {
              "end": 14,
              "quote": "Kyiv",
              "sourceId": "article-1",
              "start": 10,
            },
            "props": {
              "kind": "STRIKES",
              "name": "Strike",
            },
          },
        }
      `);
  });

  it('creates non-entity records without the :Entity label', () => {
    expect(createNode('Statement', 's-1', {}, {}, mention).cypher).toContain('CREATE (n:Node:Statement {id: $id})');
  });

  it('updates only given properties of a node of one label', () => {
    expect(updateNode('Person', 'p-1', { name: 'New' }, {}, mention)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Person {id: $id})
      SET n += $props
      SET n.nameKey = toLower(n.name)
      SET n.mentionSource = coalesce(n.mentionSource, []) + $mention.sourceId, n.mentionStart = coalesce(n.mentionStart, []) + $mention.start, n.mentionEnd = coalesce(n.mentionEnd, []) + $mention.end, n.mentionQuote = coalesce(n.mentionQuote, []) + $mention.quote
      RETURN n {.*, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0]} AS node",
        "params": {
          "dates": {},
          "id": "p-1",
          "mention": {
            "end": 14,
            "quote": "Kyiv",
            "sourceId": "article-1",
            "start": 10,
          },
          "props": {
            "name": "New",
          },
        },
      }
    `);
  });

  it('replaces every property on upsert but keeps earlier provenance and clears absent dates', () => {
    expect(replaceNode('Negotiation', 'n-1', { name: 'Talks', kind: 'OTHER' }, {}, mention)).toMatchInlineSnapshot(`
      {
        "cypher": "MERGE (n:Node {id: $id})
      SET n:Node:Entity:Negotiation
      WITH n, {mentionSource: n.mentionSource, mentionStart: n.mentionStart, mentionEnd: n.mentionEnd, mentionQuote: n.mentionQuote} AS kept
      SET n = $props, n.id = $id, n += kept
      SET n.nameKey = toLower(n.name)
      SET n.date = CASE WHEN $dates.date IS NULL THEN null ELSE date($dates.date) END
      SET n.endDate = CASE WHEN $dates.endDate IS NULL THEN null ELSE date($dates.endDate) END
      SET n.mentionSource = coalesce(n.mentionSource, []) + $mention.sourceId, n.mentionStart = coalesce(n.mentionStart, []) + $mention.start, n.mentionEnd = coalesce(n.mentionEnd, []) + $mention.end, n.mentionQuote = coalesce(n.mentionQuote, []) + $mention.quote
      RETURN n {.*, __label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0]} AS node",
        "params": {
          "dates": {
            "date": null,
            "endDate": null,
          },
          "id": "n-1",
          "mention": {
            "end": 14,
            "quote": "Kyiv",
            "sourceId": "article-1",
            "start": 10,
          },
          "props": {
            "kind": "OTHER",
            "name": "Talks",
          },
        },
      }
    `);
  });

  it('deletes a node with its relationships and reports how many went with it', () => {
    expect(deleteNode('Place', 'p-1')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Place {id: $id})
      WITH n, COUNT { (n)--() } AS rels
      DETACH DELETE n
      RETURN rels",
        "params": {
          "id": "p-1",
        },
      }
    `);
  });

  it('merges a relationship between existing nodes and appends provenance', () => {
    expect(mergeRelationship('HOLDS_ROLE', 'p:HOLDS_ROLE:o', 'p', 'o', { title: 'Mayor' }, mention))
      .toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (a:Node {id: $from}), (b:Node {id: $to})
      MERGE (a)-[r:HOLDS_ROLE]->(b)
      SET r += $props, r.id = $id
      SET r.mentionSource = coalesce(r.mentionSource, []) + $mention.sourceId, r.mentionStart = coalesce(r.mentionStart, []) + $mention.start, r.mentionEnd = coalesce(r.mentionEnd, []) + $mention.end, r.mentionQuote = coalesce(r.mentionQuote, []) + $mention.quote
      RETURN {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)} AS rel",
        "params": {
          "from": "p",
          "id": "p:HOLDS_ROLE:o",
          "mention": {
            "end": 14,
            "quote": "Kyiv",
            "sourceId": "article-1",
            "start": 10,
          },
          "props": {
            "title": "Mayor",
          },
          "to": "o",
        },
      }
    `);
  });

  it('replaces relationship properties while keeping its id and provenance', () => {
    expect(updateRelationship('HAS_POSITION', 'p', 'q', { stance: 'SUPPORTS' }, mention)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (:Node {id: $from})-[r:HAS_POSITION]->(:Node {id: $to})
      WITH r, {id: r.id, mentionSource: r.mentionSource, mentionStart: r.mentionStart, mentionEnd: r.mentionEnd, mentionQuote: r.mentionQuote} AS kept
      SET r = $props, r += kept
      SET r.mentionSource = coalesce(r.mentionSource, []) + $mention.sourceId, r.mentionStart = coalesce(r.mentionStart, []) + $mention.start, r.mentionEnd = coalesce(r.mentionEnd, []) + $mention.end, r.mentionQuote = coalesce(r.mentionQuote, []) + $mention.quote
      RETURN {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)} AS rel",
        "params": {
          "from": "p",
          "mention": {
            "end": 14,
            "quote": "Kyiv",
            "sourceId": "article-1",
            "start": 10,
          },
          "props": {
            "stance": "SUPPORTS",
          },
          "to": "q",
        },
      }
    `);
  });

  it('deletes one relationship by its endpoints and type', () => {
    expect(deleteRelationship('PART_OF', 'a', 'b')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (:Node {id: $from})-[r:PART_OF]->(:Node {id: $to}) DELETE r RETURN count(*) AS deleted",
        "params": {
          "from": "a",
          "to": "b",
        },
      }
    `);
  });
});
