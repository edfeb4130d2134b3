import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/ingest/extractArticle.js';
import { gazetteerFromSeeds } from '../src/ingest/gazetteerFromSeeds.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import {
  evaluateIngestion,
  scoreCompromiseAlone,
  scoreDevSet,
  scoreSeedArticle,
  SEED_FILE,
  type EvalRow,
} from './ingestScore.js';

/**
 * `npm run ingest:eval`: prints precision, recall and F1 of the extractor per
 * kind as a Markdown table (the one in docs/ingestion.md), then the extraction
 * time per article.
 */
function table(rows: EvalRow[]): void {
  console.log('| corpus | kind | correct | predicted | gold | precision | recall | F1 |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const { corpus, kind, score: s } of rows) {
    console.log(
      `| ${corpus} | ${kind} | ${s.tp} | ${s.predicted} | ${s.gold} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} |`,
    );
  }
}

const seeds = loadSeedFiles([SEED_FILE]);
const gazetteer = gazetteerFromSeeds(seeds);
table(evaluateIngestion());

console.log(
  "\nAlternatives: compromise alone, and the extractor with compromise's full tagger instead of its lexicon.\n",
);
const withTagger = [...scoreDevSet(gazetteer, 'tagger'), ...scoreSeedArticle(seeds, 'tagger')]
  .filter((r) => /entities|speaker|figures \(/.test(r.kind))
  .map((r) => ({ ...r, kind: `full tagger: ${r.kind}` }));
table([...scoreCompromiseAlone(seeds), ...withTagger]);
const text = readFileSync(SEED_FILE.replace(/\.yaml$/, '.txt'), 'utf8');
const runs = 50;
for (const tagging of ['lexicon', 'tagger'] as const) {
  extractArticle({ title: '', text, publishedOn: '2026-01-24' }, gazetteer, { tagging });
  const t0 = performance.now();
  for (let i = 0; i < runs; i += 1)
    extractArticle({ title: '', text, publishedOn: '2026-01-24' }, gazetteer, { tagging });
  const ms = (performance.now() - t0) / runs;
  console.log(
    `\nExtraction of the seed article (${text.split(/\s+/).length} words) with the ${tagging}: ${ms.toFixed(1)} ms per article, mean of ${runs} runs.`,
  );
}
