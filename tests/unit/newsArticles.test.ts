import { describe, expect, it } from 'vitest';
import { newsArticles } from '../../bench/newsArticles.js';
import { extractArticle } from '../../src/ingest/extractArticle.js';

// The articles bench:ingest ingests: deterministic, distinct, news-sized, and
// readable by the extractor (which is what makes the benchmark exercise linking,
// quotes and figures rather than an empty pass).
const KNOWN = {
  people: ['Kariv Lenmir', 'Dana Torvi'],
  places: ['Tovomirsk'],
  organizations: ['Danri Ministry of Sharo'],
};

describe('newsArticles', () => {
  const articles = newsArticles(KNOWN, 40, 7);

  it('gives the same distinct articles of about 300 words for the same seed', () => {
    expect(newsArticles(KNOWN, 40, 7)).toEqual(articles);
    expect(new Set(articles.map((a) => a.text)).size).toBe(40);
    for (const a of articles) {
      const words = a.text.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(250);
      expect(words).toBeLessThanOrEqual(350);
    }
    expect(newsArticles(KNOWN, 5, 8)[0]!.text).not.toBe(articles[0]!.text);
  });

  it('names people the graph holds, and the extractor finds their figures and attributed quotes', () => {
    expect(articles.some((a) => a.text.includes('Kariv Lenmir'))).toBe(true);
    for (const a of articles) {
      const x = extractArticle(a);
      expect(
        x.figures.some((f) => f.measure === 'KILLED' && f.partOf === null),
        a.text,
      ).toBe(true);
      expect(
        x.figures.some((f) => f.group === 'CHILDREN' && f.partOf !== null),
        a.text,
      ).toBe(true);
      const quotes = x.statements.filter((s) => s.isDirectQuote);
      expect(quotes).toHaveLength(3);
      for (const q of quotes) expect(q.speaker?.entityKey, q.text).toBeTruthy();
    }
  });
});
