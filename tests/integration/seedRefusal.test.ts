import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { SeedError, type SeedIssue } from '../../src/seed/seedError.js';
import { seedFilesIn, seedGraph } from '../../src/seed/seedGraph.js';
import { testDb } from '../helpers/testDb.js';

// Each bad fixture is seeded together with the real article file, as if it had been
// dropped into seeds/. The whole set must be refused with issues that name the file,
// the record and the field, and the database must not change at all.

const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const MAIN = path.join(SEEDS_DIR, `${ARTICLE}.yaml`);
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/seeds');
const refused = (name: string) => path.join(FIXTURES, 'refused', `${name}.yaml`);
const log = createLogger('silent');

/** Every id a fixture declares, read from its raw text so that unparseable files count too. */
const declaredIds = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:- )?id:\s*([\w-]+)\s*$/gm)].map((m) => m[1]!);

interface RefusalCase {
  kind: string;
  files: string[];
  issues: SeedIssue[];
}

const definedTwice = 'is already defined by another seed file';
const cases: RefusalCase[] = [
  {
    kind: 'invalid YAML (a repeated key)',
    files: ['fx-invalid-yaml'],
    issues: [
      {
        file: 'fx-invalid-yaml.yaml',
        record: '(file)',
        field: '(yaml)',
        message: expect.stringMatching(/^not valid YAML: Map keys must be unique at line 9/) as string,
      },
    ],
  },
  {
    kind: 'a missing required field',
    files: ['fx-missing-field'],
    issues: [
      {
        file: 'fx-missing-field.yaml',
        record: 'nodes[0] (fx-missing-field-person)',
        field: 'name',
        message: expect.stringContaining('expected string, received undefined') as string,
      },
    ],
  },
  {
    kind: 'a kind that is not in the enum',
    files: ['fx-wrong-enum'],
    issues: [
      {
        file: 'fx-wrong-enum.yaml',
        record: 'nodes[0] (fx-wrong-enum-place)',
        field: 'kind',
        message: expect.stringContaining(
          '"COUNTRY"|"REGION"|"HISTORICAL_REGION"|"CITY"|"DISTRICT"|"VILLAGE"',
        ) as string,
      },
    ],
  },
  {
    kind: 'a reference to an unknown id',
    files: ['fx-unknown-reference'],
    issues: [
      {
        file: 'fx-unknown-reference.yaml',
        record: 'relationships[0] (fx-unknown-reference-storm OCCURRED_IN fx-unknown-reference-nowhere)',
        field: 'to',
        message: 'unknown id "fx-unknown-reference-nowhere"',
      },
    ],
  },
  {
    kind: 'a relationship ending at the wrong kind of node (an event occurring in a person)',
    files: ['fx-wrong-endpoint'],
    issues: [
      {
        file: 'fx-wrong-endpoint.yaml',
        record: 'relationships[0] (fx-wrong-endpoint-storm OCCURRED_IN vitali-klitschko)',
        field: 'to',
        message: 'OCCURRED_IN cannot end at a Person; allowed: Place',
      },
    ],
  },
  {
    kind: 'a duplicate node id',
    files: ['fx-duplicate-id'],
    issues: [
      {
        file: 'fx-duplicate-id.yaml',
        record: 'nodes[1] (fx-duplicate-id-storm)',
        field: 'id',
        message: 'duplicate id "fx-duplicate-id-storm"',
      },
    ],
  },
  {
    kind: 'a repeated relationship',
    files: ['fx-duplicate-relationship'],
    issues: [
      {
        file: 'fx-duplicate-relationship.yaml',
        record: 'relationships[1] (fx-duplicate-relationship-storm OCCURRED_IN kyiv)',
        field: 'type',
        message: 'duplicate relationship (same from, type and to)',
      },
    ],
  },
  {
    kind: 'an offset that does not match the article text',
    files: ['fx-bad-offset'],
    issues: [
      {
        file: 'fx-bad-offset.yaml',
        record: 'nodes[0] (fx-bad-offset-storm)',
        field: 'mentions[0].start',
        message: 'offset 5 does not match the quote "A storm hit Kyiv on Sunday" (the quote occurs at offset 37)',
      },
    ],
  },
  {
    kind: 'a property the relationship type does not take',
    files: ['fx-bad-relationship-property'],
    issues: [
      {
        file: 'fx-bad-relationship-property.yaml',
        record: 'relationships[0] (fx-bad-relationship-property-storm OCCURRED_IN kyiv)',
        field: 'properties.severity',
        message: 'OCCURRED_IN takes no properties',
      },
    ],
  },
  {
    kind: 'a missing article text file',
    files: ['fx-missing-text'],
    issues: [
      {
        file: 'fx-missing-text.yaml',
        record: 'article',
        field: 'textFile',
        message: 'article text file "fx-absent-article.txt" not found beside the seed file',
      },
    ],
  },
  {
    kind: 'a node id defined by two files',
    files: ['fx-cross-file-a', 'fx-cross-file-b'],
    issues: ['fx-cross-file-a.yaml', 'fx-cross-file-b.yaml'].map((file) => ({
      file,
      record: 'nodes[0] (fx-cross-file-storm)',
      field: 'id',
      message: `id "fx-cross-file-storm" ${definedTwice}`,
    })),
  },
  {
    kind: 'an article id used by two files',
    files: ['fx-same-article-a', 'fx-same-article-b'],
    issues: ['fx-same-article-a.yaml', 'fx-same-article-b.yaml'].map((file) => ({
      file,
      record: 'article',
      field: 'id',
      message: `id "fx-same-article-article" ${definedTwice}`,
    })),
  },
];

