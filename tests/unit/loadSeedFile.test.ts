import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeLabel } from '../../src/model.js';
import { checkSeedFile, loadSeedFile, type LoadedSeed } from '../../src/seed/loadSeedFile.js';
import { SeedError } from '../../src/seed/seedError.js';
import { seedFileSchema } from '../../src/seed/seedFileSchema.js';

const TEXT = 'By Ann Writer | January 5, 2026\nA storm hit Kyiv on Sunday. The storm hit Kyiv hard.\n';

function loaded(nodes: unknown[], relationships: unknown[] = []): LoadedSeed {
  const seed = seedFileSchema.parse({
    format: 'kg-seed/1',
    article: { id: 'fx-load-article', title: 'A storm', textFile: 'fx-load.txt', publishedOn: '2026-01-05' },
    nodes,
    relationships,
  });
  return { file: 'fx-load.yaml', seed, articleText: TEXT };
}

const storm = (start: number, quote = 'A storm hit Kyiv on Sunday') => ({
  type: 'Event',
  id: 'fx-load-storm',
  name: 'Storm',
  kind: 'OTHER',
  mentions: [{ quote, start }],
});

/** The issues of the SeedError `fn` throws (fails the test when it does not throw one). */
function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof SeedError) return e.issues;
    throw e;
  }
  throw new Error('expected a SeedError');
}

describe('checkSeedFile: offsets', () => {
  it('accepts a quote found at its start offset', () => {
    expect(() => checkSeedFile(loaded([storm(32)]), new Map())).not.toThrow();
  });

  it('points to where the quote really is when the offset is wrong', () => {
    expect(issuesOf(() => checkSeedFile(loaded([storm(3)]), new Map()))).toEqual([
      {
        file: 'fx-load.yaml',
        record: 'nodes[0] (fx-load-storm)',
        field: 'mentions[0].start',
        message: 'offset 3 does not match the quote "A storm hit Kyiv on Sunday" (the quote occurs at offset 32)',
      },
    ]);
  });

  it('says when the quote does not occur in the article at all', () => {
    expect(issuesOf(() => checkSeedFile(loaded([storm(32, 'A storm hit Kharkiv')]), new Map()))).toEqual([
      {
        file: 'fx-load.yaml',
        record: 'nodes[0] (fx-load-storm)',
        field: 'mentions[0].start',
        message: 'offset 32 does not match the quote "A storm hit Kharkiv" (the quote does not occur in the article)',
      },
    ]);
  });

  it('cuts a long quote to its first 60 characters in the message', () => {
    const quote = `${'A storm hit Kyiv on Sunday. '.repeat(3)}`.trim();
    const [issue] = issuesOf(() => checkSeedFile(loaded([storm(32, quote)]), new Map()));
    expect(issue?.message).toBe(
      `offset 32 does not match the quote "${quote.slice(0, 60)}" (the quote does not occur in the article)`,
    );
  });

  it('checks relationship mentions too, naming the relationship by its triple', () => {
    const rel = { from: 'fx-load-storm', type: 'OCCURRED_IN', to: 'kyiv', mentions: [{ quote: 'Kyiv', start: 0 }] };
    const external = new Map<string, NodeLabel>([['kyiv', 'Place']]);
    expect(issuesOf(() => checkSeedFile(loaded([storm(32)], [rel]), external))).toEqual([
      {
        file: 'fx-load.yaml',
        record: 'relationships[0] (fx-load-storm OCCURRED_IN kyiv)',
        field: 'mentions[0].start',
        message: 'offset 0 does not match the quote "Kyiv" (the quote occurs at offset 44)',
      },
    ]);
  });
});

