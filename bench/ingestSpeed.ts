import type { CypherQuery } from '../src/db/cypherQuery.js';
import type { Database } from '../src/db/database.js';
import { ingestArticle } from '../src/ingest/ingestArticle.js';
import { newsArticles, type KnownNames, type NewsArticle } from './newsArticles.js';

export interface IngestionBenchResult {
  articles: number;
  concurrency: number;
  /** Words per article, mean. */
  wordsPerArticle: number;
  wallMs: number;
  articlesPerSec: number;
  /** Per article, from the start of its ingestion to the writer's commit. */
  p50Ms: number;
  p99Ms: number;
  /** Cypher statements sent per article, mean (reads and the writer's statements). */
  statementsPerArticle: number;
  /** Entities (each once per article) that linked to a node the graph held, and that were created. */
  entitiesLinked: number;
  entitiesCreated: number;
  statements: number;
  figures: number;
  /** Articles whose ingestion failed (not timed), with the first few messages. */
  failed: number;
  errors: string[];
}

/** Up to `limit` names of each entity type, in id order (the same on every run of the same graph). */
export function knownNamesQuery(limit: number): CypherQuery {
  return {
    cypher: [
      'CALL () { MATCH (n:Person) WITH n ORDER BY n.id LIMIT $limit RETURN collect(n.name) AS people }',
      'CALL () { MATCH (n:Place) WITH n ORDER BY n.id LIMIT $limit RETURN collect(n.name) AS places }',
      'CALL () { MATCH (n:Organization) WITH n ORDER BY n.id LIMIT $limit RETURN collect(n.name) AS organizations }',
      'RETURN people, places, organizations',
    ].join('\n'),
    params: { limit },
  };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Ingests `articles` generated news articles (bench/newsArticles.ts) through
 * ingestArticle, `concurrency` at a time, and measures throughput, latency and the
 * statements each costs. Names are drawn from the graph (`known`, else read from it)
 * so that linking is exercised; `seed` picks the articles, so two calls with
 * different seeds ingest different texts.
 */
export async function measureIngestion(
  db: Database,
  opts: { articles: number; concurrency: number; seed?: number; known?: KnownNames },
): Promise<IngestionBenchResult> {
  const known = opts.known ?? ((await db.read(knownNamesQuery(300)))[0] as unknown as KnownNames);
  const articles = newsArticles(known, opts.articles, opts.seed);
  const ms: number[] = [];
  const totals = { statements: 0, linked: 0, created: 0, quotes: 0, figures: 0 };
  const errors: string[] = [];
  let next = 0;
  const one = async (a: NewsArticle) => {
    const count = { statements: 0 };
    const t0 = performance.now();
    let r;
    try {
      r = await ingestArticle(db.counting(count), a, { actor: 'bench' });
    } catch (e) {
      // Reported, not fatal: one bad article should not cost the graph load before it.
      errors.push(e instanceof Error ? e.message : String(e));
      return;
    }
    ms.push(performance.now() - t0);
    totals.statements += count.statements;
    for (const e of r.entities) totals[e.created ? 'created' : 'linked']++;
    totals.quotes += r.statementIds.length;
    totals.figures += r.figureIds.length;
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.max(1, opts.concurrency) }, async () => {
      while (next < articles.length) await one(articles[next++]!);
    }),
  );
  const wallMs = performance.now() - started;
  const sorted = [...ms].sort((a, b) => a - b);
  const n = ms.length;
  return {
    articles: articles.length,
    concurrency: opts.concurrency,
    wordsPerArticle: round(articles.reduce((s, a) => s + a.text.split(/\s+/).length, 0) / articles.length),
    wallMs: Math.round(wallMs),
    // Articles ingested: failures do not count.
    articlesPerSec: round((n * 1000) / wallMs, 2),
    p50Ms: round(quantile(sorted, 0.5)),
    p99Ms: round(quantile(sorted, 0.99)),
    statementsPerArticle: round(totals.statements / n, 2),
    entitiesLinked: totals.linked,
    entitiesCreated: totals.created,
    statements: totals.quotes,
    figures: totals.figures,
    failed: errors.length,
    errors: [...new Set(errors)].slice(0, 5),
  };
}
