import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle } from '../src/ingest/extractArticle.js';
import type { ExtractedEntity } from '../src/ingest/extraction.js';
import { foldName } from '../src/ingest/foldName.js';
import type { Tagging } from '../src/ingest/prepareText.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import {
  compromiseAloneEntities,
  DEV_DIR,
  matchEntities,
  score,
  SEED_FILE,
  type DevArticle,
  type GoldName,
  type Score,
} from './ingestScore.js';

/**
 * `npm run ingest:compare`: compromise against wink-nlp (wink-eng-lite-web-model)
 * as the entity-recognition base, on the development articles and the seed
 * article, with an empty graph (no gazetteer) so that only the NLP base differs.
 * Each base is scored inside the extractor (its tags feed the same news cues) and,
 * for compromise, alone. wink's English lite model has no person, place or
 * organization recognizer (its entities are dates, numbers and the like), so it
 * enters through its part-of-speech tags: a PROPN token is a proper noun.
 * Writes bench/results/nlp-compare.json, quoted in docs/ingestion.md.
 */

const TYPES = ['Person', 'Place', 'Organization'] as const;

export interface NlpCompareRow {
  base: string;
  corpus: 'dev' | 'seed' | 'all';
  type: (typeof TYPES)[number] | 'all';
  score: Score;
}

export interface NlpCompareResult {
  date: string;
  rows: NlpCompareRow[];
  /** Mean extraction time per article over every text, in ms. */
  msPerArticle: Record<string, number>;
  words: number;
  texts: number;
}

interface Text {
  corpus: 'dev' | 'seed';
  title: string;
  text: string;
  publishedOn: string;
  gold: GoldName[];
  optional: string[];
}

function texts(): Text[] {
  const gold = JSON.parse(readFileSync(path.join(DEV_DIR, 'gold.json'), 'utf8')) as { articles: DevArticle[] };
  const dev = gold.articles.map((a): Text => ({
    corpus: 'dev',
    title: a.title,
    text: readFileSync(path.join(DEV_DIR, a.file), 'utf8'),
    publishedOn: a.publishedOn,
    gold: a.entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases ?? [] })),
    optional: a.optional,
  }));
  const { seed, articleText } = loadSeedFiles([SEED_FILE])[0]!;
  // The seed file holds entities the text never names (context from elsewhere): gold is what the text names.
  const folded = foldName(articleText);
  const seedGold = seed.nodes.flatMap((n): GoldName[] =>
    (n.type === 'Person' || n.type === 'Place' || n.type === 'Organization') &&
    [n.name, ...(n.aliases ?? [])].some((x) => folded.includes(foldName(x)))
      ? [{ type: n.type, name: n.name, aliases: n.aliases ?? [] }]
      : [],
  );
  return [
    ...dev,
    {
      corpus: 'seed',
      title: seed.article.title,
      text: articleText,
      publishedOn: seed.article.publishedOn,
      gold: seedGold,
      optional: [],
    },
  ];
}

const wink = winkNLP(model);

/** wink's part-of-speech tags as name tags: PROPN tokens are proper nouns, joined to ours by start offset. */
export const winkTags: Tagging = (text) => {
  const doc = wink.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(wink.its.pos) as string[];
  const tags = new Map<number, ReadonlySet<string>>();
  let at = 0;
  values.forEach((v, i) => {
    const start = text.indexOf(v, at);
    if (start < 0) return;
    at = start + v.length;
    if (pos[i] === 'PROPN') tags.set(start, new Set(['ProperNoun']));
  });
  return tags;
};

const BASES: Record<string, (t: Text) => ExtractedEntity[]> = {
  'extractor + compromise lexicon': (t) => extractArticle(t, [], { tagging: 'lexicon' }).entities,
  'extractor + compromise tagger': (t) => extractArticle(t, [], { tagging: 'tagger' }).entities,
  'extractor + wink-nlp POS': (t) => extractArticle(t, [], { tagging: winkTags }).entities,
  'compromise alone': (t) => compromiseAloneEntities(t.text),
};

/** Scores every base by corpus and entity type, and times it. */
export function compareNlp(timingRuns = 10): NlpCompareResult {
  const all = texts();
  const rows: NlpCompareRow[] = [];
  const msPerArticle: Record<string, number> = {};
  for (const [base, run] of Object.entries(BASES)) {
    // [tp, predicted, gold] by corpus and type.
    const tally = new Map<string, [number, number, number]>();
    const add = (key: string, tp: number, p: number, g: number) => {
      const [a, b, c] = tally.get(key) ?? [0, 0, 0];
      tally.set(key, [a + tp, b + p, c + g]);
    };
    for (const t of all) {
      const predicted = run(t).filter((e) => !t.optional.some((o) => foldName(o) === foldName(e.name)));
      for (const type of TYPES) {
        const mine = predicted.filter((e) => e.type === type);
        const gold = t.gold.filter((g) => g.type === type);
        const tp = matchEntities(mine, gold).size;
        for (const c of [t.corpus, 'all']) {
          add(`${c}/${type}`, tp, mine.length, gold.length);
          add(`${c}/all`, tp, mine.length, gold.length);
        }
      }
    }
    for (const [key, counts] of tally) {
      const [corpus, type] = key.split('/') as [NlpCompareRow['corpus'], NlpCompareRow['type']];
      rows.push({ base, corpus, type, score: score(...counts) });
    }
    run(all[0]!); // warm
    const t0 = performance.now();
    for (let i = 0; i < timingRuns; i += 1) for (const t of all) run(t);
    msPerArticle[base] = Math.round(((performance.now() - t0) / (timingRuns * all.length)) * 10) / 10;
  }
  return {
    date: new Date().toISOString(),
    rows,
    msPerArticle,
    words: all.reduce((s, t) => s + t.text.split(/\s+/).length, 0),
    texts: all.length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = compareNlp();
  const file = path.resolve(import.meta.dirname, '../bench/results/nlp-compare.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log('| base | corpus | type | correct | predicted | gold | P | R | F1 |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of result.rows) {
    const s = r.score;
    console.log(
      `| ${r.base} | ${r.corpus} | ${r.type} | ${s.tp} | ${s.predicted} | ${s.gold} | ${s.precision} | ${s.recall} | ${s.f1} |`,
    );
  }
  console.log('\nms per article:', result.msPerArticle);
  console.log(`wrote ${file}`);
}