describe('checkSeedFile: references across files', () => {
  it('lets a relationship reach an id another file defines, with that file’s node type', () => {
    const rel = { from: 'fx-load-storm', type: 'OCCURRED_IN', to: 'kyiv', mentions: [{ quote: 'Kyiv', start: 44 }] };
    expect(() => checkSeedFile(loaded([storm(32)], [rel]), new Map([['kyiv', 'Place']]))).not.toThrow();
    expect(issuesOf(() => checkSeedFile(loaded([storm(32)], [rel]), new Map([['kyiv', 'Person']])))).toEqual([
      {
        file: 'fx-load.yaml',
        record: 'relationships[0] (fx-load-storm OCCURRED_IN kyiv)',
        field: 'to',
        message: 'OCCURRED_IN cannot end at a Person; allowed: Place',
      },
    ]);
  });

  it('refuses an article id another file already uses', () => {
    expect(issuesOf(() => checkSeedFile(loaded([storm(32)]), new Map([['fx-load-article', 'Article']])))).toEqual([
      {
        file: 'fx-load.yaml',
        record: 'article',
        field: 'id',
        message: 'id "fx-load-article" is already defined by another seed file',
      },
    ]);
  });

  it('lists every problem of a file at once, not only the first', () => {
    const rel = {
      from: 'fx-load-nobody',
      type: 'AUTHORED',
      to: 'fx-load-storm',
      mentions: [{ quote: 'By', start: 1 }],
    };
    const issues = issuesOf(() => checkSeedFile(loaded([storm(3), storm(32)], [rel]), new Map()));
    expect(issues.map((i) => `${i.record}: ${i.field}`)).toEqual([
      'nodes[0] (fx-load-storm): mentions[0].start',
      'nodes[1] (fx-load-storm): id',
      'relationships[0] (fx-load-nobody AUTHORED fx-load-storm): from',
      'relationships[0] (fx-load-nobody AUTHORED fx-load-storm): to',
      'relationships[0] (fx-load-nobody AUTHORED fx-load-storm): mentions[0].start',
    ]);
  });
});

describe('loadSeedFile: schema problems located by record and field', () => {
  let dir: string;
  const write = (name: string, yaml: string) => {
    writeFileSync(path.join(dir, name), yaml);
    return path.join(dir, name);
  };
  const header = (extra = '') =>
    `format: kg-seed/1\narticle:\n  id: fx-load-article\n  title: A storm\n  textFile: fx-load.txt\n${extra}`;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-load-'));
    writeFileSync(path.join(dir, 'fx-load.txt'), TEXT);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the article field that is missing', () => {
    const file = write(
      'fx-no-date.yaml',
      `${header()}nodes:\n  - type: Person\n    id: fx-a\n    name: A\n    mentions: [{quote: By, start: 0}]\n`,
    );
    expect(issuesOf(() => loadSeedFile(file))).toEqual([
      { file: 'fx-no-date.yaml', record: 'article', field: 'publishedOn', message: expect.any(String) as string },
    ]);
  });

  it('names a whole missing section', () => {
    const file = write('fx-no-nodes.yaml', header('  publishedOn: 2026-01-05\n'));
    expect(issuesOf(() => loadSeedFile(file))).toEqual([
      { file: 'fx-no-nodes.yaml', record: 'nodes', field: '(section)', message: expect.any(String) as string },
    ]);
  });

  it('names a nested field by its dotted path inside the record', () => {
    const file = write(
      'fx-bad-start.yaml',
      `${header('  publishedOn: 2026-01-05\n')}nodes:\n  - type: Person\n    id: fx-a\n    name: A\n    mentions: [{quote: By, start: -1}]\n`,
    );
    expect(issuesOf(() => loadSeedFile(file))).toEqual([
      {
        file: 'fx-bad-start.yaml',
        record: 'nodes[0] (fx-a)',
        field: 'mentions[0].start',
        message: expect.any(String) as string,
      },
    ]);
  });

  it('writes every issue as "file: record: field: message" and says nothing was written', () => {
    const error = new SeedError([{ file: 'f.yaml', record: 'nodes[0] (x)', field: 'id', message: 'bad' }]);
    expect(error.message).toBe('Seed refused, nothing was written (1 problem(s)):\n  f.yaml: nodes[0] (x): id: bad');
  });

  it('lists the first fifty issues and counts the rest', () => {
    const many = Array.from({ length: 52 }, (_, i) => ({
      file: 'f.yaml',
      record: `nodes[${i}]`,
      field: 'id',
      message: 'bad',
    }));
    const lines = new SeedError(many).message.split('\n');
    expect(lines).toHaveLength(52);
    expect(lines.at(-1)).toBe('  … and 2 more');
  });
});