let db: Database;
const totals = async () => {
  const [row] = await db.read({
    cypher: 'RETURN COUNT { MATCH (n:Node) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
    params: {},
  });
  return row as { nodes: number; relationships: number };
};

beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
});

describe('refusing a bad seed file', () => {
  it.each(cases)('refuses $kind, naming file, record and field, and writes nothing', async ({ files, issues }) => {
    const paths = files.map(refused);
    const ids = paths.flatMap(declaredIds);
    expect(ids.length).toBeGreaterThan(0);
    const before = await totals();

    const error = await seedGraph(db, [MAIN, ...paths], log).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).issues).toEqual(issues);
    expect((error as SeedError).message).toContain(`${issues[0]!.file}: ${issues[0]!.record}: ${issues[0]!.field}:`);
    expect(await totals()).toEqual(before);
    const written = await db.read({ cypher: 'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id', params: { ids } });
    expect(written).toEqual([]);
  });

  it('gives every fixture its own fx- ids, none taken from the real seed, except the two shared on purpose', () => {
    const all = cases.flatMap((c) => c.files).flatMap((f) => [...new Set(declaredIds(refused(f)))]);
    const main = new Set(declaredIds(MAIN));
    expect(all.filter((id) => !id.startsWith('fx-') || main.has(id))).toEqual([]);
    expect(all.filter((id, i) => all.indexOf(id) !== i).sort()).toEqual([
      'fx-cross-file-storm',
      'fx-same-article-article',
    ]);
  });
});

describe('adding a second article file', () => {
  const second = path.join(FIXTURES, 'second-article', 'fx-second-article.yaml');
  const secondIds = declaredIds(second);
  let dir: string;

  beforeAll(() => {
    // A seeds folder holding the real article and one more, loaded exactly as
    // `npm run seed` loads seeds/.
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-'));
    for (const f of [`${ARTICLE}.yaml`, `${ARTICLE}.txt`]) copyFileSync(path.join(SEEDS_DIR, f), path.join(dir, f));
    for (const f of ['fx-second-article.yaml', 'fx-second-article.txt'])
      copyFileSync(path.join(FIXTURES, 'second-article', f), path.join(dir, f));
  });
  afterAll(async () => {
    await db.write({ cypher: 'MATCH (n:Node) WHERE n.id IN $ids DETACH DELETE n', params: { ids: secondIds } });
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads together with the main file, with no code change, linking its event to Kyiv', async () => {
    const kyivBefore = await db.read({ cypher: "MATCH (p:Place {id: 'kyiv'}) RETURN properties(p) AS p", params: {} });
    const before = await totals();
    await seedGraph(db, seedFilesIn(dir), log);

    // Five nodes (article, writer, officials, outage, statement) and five relationships.
    expect(await totals()).toEqual({ nodes: before.nodes + 5, relationships: before.relationships + 5 });
    const rows = await db.read({
      cypher: `MATCH (a:Article {id: 'fx-second-article'})<-[:AUTHORED]-(w:Person),
                     (e:Event {id: 'fx-second-article-power-outage'})-[r:OCCURRED_IN]->(k:Place {id: 'kyiv'})
               MATCH (m:Mention {target: r.id})
               RETURN a.publishedOn AS publishedOn, w.name AS author, e.date AS date, e.dateText AS dateText,
                      [m.source] AS source, substring(a.text, m.start, m.end - m.start) AS quoted`,
      params: {},
    });
    expect(rows).toEqual([
      {
        publishedOn: '2026-01-26',
        author: 'Fixture Writer',
        date: '2026-01-25',
        dateText: 'Sunday evening',
        source: ['fx-second-article'],
        quoted: 'A power outage hit Kyiv',
      },
    ]);
    const present = await db.read({
      cypher: 'MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id',
      params: { ids: secondIds },
    });
    expect(present.map((r) => r.id).sort()).toEqual([...secondIds].sort());
    // The main file's entity keeps its own properties; the second file only links to it.
    expect(await db.read({ cypher: "MATCH (p:Place {id: 'kyiv'}) RETURN properties(p) AS p", params: {} })).toEqual(
      kyivBefore,
    );
  });
});
