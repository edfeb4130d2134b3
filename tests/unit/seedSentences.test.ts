import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import { sentenceAround } from '../../src/sentenceAround.js';
import { loadSeedFile } from '../../src/seed/loadSeedFile.js';

// Clients highlight a fact's sentence (Mention.sentence). For that to show one
// sentence, every quote in the seed file must stay inside a single sentence.

const { seed, articleText } = loadSeedFile(path.join(SEEDS_DIR, 'article-2026-01-24-kyiv-kharkiv-abu-dhabi.yaml'));
const mentions = [
  ...seed.nodes.flatMap((n) => n.mentions.map((m, i) => ({ where: `${n.id} mention ${i}`, ...m }))),
  ...seed.relationships.flatMap((r) =>
    r.mentions.map((m, i) => ({ where: `${r.from} ${r.type} ${r.to} mention ${i}`, ...m })),
  ),
];

describe('the sentences behind the seed file’s quotes', () => {
  it.each(mentions)('$where lies inside one sentence', ({ quote, start }) => {
    const end = start + quote.length;
    const sentence = sentenceAround(articleText, start, end);
    expect(sentence.start).toBeLessThanOrEqual(start);
    expect(sentence.end).toBeGreaterThanOrEqual(end);
    expect(sentence.text).toContain(quote);
    // A sentence boundary inside the span would mean the quote crosses sentences.
    expect(sentence.text.slice(0, -1)).not.toMatch(/[.!?]\s|\n/);
  });

  it('finds the byline as the sentence of the author mention', () => {
    expect(sentenceAround(articleText, 0, 'By Micah Jonah'.length)).toEqual({
      text: 'By Micah Jonah | January 24, 2026',
      start: 0,
      end: 33,
    });
  });
});
