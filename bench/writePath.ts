/**
 * `npm run bench:write`: what the one write path costs.
 * - adding one article's mentions to an entity that already has 10,000, beside the
 *   same write to an entity with none (mentions are data, so the two should match);
 * - write throughput with the change feed and without it, in one run: the same
 *   change sets through the writer, the second time with the feed's statement
 *   answered locally instead of sent;
 * - seeding the article into an empty database, and again.
 * Results go to bench/results/write-path.json and are quoted in docs/write-path.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import type { CypherQuery } from '../src/db/cypherQuery.js';
import { Database, type Db, type Row } from '../src/db/database.js';
import { writeMentions } from '../src/cypher/writeCypher.js';
import { mentionKey } from '../src/ids.js';
import { createLogger } from '../src/logger.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import type { ChangeSet } from '../src/write/changeSet.js';
import { writeChangeSet } from '../src/write/writer.js';
import { benchNeo4j } from './benchNeo4j.js';

const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
const P = 'bench-write';
const EXISTING = 10_000;
const ROUNDS = 15;
const WRITES = 300;
const CONCURRENCY = 8;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** The same Db, but the feed's statement is answered here: the writer without its feed. */
function withoutFeed(db: Db): Db {
  const isFeed = (q: CypherQuery) => q.cypher.startsWith('MERGE (h:FeedHead');
  return {
    ...db,
    transaction: (work, options) =>
      db.transaction(
        (run) => work((q): Promise<Row[]> => (isFeed(q) ? Promise.resolve([{ seq: 0, committedAt: '' }]) : run(q))),
        options,
      ),
  };
}

async function main() {
  const neo = await benchNeo4j(log);
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const db = Database.connect({ ...config.neo4j, ...neo, txTimeoutMs: 120_000 }, log);
  const results: Record<string, unknown> = { date: new Date().toISOString() };
  try {
    // Seeding, from empty (when the database is this run's own) and again.
    let t0 = performance.now();
    await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
    const firstSeedMs = performance.now() - t0;
    t0 = performance.now();
    await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
    results.seed = {
      firstMs: Math.round(firstSeedMs),
      againMs: Math.round(performance.now() - t0),
      emptyAtStart: neo.owned,
    };

    // An article of EXISTING sentences, each mentioning the busy entity once.
    // 14 characters a sentence keeps the article within the 200,000 characters a text may have.
    const sentence = (_i: number) => 'Busy Example. ';
    const text = Array.from({ length: EXISTING }, (_, i) => sentence(i)).join('');
    await writeChangeSet(db, {
      kind: 'INGEST',
      nodes: [
        {
          label: 'Article',
          id: `${P}-old`,
          mode: 'replace',
          fields: { title: 'old', text, publishedOn: '2026-01-01' },
        },
        { label: 'Person', id: `${P}-busy`, mode: 'replace', fields: { name: 'Busy Example' } },
        { label: 'Person', id: `${P}-quiet`, mode: 'replace', fields: { name: 'Quiet Example' } },
      ],
    });
    const rows = [];
    for (let i = 0, at = 0; i < EXISTING; at += sentence(i).length, i++) {
      const start = at + sentence(i).indexOf('Busy Example');
      const span = { sourceId: `${P}-old`, start, end: start + 12 };
      rows.push({
        key: mentionKey(`${P}-busy`, span),
        target: `${P}-busy`,
        source: span.sourceId,
        start,
        end: span.end,
        quote: 'Busy Example',
      });
    }
    for (let i = 0; i < rows.length; i += 2_000) await db.write(writeMentions(rows.slice(i, i + 2_000)));
    const [count] = await db.read({
      cypher: 'RETURN COUNT { (:Mention {target: $t}) } AS n',
      params: { t: `${P}-busy` },
    });

    // Each round: a new article of 20 sentences naming both entities, mentions added to each.
    const timings: Record<'busy' | 'quiet', number[]> = { busy: [], quiet: [] };
    for (let r = 0; r < ROUNDS; r++) {
      const lines = Array.from({ length: 20 }, (_, i) => `Line ${i}: Busy Example met Quiet Example. `);
      const body = lines.join('');
      const article = `${P}-new-${r}`;
      await writeChangeSet(db, {
        kind: 'INGEST',
        nodes: [
          {
            label: 'Article',
            id: article,
            mode: 'replace',
            fields: { title: article, text: body, publishedOn: '2026-01-02' },
          },
        ],
      });
      for (const who of r % 2 ? (['busy', 'quiet'] as const) : (['quiet', 'busy'] as const)) {
        const name = who === 'busy' ? 'Busy Example' : 'Quiet Example';
        let at = 0;
        const mentions = lines.map((l) => {
          const m = { sourceId: article, quote: name, start: at + l.indexOf(name) };
          at += l.length;
          return m;
        });
        const change: ChangeSet = {
          kind: 'INGEST',
          nodes: [{ label: 'Person', id: `${P}-${who}`, mode: 'merge', fields: { name }, mentions }],
        };
        const t1 = performance.now();
        await writeChangeSet(db, change);
        timings[who].push(performance.now() - t1);
      }
    }
    results.mentions = {
      existing: count?.n,
      addedPerArticle: 20,
      rounds: ROUNDS,
      busyMedianMs: round(median(timings.busy)),
      quietMedianMs: round(median(timings.quiet)),
      ratio: round(median(timings.busy) / median(timings.quiet)),
    };

    // Throughput with and without the feed, alternating batches so both see the same store.
    const change = (i: number, tag: string): ChangeSet => ({
      kind: 'CREATE',
      nodes: [
        {
          label: 'Person',
          id: `${P}-${tag}-${i}`,
          mode: 'create',
          fields: { name: `Writer ${tag} ${i}` },
          mentions: [{ sourceId: `${P}-new-0`, quote: 'Busy Example', start: 8 }],
        },
      ],
    });
    const feedless = withoutFeed(db);
    const rate = async (target: Db, tag: string, n: number, concurrency: number) => {
      let next = 0;
      const t1 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < n) await writeChangeSet(target, change(next++, tag));
        }),
      );
      return n / ((performance.now() - t1) / 1000);
    };
    const feed: Record<string, number[]> = { withFeed1: [], withoutFeed1: [], withFeedC: [], withoutFeedC: [] };
    for (let b = 0; b < 3; b++) {
      feed.withFeed1!.push(await rate(db, `f1-${b}`, WRITES / 3, 1));
      feed.withoutFeed1!.push(await rate(feedless, `n1-${b}`, WRITES / 3, 1));
      feed.withFeedC!.push(await rate(db, `fc-${b}`, WRITES / 3, CONCURRENCY));
      feed.withoutFeedC!.push(await rate(feedless, `nc-${b}`, WRITES / 3, CONCURRENCY));
    }
    const med = Object.fromEntries(Object.entries(feed).map(([k, v]) => [k, round(median(v), 1)]));
    results.feed = {
      writes: WRITES,
      concurrency: CONCURRENCY,
      writesPerSec: med,
      overheadSequential: round(1 - med.withFeed1! / med.withoutFeed1!, 3),
      overheadConcurrent: round(1 - med.withFeedC! / med.withoutFeedC!, 3),
    };
  } finally {
    await db.write({ cypher: 'MATCH (n:Node) WHERE n.id STARTS WITH $p DETACH DELETE n', params: { p: P } });
    await db.write({ cypher: 'MATCH (m:Mention) WHERE m.target STARTS WITH $p DELETE m', params: { p: P } });
    await db.close();
    await neo.stop();
  }
  const out = path.resolve('bench/results/write-path.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}

await main();
