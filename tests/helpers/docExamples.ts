import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseQueries } from '../../explorer/build/parseQueries.js';

/** docs/queries.md, whose examples the playground ships and the tests run. */
export const QUERIES_DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/queries.md');

export interface DocExample {
  title: string;
  query: string;
  variables: Record<string, unknown> | undefined;
  sample: unknown;
}

/** The examples of docs/queries.md as the playground reads them, with variables and sample answers parsed. */
export const docExamples = (): DocExample[] =>
  parseQueries(readFileSync(QUERIES_DOC, 'utf8')).map((e) => ({
    title: e.title,
    query: e.query,
    variables: e.variables === undefined ? undefined : (JSON.parse(e.variables) as Record<string, unknown>),
    sample: e.sample === undefined ? undefined : (JSON.parse(e.sample) as unknown),
  }));
