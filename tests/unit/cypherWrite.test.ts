import { describe, expect, it } from 'vitest';
import { appendChange, pruneChanges, readChanges } from '../../src/feed/feedCypher.js';
import { mentionsOf } from '../../src/cypher/mentionCypher.js';
import {
  deleteNodes,
  deleteRelationships,
  writeMentions,
  writeLabelledNodes,
  writeNodes,
  writeRelationships,
  writeState,
  writeTypedRelationships,
} from '../../src/cypher/writeCypher.js';

const row = { id: 'e-1', props: { name: 'Strike', kind: 'STRIKES' }, dates: { date: '2026-01-23' } };

describe('writeCypher', () => {
  it('creates nodes with all their labels, dates converted, and reports each as created', () => {
    expect(writeNodes('Event', 'create', [row]).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      WITH row, null AS before
      CREATE (n:Node:Entity:Event {id: row.id})
      SET n += row.props
      SET n.date = CASE WHEN NOT 'date' IN keys(row.dates) THEN n.date WHEN row.dates.date IS NULL THEN null ELSE date(row.dates.date) END, n.endDate = CASE WHEN NOT 'endDate' IN keys(row.dates) THEN n.endDate WHEN row.dates.endDate IS NULL THEN null ELSE date(row.dates.endDate) END, n.publishedOn = CASE WHEN NOT 'publishedOn' IN keys(row.dates) THEN n.publishedOn WHEN row.dates.publishedOn IS NULL THEN null ELSE date(row.dates.publishedOn) END
      SET n.nameKey = toLower(n.name)
      SET n.sortKey = toString(coalesce(n.date, date('9999-12-31'))) + ' ' + coalesce(n.name, '')
      WITH n, before WHERE before IS NULL OR before <> properties(n)
      RETURN n.id AS id, before IS NULL AS created"
    `);
  });

  it('patches only existing nodes of the label, keeping the dates a row does not name', () => {
    expect(writeNodes('Person', 'patch', [{ id: 'p', props: { name: 'P' }, dates: {} }]).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (n:Person {id: row.id})
      WITH row, n, properties(n) AS before
      SET n += row.props
      SET n.date = CASE WHEN NOT 'date' IN keys(row.dates) THEN n.date WHEN row.dates.date IS NULL THEN null ELSE date(row.dates.date) END, n.endDate = CASE WHEN NOT 'endDate' IN keys(row.dates) THEN n.endDate WHEN row.dates.endDate IS NULL THEN null ELSE date(row.dates.endDate) END, n.publishedOn = CASE WHEN NOT 'publishedOn' IN keys(row.dates) THEN n.publishedOn WHEN row.dates.publishedOn IS NULL THEN null ELSE date(row.dates.publishedOn) END
      SET n.nameKey = toLower(n.name)
      WITH n, before WHERE before IS NULL OR before <> properties(n)
      RETURN n.id AS id, before IS NULL AS created"
    `);
  });

  it('replaces every field of a node, and returns only nodes that changed', () => {
    expect(writeNodes('Place', 'replace', [{ id: 'k', props: { name: 'K' }, dates: {} }]).cypher)
      .toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      OPTIONAL MATCH (old:Node {id: row.id})
      WITH row, properties(old) AS before
      MERGE (n:Node {id: row.id})
      SET n:Node:Entity:Place
      SET n = row.props, n.id = row.id
      SET n.date = CASE WHEN NOT 'date' IN keys(row.dates) THEN n.date WHEN row.dates.date IS NULL THEN null ELSE date(row.dates.date) END, n.endDate = CASE WHEN NOT 'endDate' IN keys(row.dates) THEN n.endDate WHEN row.dates.endDate IS NULL THEN null ELSE date(row.dates.endDate) END, n.publishedOn = CASE WHEN NOT 'publishedOn' IN keys(row.dates) THEN n.publishedOn WHEN row.dates.publishedOn IS NULL THEN null ELSE date(row.dates.publishedOn) END
      SET n.nameKey = toLower(n.name)
      WITH n, before WHERE before IS NULL OR before <> properties(n)
      RETURN n.id AS id, before IS NULL AS created"
    `);
  });

  it('merges: a new node gets the fields, an existing one only gains new aliases', () => {
    expect(writeNodes('Person', 'merge', [{ id: 'p', props: { name: 'P' }, dates: {} }]).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      OPTIONAL MATCH (old:Node {id: row.id})
      WITH row, properties(old) AS before
      MERGE (n:Node {id: row.id})
      ON CREATE SET n:Node:Entity:Person, n += row.props
      WITH row, n, before
      CALL (row, n, before) {
        WITH row, n, before WHERE before IS NULL
        SET n.date = CASE WHEN NOT 'date' IN keys(row.dates) THEN n.date WHEN row.dates.date IS NULL THEN null ELSE date(row.dates.date) END, n.endDate = CASE WHEN NOT 'endDate' IN keys(row.dates) THEN n.endDate WHEN row.dates.endDate IS NULL THEN null ELSE date(row.dates.endDate) END, n.publishedOn = CASE WHEN NOT 'publishedOn' IN keys(row.dates) THEN n.publishedOn WHEN row.dates.publishedOn IS NULL THEN null ELSE date(row.dates.publishedOn) END
        SET n.nameKey = toLower(n.name)
      }
      SET n.aliases = CASE WHEN before IS NULL OR row.props.aliases IS NULL THEN n.aliases ELSE coalesce(n.aliases, []) + [a IN row.props.aliases WHERE NOT a IN coalesce(n.aliases, []) AND a <> n.name] END
      SET n.aliasesText = CASE WHEN n.aliases IS NULL THEN n.aliasesText ELSE reduce(s = '', a IN n.aliases | CASE s WHEN '' THEN a ELSE s + ' | ' + a END) END
      WITH n, before WHERE before IS NULL OR before <> properties(n)
      RETURN n.id AS id, before IS NULL AS created"
    `);
  });

  it('sets no nameKey on records that have no name', () => {
    expect(writeNodes('Figure', 'create', [{ id: 'f', props: { text: 'x' }, dates: {} }]).cypher).not.toContain(
      'nameKey',
    );
  });

  it('writes relationships by MERGE, so concurrent writers of one relationship serialize on its ends', () => {
    const rows = [{ id: 'a:PART_OF:b', from: 'a', to: 'b', props: {} }];
    expect(writeRelationships('PART_OF', 'create', rows).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
      OPTIONAL MATCH (a)-[old:PART_OF]->(b)
      WITH row, a, b, properties(old) AS before
      MERGE (a)-[r:PART_OF]->(b)
      ON CREATE SET r.id = row.id
      WITH row, r, before
      CALL (row, r, before) {
        WITH row, r, before WHERE before IS NULL
        SET r += row.props
      }
      RETURN row.id AS id, before IS NULL AS created, before IS NULL OR before <> properties(r) AS changed"
    `);
    expect(writeRelationships('PART_OF', 'patch', rows).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
      MATCH (a)-[r:PART_OF]->(b)
      WITH row, r, properties(r) AS before
      SET r = row.props, r.id = row.id
      RETURN row.id AS id, false AS created, before <> properties(r) AS changed"
    `);
  });

  it('writes nodes of every label in one statement, with each label set and derived keys from the row', () => {
    const q = writeLabelledNodes('merge', [
      { ...row, label: 'Event' },
      { id: 'p', label: 'Person', props: { name: 'P' }, dates: {} },
      { id: 'f', label: 'Figure', props: { text: 'x' }, dates: {} },
    ]);
    expect(q.cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      OPTIONAL MATCH (old:Node {id: row.id})
      WITH row, properties(old) AS before
      MERGE (n:Node {id: row.id})
      ON CREATE SET n:$(row.labels), n += row.props
      WITH row, n, before
      CALL (row, n, before) {
        WITH row, n, before WHERE before IS NULL
        SET n.date = CASE WHEN NOT 'date' IN keys(row.dates) THEN n.date WHEN row.dates.date IS NULL THEN null ELSE date(row.dates.date) END, n.endDate = CASE WHEN NOT 'endDate' IN keys(row.dates) THEN n.endDate WHEN row.dates.endDate IS NULL THEN null ELSE date(row.dates.endDate) END, n.publishedOn = CASE WHEN NOT 'publishedOn' IN keys(row.dates) THEN n.publishedOn WHEN row.dates.publishedOn IS NULL THEN null ELSE date(row.dates.publishedOn) END
        SET n.nameKey = CASE WHEN row.entity THEN toLower(n.name) ELSE n.nameKey END
      }
      SET n.aliases = CASE WHEN before IS NULL OR row.props.aliases IS NULL THEN n.aliases ELSE coalesce(n.aliases, []) + [a IN row.props.aliases WHERE NOT a IN coalesce(n.aliases, []) AND a <> n.name] END
      SET n.aliasesText = CASE WHEN n.aliases IS NULL THEN n.aliasesText ELSE reduce(s = '', a IN n.aliases | CASE s WHEN '' THEN a ELSE s + ' | ' + a END) END
      SET n.sortKey = CASE WHEN row.timeline THEN toString(coalesce(n.date, date('9999-12-31'))) + ' ' + coalesce(n.name, '') ELSE n.sortKey END
      WITH n, before WHERE before IS NULL OR before <> properties(n)
      RETURN n.id AS id, before IS NULL AS created"
    `);
    expect(q.params.rows).toEqual([
      expect.objectContaining({ id: 'e-1', labels: ['Node', 'Entity', 'Event'], entity: true, timeline: true }),
      expect.objectContaining({ id: 'p', labels: ['Node', 'Entity', 'Person'], entity: true, timeline: false }),
      expect.objectContaining({ id: 'f', labels: ['Node', 'Figure'], entity: false, timeline: false }),
    ]);
    // Lookups stay on :Node(id), the uniqueness constraint's index.
    expect(writeLabelledNodes('patch', []).cypher).toContain(
      'MATCH (n:Node {id: row.id})\nWHERE row.label IN labels(n)',
    );
    expect(writeLabelledNodes('create', []).cypher).toContain('CREATE (n:$(row.labels) {id: row.id})');
  });

  it('writes relationships of every type in one statement, finding an existing one from its ends', () => {
    const rows = [{ id: 'a:PART_OF:b', type: 'PART_OF' as const, from: 'a', to: 'b', props: {} }];
    expect(writeTypedRelationships('merge', rows).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
      WITH row, a, b, head([(a)-[x]->(b) WHERE type(x) = row.type | x]) AS old
      WITH row, a, b, old, properties(old) AS before
      CALL (row, a, b, old) {
        WITH row, a, b WHERE old IS NULL
        CREATE (a)-[r:$(row.type)]->(b)
        SET r += row.props, r.id = row.id
        RETURN r
      UNION ALL
        WITH old WHERE old IS NOT NULL
        RETURN old AS r
      }
      RETURN row.id AS id, before IS NULL AS created, before IS NULL OR before <> properties(r) AS changed"
    `);
    expect(writeTypedRelationships('replace', rows).cypher).toContain('}\nSET r = row.props, r.id = row.id\nRETURN');
    expect(writeTypedRelationships('patch', rows).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
      WITH row, a, b, head([(a)-[x]->(b) WHERE type(x) = row.type | x]) AS old
      WHERE old IS NOT NULL
      WITH row, a, b, old, properties(old) AS before
      SET old = row.props, old.id = row.id
      RETURN row.id AS id, false AS created, before <> properties(old) AS changed"
    `);
  });

  it('stores each mention once per target and span', () => {
    const q = writeMentions([{ key: 'k|a:1-5', target: 'k', source: 'a', start: 1, end: 5, quote: 'Kyiv' }]);
    expect(q.cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      OPTIONAL MATCH (old:Mention {key: row.key})
      WITH row, old
      WHERE old IS NULL
      MERGE (m:Mention {key: row.key})
      ON CREATE SET m.target = row.target, m.source = row.source, m.start = row.start, m.end = row.end, m.quote = row.quote
      RETURN row.target AS target"
    `);
    expect(q.params.rows).toHaveLength(1);
  });

  it('deletes nodes with their relationships and every mention of both', () => {
    expect(deleteNodes([{ id: 'x', label: 'Person' }]).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (n:Node {id: row.id})
      WHERE row.label IS NULL OR row.label IN labels(n)
      OPTIONAL MATCH (n)-[r]-(o)
      WITH n, collect(r.id) AS rels, collect(DISTINCT o.id) AS neighbours,
        collect(DISTINCT CASE WHEN endNode(r) = n AND type(r) IN ['PART_OF', 'OCCURRED_IN', 'HELD_IN'] THEN o.id END) AS below
      CALL (n, rels) {
        UNWIND [n.id] + rels AS target
        MATCH (m:Mention {target: target})
        DELETE m
      }
      WITH n, n.id AS id, rels, neighbours, below
      DETACH DELETE n
      RETURN id, rels, neighbours, below"
    `);
    expect(deleteRelationships('SAID_BY', [{ id: 's:SAID_BY:p', from: 's', to: 'p' }]).cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (:Node {id: row.from})-[r:SAID_BY]->(:Node {id: row.to})
      CALL (row) {
        MATCH (m:Mention {target: row.id})
        DELETE m
      }
      DELETE r
      RETURN row.id AS id"
    `);
  });

  it('reads what a write must check in one statement, every value a parameter', () => {
    const q = writeState(['kyiv'], [{ type: 'PART_OF', from: 'kyiv', to: 'ukraine' }], ['article-1']);
    expect(q.params).toEqual({
      nodeIds: ['kyiv'],
      rels: [{ type: 'PART_OF', from: 'kyiv', to: 'ukraine' }],
      articleIds: ['article-1'],
    });
    expect(q.cypher).not.toContain('kyiv');
  });
});

