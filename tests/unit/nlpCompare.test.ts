import { describe, expect, it } from 'vitest';
import { compareNlp } from '../../scripts/nlpCompare.js';

// The comparison behind docs/ingestion.md's NLP table (bench/results/nlp-compare.json):
// it must keep running, score every base on every corpus and type, and keep the
// base the extractor uses ahead of the alternative.
describe('nlpCompare', () => {
  const result = compareNlp(1);
  const f1 = (base: string, type = 'all') =>
    result.rows.find((r) => r.base === base && r.corpus === 'all' && r.type === type)!.score.f1;

  it('scores every base on the dev set, the seed and both, by entity type', () => {
    const bases = Object.keys(result.msPerArticle);
    expect(bases).toEqual([
      'extractor + compromise lexicon',
      'extractor + compromise tagger',
      'extractor + wink-nlp POS',
      'compromise alone',
    ]);
    for (const base of bases) {
      for (const corpus of ['dev', 'seed', 'all']) {
        for (const type of ['Person', 'Place', 'Organization', 'all']) {
          const row = result.rows.find((r) => r.base === base && r.corpus === corpus && r.type === type);
          expect(row?.score.gold, `${base} ${corpus} ${type}`).toBeGreaterThan(0);
        }
      }
      expect(result.msPerArticle[base]).toBeGreaterThan(0);
    }
  });

  it('keeps compromise as the base: the extractor with its lexicon scores at least as well as with wink-nlp', () => {
    expect(f1('extractor + compromise lexicon')).toBeGreaterThanOrEqual(0.95);
    expect(f1('extractor + compromise lexicon')).toBeGreaterThanOrEqual(f1('extractor + wink-nlp POS'));
    expect(f1('extractor + compromise lexicon')).toBeGreaterThan(f1('compromise alone'));
  });
});
