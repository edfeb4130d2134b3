import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction, Span } from '../../src/ingest/extraction.js';
import { extractArticle } from '../../src/ingest/extractArticle.js';
import { gazetteerFromSeeds } from '../../src/ingest/gazetteerFromSeeds.js';
import { splitSentences } from '../../src/ingest/splitSentences.js';
import { tokenize } from '../../src/ingest/tokenize.js';
import { loadSeedFiles } from '../../src/seed/loadSeedFiles.js';

const root = path.resolve(import.meta.dirname, '../..');
const seedFile = path.join(root, 'seeds/article-2026-01-24-kyiv-kharkiv-abu-dhabi.yaml');
const gazetteer = gazetteerFromSeeds(loadSeedFiles([seedFile]));
const articles = [
  { file: path.join(root, 'seeds/article-2026-01-24-kyiv-kharkiv-abu-dhabi.txt'), publishedOn: '2026-01-24' },
  { file: path.join(root, 'tests/fixtures/ingest-dev/d1-kyiv-without-power.txt'), publishedOn: '2026-01-21' },
  { file: path.join(root, 'tests/fixtures/ingest-dev/d2-kyiv-restores-supply.txt'), publishedOn: '2026-01-24' },
];

/** Every span an extraction reports, with where it came from. */
function spans(x: Extraction): Array<[string, Span]> {
  return [
    ...x.sentences.map((s, i): [string, Span] => [`sentence ${i}`, s]),
    ...x.entities.flatMap((e) => e.mentions.map((m): [string, Span] => [`${e.key} mention`, m])),
    ...x.statements.flatMap((s): Array<[string, Span]> => [
      [`${s.key} span`, s.span],
      [`${s.key} evidence`, s.evidence],
      ...(s.speaker ? [[`${s.key} speaker`, s.speaker.span] as [string, Span]] : []),
    ]),
    ...x.figures.flatMap((f): Array<[string, Span]> => [
      [`${f.key} span`, f.span],
      ...(f.reporter ? [[`${f.key} reporter`, f.reporter.span] as [string, Span]] : []),
    ]),
    ...x.events.flatMap((e): Array<[string, Span]> => [
      [`${e.key} cue`, e.span],
      ...(e.date.span ? [[`${e.key} date`, e.date.span] as [string, Span]] : []),
    ]),
  ];
}

describe('extraction offsets', () => {
  it.each(articles.map((a) => ({ ...a, name: path.basename(a.file) })))(
    'every span of $name is an exact slice of the text',
    ({ file, publishedOn }) => {
      const text = readFileSync(file, 'utf8');
      const x = extractArticle({ title: path.basename(file), text, publishedOn }, gazetteer);
      const all = spans(x);
      expect(all.length).toBeGreaterThan(40);
      const wrong = all.filter(
        ([, s]) => s.start < 0 || s.end > text.length || s.start >= s.end || text.slice(s.start, s.end) !== s.quote,
      );
      expect(wrong).toEqual([]);
    },
  );

  it('counts offsets in UTF-16 units past emoji, curly quotes and accents', () => {
    const text = 'Crowds 🙏🏽 cheered in Zürich. “We will rebuild,” said Ana Müller, the deputy mayor.';
    const x = extractArticle({ title: 't', text, publishedOn: '2026-01-24' });
    for (const [, s] of spans(x)) expect(text.slice(s.start, s.end)).toBe(s.quote);
    const names = x.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Zürich', 'Ana Müller']));
    expect(x.statements.find((s) => s.isDirectQuote)?.span.quote).toBe('We will rebuild');
  });

  it('is deterministic for the same input', () => {
    const text = readFileSync(articles[0]!.file, 'utf8');
    const a = extractArticle({ title: 't', text, publishedOn: '2026-01-24' }, gazetteer);
    const b = extractArticle({ title: 't', text, publishedOn: '2026-01-24' }, gazetteer);
    expect(b).toEqual(a);
  });
});

describe('splitSentences and tokenize', () => {
  it('splits on line breaks and sentence ends but not on abbreviations or initials', () => {
    const text =
      'Headline here\nGen. Smith met John F. Kennedy Jr. in the U.S. on Friday. He left. She posted on X. Then "Go!" she said.';
    expect(splitSentences(text).map((s) => s.quote)).toEqual([
      'Headline here',
      'Gen. Smith met John F. Kennedy Jr. in the U.S. on Friday.',
      'He left.',
      'She posted on X.',
      'Then "Go!" she said.',
    ]);
  });

  it('keeps thousands separators in numbers and splits a possessive off its name', () => {
    const tokens = tokenize("Ukraine’s 88,000 homes and al-Sisi's 1.5 plan.");
    expect(tokens.map((t) => `${t.text}:${t.kind}`)).toEqual([
      'Ukraine:word',
      '’s:possessive',
      '88,000:number',
      'homes:word',
      'and:word',
      'al-Sisi:word',
      "'s:possessive",
      '1.5:number',
      'plan:word',
      '.:punct',
    ]);
  });
});