describe('mention and feed Cypher', () => {
  it('pages mentions per target in article and offset order', () => {
    const q = mentionsOf(['kyiv'], { first: 10, after: { source: 'a', start: 5, end: 9 }, source: null });
    expect(q.cypher).toMatchInlineSnapshot(`
      "UNWIND $targets AS t
      CALL (t) {
        MATCH (m:Mention {target: t})
        WHERE ($source IS NULL OR m.source = $source)
          AND ($after IS NULL OR m.source > $after.source OR (m.source = $after.source AND
            (m.start > $after.start OR (m.start = $after.start AND m.end > $after.end))))
        WITH m ORDER BY m.source, m.start, m.end LIMIT $first
        RETURN collect(m {sourceId: m.source, .start, .end, .quote}) AS items
      }
      RETURN t AS id, items"
    `);
    expect(q.params).toEqual({ targets: ['kyiv'], first: 10, after: { source: 'a', start: 5, end: 9 }, source: null });
  });

  it('appends a record under the head lock, reads from a sequence number, prunes oldest first', () => {
    const append = appendChange({
      kind: 'CREATE',
      nodeIds: ['a', 'b'],
      relationshipIds: [],
      createdIds: ['a'],
      complete: true,
      actor: null,
    });
    // The record says which of its nodes the write created, for readers on other replicas.
    expect(append.params).toMatchObject({ nodeIds: ['a', 'b'], createdIds: ['a'] });
    expect(append.cypher).toMatchInlineSnapshot(`
        "MATCH (h:FeedHead {id: $head})
        SET h._lock = true
        WITH h
        SET h.seq = h.seq + 1
        CREATE (c:Change {seq: h.seq, at: datetime(), kind: $kind, nodeIds: $nodeIds, relationshipIds: $relationshipIds, createdIds: $createdIds, complete: $complete, actor: $actor})
        RETURN c.seq AS seq, toString(c.at) AS committedAt"
      `);
    expect(readChanges(5, 100).cypher).toMatchInlineSnapshot(`
      "OPTIONAL MATCH (h:FeedHead {id: $head})
      CALL () {
        MATCH (c:Change) WHERE c.seq > $since
        WITH c ORDER BY c.seq LIMIT $limit
        RETURN collect(c {.seq, committedAt: toString(c.at), .kind, .nodeIds, .relationshipIds, createdIds: coalesce(c.createdIds, []), .complete}) AS changes
      }
      RETURN coalesce(h.seq, 0) AS head, coalesce(h.prunedThrough, 0) AS prunedThrough, changes"
    `);
    expect(pruneChanges(60_000, 1_000, 500).cypher).toMatchInlineSnapshot(`
      "MATCH (h:FeedHead {id: $head})
      WITH h, h.seq - $maxEntries AS bySize, datetime() - duration({milliseconds: $maxAgeMs}) AS cutoff
      CALL (h, bySize, cutoff) {
        MATCH (c:Change) WHERE c.seq > h.prunedThrough
        WITH c ORDER BY c.seq LIMIT $batch
        WITH c WHERE c.seq <= bySize OR c.at < cutoff
        WITH collect(c) AS old
        WITH old, reduce(m = 0, c IN old | CASE WHEN c.seq > m THEN c.seq ELSE m END) AS last
        FOREACH (c IN old | DELETE c)
        RETURN size(old) AS pruned, last
      }
      SET h.prunedThrough = CASE WHEN last > h.prunedThrough THEN last ELSE h.prunedThrough END
      RETURN pruned, h.prunedThrough AS prunedThrough"
    `);
  });
});
