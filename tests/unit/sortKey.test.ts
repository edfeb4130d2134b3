import { describe, expect, it } from 'vitest';
import { schemaStatements } from '../../src/cypher/schemaCypher.js';
import { SORT_KEY_INDEX } from '../../src/cypher/sortKey.js';
import { fillSortKeys } from '../../src/cypher/sortKeyMigration.js';
import { feedHeadFlag, markFeedHeadFlag } from '../../src/feed/feedCypher.js';
import { writeNodes } from '../../src/cypher/writeCypher.js';
import type { WriteMode } from '../../src/write/changeSet.js';

const SET_SORT_KEY = "SET n.sortKey = toString(coalesce(n.date, date('9999-12-31'))) + ' ' + coalesce(n.name, '')";
const MODES: WriteMode[] = ['create', 'patch', 'replace', 'merge'];
const row = { id: 'x', props: { name: 'X' }, dates: { date: '2026-01-23' } };

describe('timeline sortKey', () => {
  it('is set by every write mode of events and negotiations, after their dates and name', () => {
    for (const label of ['Event', 'Negotiation'] as const) {
      for (const mode of MODES) {
        const lines = writeNodes(label, mode, [row]).cypher.split('\n');
        const at = lines.indexOf(SET_SORT_KEY);
        expect(at, `${label} ${mode}`).toBeGreaterThan(0);
        // After every other SET: the key reads the values this write stored.
        expect(lines.slice(at + 1).some((l) => l.trimStart().startsWith('SET '))).toBe(false);
      }
    }
  });

  it('is not stored on other nodes, so the index holds only timeline items', () => {
    for (const label of ['Person', 'Place', 'Article', 'Statement'] as const) {
      for (const mode of MODES) expect(writeNodes(label, mode, [row]).cypher).not.toContain('sortKey');
    }
  });

  it('has its range index among the schema statements', () => {
    expect(schemaStatements().map((q) => q.cypher)).toContain(SORT_KEY_INDEX);
    expect(SORT_KEY_INDEX).toBe('CREATE INDEX node_sort_key IF NOT EXISTS FOR (n:Node) ON (n.sortKey)');
  });

  it('is filled in on older graphs a batch at a time, and the run is flagged on the feed head', () => {
    expect(fillSortKeys(500)).toEqual({
      cypher: [
        'MATCH (n:Event|Negotiation)',
        "WHERE n.sortKey IS NULL OR n.sortKey <> toString(coalesce(n.date, date('9999-12-31'))) + ' ' + coalesce(n.name, '')",
        'WITH n LIMIT $batch',
        SET_SORT_KEY,
        'RETURN count(n) AS updated',
      ].join('\n'),
      params: { batch: 500 },
    });
    expect(feedHeadFlag('sortKeysFilled')).toEqual({
      cypher: 'OPTIONAL MATCH (h:FeedHead {id: $head}) RETURN coalesce(h.sortKeysFilled, false) AS done',
      params: { head: 'feed' },
    });
    expect(markFeedHeadFlag('sortKeysFilled')).toEqual({
      cypher: [
        'MERGE (h:FeedHead {id: $head})',
        'ON CREATE SET h.seq = 0, h.prunedThrough = 0',
        'SET h.sortKeysFilled = true',
      ].join('\n'),
      params: { head: 'feed' },
    });
    expect(feedHeadFlag('mentionsMigrated').cypher).toContain('coalesce(h.mentionsMigrated, false) AS done');
    expect(markFeedHeadFlag('mentionsMigrated').cypher).toContain('SET h.mentionsMigrated = true');
  });
});
