import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connect } from '../bootstrap.js';
import { ConfigError, loadConfig } from '../config.js';
import { LocalNeo4jError } from '../db/localNeo4j.js';
import { loadEnvFile } from '../envFile.js';
import { CodedError } from '../errors.js';
import { createLogger } from '../logger.js';
import { ensureSchema } from '../seed/seedGraph.js';
import { ingestArticle } from './ingestArticle.js';

const USAGE =
  'usage: npm run ingest -- article.txt --title "Headline" --published 2026-01-25 [--url URL] [--publisher NAME]';

/**
 * `npm run ingest -- article.txt --title … --published …`: ingests one article
 * into the configured database (NEO4J_URI, else the local Neo4j of a running
 * `npm start`, else one started for the occasion) and prints what it linked and created.
 */
async function main(): Promise<void> {
  loadEnvFile();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      publisher: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || !values.title || !values.published) throw new UsageError(USAGE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.logFormat);
  const conn = await connect(config, log, { command: 'npm run ingest', joinRunning: true });
  try {
    await ensureSchema(conn.db);
    const r = await ingestArticle(
      conn.db,
      { title: values.title, text, publishedOn: values.published, url: values.url, publisher: values.publisher },
      { actor: 'cli', log },
    );
    console.log(
      JSON.stringify(
        {
          article: r.articleId,
          linked: r.entities.filter((e) => !e.created).map((e) => e.id),
          created: r.entities.filter((e) => e.created).map((e) => e.id),
          statements: r.statementIds.length,
          figures: r.figureIds.length,
          events: r.eventIds,
          seq: r.write.seq,
        },
        null,
        2,
      ),
    );
  } finally {
    await conn.close();
  }
}

class UsageError extends Error {}

main().catch((e: unknown) => {
  const known =
    e instanceof UsageError || e instanceof CodedError || e instanceof ConfigError || e instanceof LocalNeo4jError;
  const message = e instanceof Error ? e.message : String(e);
  console.error(known ? message : `ingest failed: ${message}`);
  process.exit(1);
});
