import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { fallbackExamples } from './fallbackExamples.js';
import { parseQueries } from './parseQueries.js';

const ID = 'virtual:graphql-examples';
const RESOLVED = '\0' + ID;

/**
 * Serves `virtual:graphql-examples`: the queries of docs/queries.md, parsed at build
 * time so the playground needs no request (and no markdown parser) to show them.
 */
export function examplesPlugin(markdownPath: string): Plugin {
  return {
    name: 'graphql-examples',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      let examples = fallbackExamples;
      if (existsSync(markdownPath)) {
        this.addWatchFile(markdownPath);
        const parsed = parseQueries(readFileSync(markdownPath, 'utf8'));
        if (parsed.length) examples = parsed;
        else this.warn(`${markdownPath} has no \`\`\`graphql blocks; using the built-in examples`);
      }
      return `export default ${JSON.stringify(examples)};`;
    },
  };
}
