import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import { relationshipId } from '../../src/ids.js';
import type { Database } from '../../src/db/database.js';
import { loadSeedFile } from '../../src/seed/loadSeedFile.js';
import { testDb } from '../helpers/testDb.js';

// Every node and relationship of the article graph must point back to the words
// that state it: the stored quote is exactly the stored article text between the
// stored offsets, and it stays within one sentence so a client can highlight it.

const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const { seed } = loadSeedFile(path.join(SEEDS_DIR, `${ARTICLE}.yaml`));
const nodeIds = [seed.article.id, ...seed.nodes.map((n) => n.id)];
const relIds = seed.relationships.map((r) => relationshipId(r.from, r.type, r.to));

interface Provenance {
  id: string;
  source: string[] | null;
  start: number[] | null;
  end: number[] | null;
  quote: string[] | null;
}

/**
 * Sentence spans [start, end) of a text, computed here independently of the
 * server's own sentence code: a sentence ends at . ! or ? followed by white space,
 * and never crosses a line break (the byline is its own sentence).
 */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const boundary = /[.!?]\s+/g;
    let from = 0;
    for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
      spans.push([lineStart + from, lineStart + m.index + 1]);
      from = m.index + m[0].length;
    }
    if (line.slice(from).trim()) spans.push([lineStart + from, lineStart + line.trimEnd().length]);
    lineStart += line.length + 1;
  }
  return spans;
}

let db: Database;
let text: string;
let sentences: [number, number][];
const stored = new Map<string, Provenance>();

/** Everything wrong with one record's mentions, as readable lines (empty when sound). */
function problems(p: Provenance | undefined): string[] {
  if (!p) return ['not in the database'];
  const { source, start, end, quote } = p;
  if (!source?.length) return ['has no mention'];
  if (start?.length !== source.length || end?.length !== source.length || quote?.length !== source.length)
    return ['mention lists differ in length'];
  const out: string[] = [];
  source.forEach((s, i) => {
    const [from, to, q] = [start[i]!, end[i]!, quote[i]!];
    if (s !== ARTICLE) out.push(`mention ${i} cites ${s}`);
    if (text.slice(from, to) !== q) out.push(`mention ${i}: text[${from}, ${to}) is not "${q}"`);
    if (!sentences.some(([a, b]) => a <= from && to <= b)) out.push(`mention ${i}: [${from}, ${to}) spans sentences`);
  });
  return out;
}

beforeAll(async () => {
  db = testDb();
  const [article] = await db.read({
    cypher: 'MATCH (a:Article {id: $id}) RETURN a.text AS text',
    params: { id: ARTICLE },
  });
  text = String(article?.text);
  sentences = sentenceSpans(text);
  // Mentions are :Mention nodes keyed by their target's id (a node's or a relationship's).
  const rows = await db.read({
    cypher: `UNWIND $ids AS id
             MATCH (x:Mention {target: id}) WITH id, x ORDER BY x.source, x.start, x.end
             RETURN id, collect(x.source) AS source, collect(x.start) AS start, collect(x.end) AS end, collect(x.quote) AS quote`,
    params: { ids: [...nodeIds, ...relIds] },
  });
  for (const r of rows) stored.set(String(r.id), r as unknown as Provenance);
});
afterAll(async () => {
  await db.close();
});

describe('provenance of the article graph', () => {
  it('splits the article into its sentences, the byline included', () => {
    expect(sentences).toHaveLength(18);
    expect(text.slice(...sentences[0]!)).toBe('By Micah Jonah | January 24, 2026');
    expect(text.slice(...sentences.at(-1)!)).toMatch(/^As negotiations continue, .* across Ukraine\.$/);
  });

  it('holds no node or relationship citing the article beyond those in its seed file', async () => {
    const [row] = await db.read({
      cypher: `RETURN COLLECT { MATCH (n:Node) WHERE EXISTS { MATCH (:Mention {target: n.id, source: $article}) } RETURN n.id ORDER BY n.id } AS nodes,
                      COLLECT { MATCH ()-[r]->() WHERE EXISTS { MATCH (:Mention {target: r.id, source: $article}) } RETURN r.id ORDER BY r.id } AS rels`,
      params: { article: ARTICLE },
    });
    expect(row).toEqual({ nodes: [...nodeIds].sort(), rels: [...relIds].sort() });
  });

  it('leaves no relationship of the article graph without provenance', async () => {
    const [row] = await db.read({
      cypher: `MATCH (a:Node)-[r]->(b:Node) WHERE EXISTS { MATCH (:Mention {target: a.id, source: $article}) } AND EXISTS { MATCH (:Mention {target: b.id, source: $article}) }
               RETURN count(CASE WHEN NOT EXISTS { MATCH (:Mention {target: r.id}) } THEN 1 END) AS bare, count(r) AS all`,
      params: { article: ARTICLE },
    });
    expect(row).toEqual({ bare: 0, all: relIds.length });
  });

  it.each(nodeIds)('node %s quotes the article at its stored offsets, within one sentence', (id) => {
    expect(problems(stored.get(id))).toEqual([]);
  });

  it.each(relIds)('relationship %s quotes the article at its stored offsets, within one sentence', (id) => {
    expect(problems(stored.get(id))).toEqual([]);
  });
});
