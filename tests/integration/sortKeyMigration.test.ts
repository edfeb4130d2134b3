import { describe, expect, it } from 'vitest';
import { ensureSchema } from '../../src/seed/seedGraph.js';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// A graph written before the timeline's sortKey has events without one; the first
// start of this version fills it in, after which the timeline lists them in place.

const P = testPrefix('sortkey');
const t = useTestServer({ cleanupPrefix: P });

describe('filling in the timeline sortKey', () => {
  it('keys older events once, and the timeline then orders them by date, undated last', async () => {
    await t.db.write({
      cypher: `CREATE (:Node:Entity:Event {id: $id + '-a', name: 'Old dated', nameKey: 'old dated', kind: 'OTHER', date: date('1900-01-02')})
               CREATE (:Node:Entity:Event {id: $id + '-b', name: 'Old undated', nameKey: 'old undated', kind: 'OTHER'})
               WITH 1 AS one MATCH (h:FeedHead {id: 'feed'}) SET h.sortKeysFilled = false`,
      params: { id: P },
    });
    await ensureSchema(t.db);
    const keys = await t.db.read({
      cypher: 'MATCH (n:Event) WHERE n.id STARTS WITH $p RETURN n.id AS id, n.sortKey AS key ORDER BY id',
      params: { p: P },
    });
    expect(keys).toEqual([
      { id: `${P}-a`, key: '1900-01-02 Old dated' },
      { id: `${P}-b`, key: '9999-12-31 Old undated' },
    ]);
    const [flag] = await t.db.read({
      cypher: "MATCH (h:FeedHead {id: 'feed'}) RETURN h.sortKeysFilled AS done",
      params: {},
    });
    expect(flag).toEqual({ done: true });
    // The seed's events are all dated after 1900: the older one comes first.
    const d = await t.data<{ timeline: { id: string }[] }>('{ timeline(first: 1) { ... on Event { id } } }');
    expect(d.timeline).toEqual([{ id: `${P}-a` }]);
  });
});
