import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import type { LoadedSeed } from '../../src/seed/loadSeedFile.js';
import { loadSeedFile } from '../../src/seed/loadSeedFile.js';
import { seedFileSchema } from '../../src/seed/seedFileSchema.js';
import { seedRows } from '../../src/seed/seedRows.js';

const TEXT = 'By Ann Writer | January 5, 2026\nA storm hit Kyiv on Sunday. Mayor Ann Lee said two people were hurt.\n';
const at = (quote: string) => ({ quote, start: TEXT.indexOf(quote) });

function tinySeed(articleId = 'fx-rows-article', prefix = 'fx-rows'): LoadedSeed {
  const seed = seedFileSchema.parse({
    format: 'kg-seed/1',
    article: { id: articleId, title: 'A storm', textFile: 'fx-rows.txt', publishedOn: '2026-01-05' },
    nodes: [
      {
        type: 'Place',
        id: `${prefix}-kyiv`,
        name: 'Kyiv',
        aliases: ['Kiev', 'Kyjiw'],
        kind: 'CITY',
        mentions: [at('Kyiv')],
      },
      {
        type: 'Event',
        id: `${prefix}-storm`,
        name: 'Storm',
        kind: 'OTHER',
        date: '2026-01-04',
        dateText: 'Sunday',
        datePrecision: 'DAY',
        mentions: [at('A storm hit Kyiv on Sunday')],
      },
      { type: 'Person', id: `${prefix}-ann-lee`, name: 'Ann Lee', mentions: [at('Mayor Ann Lee')] },
      {
        type: 'Figure',
        id: `${prefix}-hurt`,
        measure: 'INJURED',
        count: null,
        qualifier: 'SEVERAL',
        text: 'two people were hurt',
        mentions: [at('two people were hurt')],
      },
    ],
    relationships: [
      { from: `${prefix}-storm`, type: 'OCCURRED_IN', to: `${prefix}-kyiv`, mentions: [at('A storm hit Kyiv')] },
      {
        from: `${prefix}-ann-lee`,
        type: 'HOLDS_ROLE',
        to: `${prefix}-kyiv`,
        properties: { title: 'Mayor' },
        mentions: [at('Mayor Ann Lee'), at('Kyiv')],
      },
    ],
  });
  return { file: 'fx-rows.yaml', seed, articleText: TEXT };
}

describe('seedRows', () => {
  it('turns the article into an Article row carrying its full text, its publication date and its byline as mention', () => {
    const [article] = seedRows([tinySeed()]).nodes.get('Article') ?? [];
    expect(article).toEqual({
      id: 'fx-rows-article',
      props: {
        title: 'A storm',
        text: TEXT,
        textFile: 'fx-rows.txt',
        publisher: null,
        url: null,
        language: 'en',
        mentionSource: ['fx-rows-article'],
        mentionStart: [0],
        mentionEnd: [31],
        mentionQuote: ['By Ann Writer | January 5, 2026'],
      },
      dates: { publishedOn: '2026-01-05' },
    });
  });

  it('groups node rows by label and relationship rows by type', () => {
    const rows = seedRows([tinySeed()]);
    expect([...rows.nodes.keys()]).toEqual(['Article', 'Place', 'Event', 'Person', 'Figure']);
    expect([...rows.relationships.keys()]).toEqual(['OCCURRED_IN', 'HOLDS_ROLE']);
  });

  it('moves dates apart for date() conversion and leaves dateText and precision as plain properties', () => {
    const [storm] = seedRows([tinySeed()]).nodes.get('Event') ?? [];
    expect(storm?.dates).toEqual({ date: '2026-01-04', endDate: null });
    expect(storm?.props).toMatchObject({ dateText: 'Sunday', datePrecision: 'DAY', status: 'REPORTED', weapons: [] });
    expect(storm?.props).not.toHaveProperty('date');
    expect(storm?.props).not.toHaveProperty('type');
    expect(storm?.props).not.toHaveProperty('mentions');
  });

  it('joins aliases into one searchable aliasesText next to the alias list', () => {
    const [kyiv] = seedRows([tinySeed()]).nodes.get('Place') ?? [];
    expect(kyiv?.props).toMatchObject({ aliases: ['Kiev', 'Kyjiw'], aliasesText: 'Kiev | Kyjiw' });
  });

  it('keeps an unknown count as null rather than inventing a number', () => {
    const [hurt] = seedRows([tinySeed()]).nodes.get('Figure') ?? [];
    expect(hurt?.props).toMatchObject({ count: null, qualifier: 'SEVERAL', group: 'PEOPLE', isAggregate: false });
  });

  it('stores mentions as parallel lists with an exclusive end offset, citing the article', () => {
    const [storm] = seedRows([tinySeed()]).nodes.get('Event') ?? [];
    const start = TEXT.indexOf('A storm hit Kyiv on Sunday');
    expect(storm?.props).toMatchObject({
      mentionSource: ['fx-rows-article'],
      mentionStart: [start],
      mentionEnd: [start + 'A storm hit Kyiv on Sunday'.length],
      mentionQuote: ['A storm hit Kyiv on Sunday'],
    });
  });

  it('gives each relationship the stable id from-TYPE-to and keeps its own properties with its mentions', () => {
    const [role] = seedRows([tinySeed()]).relationships.get('HOLDS_ROLE') ?? [];
    expect(role).toEqual({
      id: 'fx-rows-ann-lee:HOLDS_ROLE:fx-rows-kyiv',
      from: 'fx-rows-ann-lee',
      to: 'fx-rows-kyiv',
      props: {
        title: 'Mayor',
        mentionSource: ['fx-rows-article', 'fx-rows-article'],
        mentionStart: [TEXT.indexOf('Mayor Ann Lee'), TEXT.indexOf('Kyiv')],
        mentionEnd: [TEXT.indexOf('Mayor Ann Lee') + 13, TEXT.indexOf('Kyiv') + 4],
        mentionQuote: ['Mayor Ann Lee', 'Kyiv'],
      },
    });
  });

  it('merges several files, each row citing its own article', () => {
    const rows = seedRows([tinySeed('fx-rows-one', 'fx-one'), tinySeed('fx-rows-two', 'fx-two')]);
    expect(rows.nodes.get('Article')?.map((r) => r.id)).toEqual(['fx-rows-one', 'fx-rows-two']);
    expect(rows.nodes.get('Place')?.map((r) => [r.id, r.props.mentionSource])).toEqual([
      ['fx-one-kyiv', ['fx-rows-one']],
      ['fx-two-kyiv', ['fx-rows-two']],
    ]);
  });

  it('turns the real seed file into one row per node and relationship, the same on every call', () => {
    const loaded = loadSeedFile(path.join(SEEDS_DIR, 'article-2026-01-24-kyiv-kharkiv-abu-dhabi.yaml'));
    const rows = seedRows([loaded]);
    const nodeRows = [...rows.nodes.values()].flat();
    const relRows = [...rows.relationships.values()].flat();
    expect(nodeRows).toHaveLength(loaded.seed.nodes.length + 1);
    expect(relRows).toHaveLength(loaded.seed.relationships.length);
    expect(new Set(relRows.map((r) => r.id)).size).toBe(relRows.length);
    expect(seedRows([loaded])).toEqual(rows);
  });
});
