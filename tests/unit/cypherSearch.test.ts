import { describe, expect, it } from 'vitest';
import { exactForms, foldText, luceneQuery, searchEntities } from '../../src/cypher/searchCypher.js';

describe('searchCypher', () => {
  it('folds case and diacritics the way the standard-folding analyzer does', () => {
    expect(foldText('Kyïv Škoďa ZELENSKYY')).toBe('kyiv skoda zelenskyy');
    expect(foldText('Ukraine’s')).toBe('ukraine’s');
  });

  it('matches each word exactly, as a prefix, and with a typo allowance that grows with length', () => {
    expect(luceneQuery('Klitchko')).toMatchInlineSnapshot(
      `"(name:(klitchko^4 klitchko*^2 klitchko~2)^3 OR aliasesText:(klitchko^4 klitchko*^2 klitchko~2)^2 OR description:(klitchko^4 klitchko*^2 klitchko~2)^1)"`,
    );
    expect(luceneQuery('Kyiv')).toContain('kyiv~1');
    expect(luceneQuery('EU')).not.toContain('~');
  });

  it('joins several words with OR and folds each one', () => {
    expect(luceneQuery('Abu  Dhabi!')).toMatchInlineSnapshot(
      `"(name:(abu^4 abu*^2 abu~1)^3 OR aliasesText:(abu^4 abu*^2 abu~1)^2 OR description:(abu^4 abu*^2 abu~1)^1) OR (name:(dhabi^4 dhabi*^2 dhabi~1)^3 OR aliasesText:(dhabi^4 dhabi*^2 dhabi~1)^2 OR description:(dhabi^4 dhabi*^2 dhabi~1)^1)"`,
    );
  });

  it('strips Lucene syntax so user text cannot change the query structure', () => {
    const q = luceneQuery('name:kyiv AND (x OR "y") -z* \\ ~2 ^9')!;
    const words = [...q.matchAll(/name:\(([a-z0-9]+)\^4/g)].map((m) => m[1]);
    expect(words).toEqual(['name', 'kyiv', 'and', 'x', 'or', 'y', 'z', '2', '9']);
    expect(q).not.toMatch(/"|\\|-z/);
  });

  it('returns null when nothing searchable is left and caps the number of words', () => {
    expect(luceneQuery('')).toBeNull();
    expect(luceneQuery('  !!! ?? --- ')).toBeNull();
    const many = luceneQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))!;
    expect(many.split(' OR (').length).toBe(12);
  });

  it('normalises text for the exact-name boost, as typed and folded', () => {
    expect(exactForms('  Vitali   KLITSCHKO ')).toEqual(['vitali klitschko']);
    expect(exactForms('Kyïv')).toEqual(['kyïv', 'kyiv']);
  });

  it('reads a wider Lucene window than asked, wider still when filtering by label', () => {
    expect(searchEntities('(kyiv^4)', null, 10, ['kyiv'])).toMatchInlineSnapshot(`
      {
        "cypher": "CALL db.index.fulltext.queryNodes($index, $query, {limit: $scan}) YIELD node, score
      WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
      WITH node, score * CASE
          WHEN toLower(node.name) IN $exact THEN 2.0
          WHEN any(a IN coalesce(node.aliases, []) WHERE toLower(a) IN $exact) THEN 1.5
          ELSE 1.0 END AS score
      WITH node, score ORDER BY score DESC, node.name LIMIT $first
      RETURN score, node {.*, __label: [l IN labels(node) WHERE NOT l IN ['Node', 'Entity']][0], __partial: true, text: CASE WHEN node:Article THEN null ELSE node.text END} AS node",
        "params": {
          "exact": [
            "kyiv",
          ],
          "first": 10,
          "index": "entity_search",
          "labels": null,
          "query": "(kyiv^4)",
          "scan": 50,
        },
      }
    `);
    expect(searchEntities('(kyiv^4)', ['Place', 'Person'], 5).params).toMatchObject({
      labels: ['Place', 'Person'],
      first: 5,
      scan: 70,
    });
  });
});
