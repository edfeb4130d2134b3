import { describe, expect, it } from 'vitest';
import { gazetteerFor, gazetteerQuery, takenIdsAndEvents } from '../../src/cypher/ingestCypher.js';

// The two statements ingestion sends before it writes, pinned: one full-text
// lookup for all of an article's names, then one read for ids and events.
describe('ingestion reads', () => {
  it('looks every candidate name up in the full-text index in one statement', () => {
    const q = gazetteerFor(['kyiv~', 'zelenskyy~']);
    expect(q.params).toEqual({ index: 'entity_search', queries: ['kyiv~', 'zelenskyy~'] });
    expect(q.cypher).toContain('UNWIND $queries AS q');
    expect(q.cypher).toContain('CALL db.index.fulltext.queryNodes($index, q, {limit: 5}) YIELD node');
  });

  it('reads taken ids and, per cue and candidate place, the earliest overlapping event, in one statement', () => {
    const cues = [{ key: 'e0', label: 'Event' as const, places: ['kyiv'], from: '2026-01-20', to: '2026-01-21' }];
    const q = takenIdsAndEvents(['dtek', 'dtek-organization'], cues);
    expect(q.params).toEqual({ ids: ['dtek', 'dtek-organization'], cues });
    expect(q.cypher).toMatchInlineSnapshot(`
      "CALL () {
        UNWIND $ids AS id
        MATCH (n:Node {id: id})
        RETURN collect({id: id, label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], name: n.name}) AS taken
      }
      CALL () {
        UNWIND $cues AS cue
        UNWIND cue.places AS place
        CALL (cue, place) {
          MATCH (p:Place {id: place})
          MATCH (e)-[:OCCURRED_IN|HELD_IN]->(:Place)-[:PART_OF*0..3]->(p)
          WHERE cue.label IN labels(e) AND e.date IS NOT NULL
            AND e.date <= date(cue.to) AND coalesce(e.endDate, e.date) >= date(cue.from)
          RETURN e.id AS id, toString(e.date) AS date ORDER BY e.date, e.id LIMIT 1
        }
        RETURN collect({key: cue.key, place: place, id: id, date: date}) AS events
      }
      RETURN taken, events"
    `);
  });
});

describe('gazetteerQuery', () => {
  it('asks for each word exactly or one edit away, in names and aliases only', () => {
    expect(gazetteerQuery('Zelenskyy')).toBe(
      '(name:(zelenskyy^4 zelenskyy~1)^3 OR aliasesText:(zelenskyy^4 zelenskyy~1)^2)',
    );
    expect(gazetteerQuery('Abu Dhabi')).toBe(
      '(name:(abu^4 abu~1)^3 OR aliasesText:(abu^4 abu~1)^2) OR (name:(dhabi^4 dhabi~1)^3 OR aliasesText:(dhabi^4 dhabi~1)^2)',
    );
  });

  it('folds diacritics, leaves short words exact, and lets no Lucene syntax through', () => {
    expect(gazetteerQuery('Kyïv')).toContain('name:(kyiv^4 kyiv~1)');
    expect(gazetteerQuery('EU')).toBe('(name:(eu^4)^3 OR aliasesText:(eu^4)^2)');
    expect(gazetteerQuery('name:x* OR "y"~2')).toBe(
      ['name', 'x', 'or', 'y', '2']
        .map((w) =>
          w.length <= 2
            ? `(name:(${w}^4)^3 OR aliasesText:(${w}^4)^2)`
            : `(name:(${w}^4 ${w}~1)^3 OR aliasesText:(${w}^4 ${w}~1)^2)`,
        )
        .join(' OR '),
    );
    expect(gazetteerQuery(' -- ')).toBeNull();
  });
});
