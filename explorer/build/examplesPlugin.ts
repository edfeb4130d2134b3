import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parseQueries, type Example } from './parseQueries.js';

const ID = 'virtual:graphql-examples';
const RESOLVED = '\0' + ID;

/** What the playground shows of an example: not its sample answer, which only the docs test reads. */
const forPlayground = ({ title, description, query, variables }: Example): Example => ({
  title,
  description,
  query,
  ...(variables === undefined ? {} : { variables }),
});

/**
 * Serves `virtual:graphql-examples`: the queries of docs/queries.md, parsed at build
 * time so the playground needs no request (and no markdown parser) to show them.
 * The document is the one source of examples (the test suite runs each against the
 * seeded graph); without it the playground simply lists none.
 */
export function examplesPlugin(markdownPath: string): Plugin {
  return {
    name: 'graphql-examples',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      let examples: Example[] = [];
      if (existsSync(markdownPath)) {
        this.addWatchFile(markdownPath);
        examples = parseQueries(readFileSync(markdownPath, 'utf8')).map(forPlayground);
      }
      if (!examples.length)
        this.warn(`${markdownPath} is missing or has no \`\`\`graphql blocks: the playground lists no examples`);
      return `export default ${JSON.stringify(examples)};`;
    },
  };
}
