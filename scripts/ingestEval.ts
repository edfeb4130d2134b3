import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/ingest/extractArticle.js';
import { gazetteerFromSeeds } from '../src/ingest/gazetteerFromSeeds.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { evaluateIngestion, SEED_FILE } from './ingestScore.js';

/**
 * `npm run ingest:eval`: prints precision, recall and F1 of the extractor per
 * kind as a Markdown table (the one in docs/ingestion.md), then the extraction
 * time per article.
 */
const rows = evaluateIngestion();
console.log('| corpus | kind | correct | predicted | gold | precision | recall | F1 |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const { corpus, kind, score: s } of rows) {
  console.log(`| ${corpus} | ${kind} | ${s.tp} | ${s.predicted} | ${s.gold} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} |`);
}

const seeds = loadSeedFiles([SEED_FILE]);
const gazetteer = gazetteerFromSeeds(seeds);
const text = readFileSync(SEED_FILE.replace(/\.yaml$/, '.txt'), 'utf8');
const runs = 50;
const t0 = performance.now();
for (let i = 0; i < runs; i += 1) extractArticle({ title: '', text, publishedOn: '2026-01-24' }, gazetteer);
const ms = (performance.now() - t0) / runs;
console.log(`\nExtraction of the seed article (${text.split(/\s+/).length} words): ${ms.toFixed(1)} ms per article, mean of ${runs} runs.`);
