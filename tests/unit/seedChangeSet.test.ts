import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import type { LoadedSeed } from '../../src/seed/loadSeedFile.js';
import { loadSeedFile } from '../../src/seed/loadSeedFile.js';
import { seedFileSchema } from '../../src/seed/seedFileSchema.js';
import { seedChangeSet } from '../../src/seed/seedChangeSet.js';
import { validateChangeSet } from '../../src/write/validateChangeSet.js';

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

describe('seedChangeSet', () => {
  it('writes the article as a replaced Article node carrying its full text and date, its byline as mention', () => {
    const [article] = seedChangeSet([tinySeed()]).nodes ?? [];
    expect(article).toMatchObject({
      label: 'Article',
      id: 'fx-rows-article',
      mode: 'replace',
      fields: { title: 'A storm', text: TEXT, textFile: 'fx-rows.txt', publishedOn: '2026-01-05', language: 'en' },
      mentions: [{ sourceId: 'fx-rows-article', start: 0, quote: 'By Ann Writer | January 5, 2026' }],
    });
  });

  it('replaces every seeded node and relationship: a seed file is curated', () => {
    const change = seedChangeSet([tinySeed()]);
    expect(change.kind).toBe('SEED');
    expect(change.nodes?.map((n) => [n.label, n.mode])).toEqual([
      ['Article', 'replace'],
      ['Place', 'replace'],
      ['Event', 'replace'],
      ['Person', 'replace'],
      ['Figure', 'replace'],
    ]);
    expect(change.relationships?.map((r) => [r.type, r.mode])).toEqual([
      ['OCCURRED_IN', 'replace'],
      ['HOLDS_ROLE', 'replace'],
    ]);
  });

  it('names each record by file and position, so a refusal points into the seed file', () => {
    const change = seedChangeSet([tinySeed()]);
    expect(change.nodes?.[2]?.at).toBe('fx-rows.yaml nodes[1]');
    expect(change.relationships?.[1]?.at).toBe('fx-rows.yaml relationships[1]');
  });

  it('cites the article in every mention, with the offsets of the seed file', () => {
    const [, , storm] = seedChangeSet([tinySeed()]).nodes ?? [];
    expect(storm?.mentions).toEqual([
      {
        sourceId: 'fx-rows-article',
        start: TEXT.indexOf('A storm hit Kyiv on Sunday'),
        quote: 'A storm hit Kyiv on Sunday',
      },
    ]);
  });

  it('merges several files, each record citing its own article', () => {
    const change = seedChangeSet([tinySeed('fx-rows-one', 'fx-one'), tinySeed('fx-rows-two', 'fx-two')]);
    const places = change.nodes?.filter((n) => n.label === 'Place');
    expect(places?.map((n) => [n.id, n.mentions?.[0]?.sourceId])).toEqual([
      ['fx-one-kyiv', 'fx-rows-one'],
      ['fx-two-kyiv', 'fx-rows-two'],
    ]);
  });

  it('turns the real seed file into one write per node and relationship that the writer accepts, the same on every call', () => {
    const loaded = loadSeedFile(path.join(SEEDS_DIR, 'article-2026-01-24-kyiv-kharkiv-abu-dhabi.yaml'));
    const change = seedChangeSet([loaded]);
    expect(change.nodes).toHaveLength(loaded.seed.nodes.length + 1);
    expect(change.relationships).toHaveLength(loaded.seed.relationships.length);
    const valid = validateChangeSet(change);
    expect(new Set(valid.relationships.map((r) => r.id)).size).toBe(valid.relationships.length);
    expect(seedChangeSet([loaded])).toEqual(change);
  });
});

describe('validateChangeSet on seed records', () => {
  const valid = () => validateChangeSet(seedChangeSet([tinySeed()]));

  it('moves dates apart for date() conversion and clears the dates a replaced node no longer states', () => {
    const storm = valid().nodes.find((n) => n.label === 'Event');
    expect(storm?.dates).toEqual({ date: '2026-01-04', endDate: null, publishedOn: null });
    expect(storm?.props).toMatchObject({ dateText: 'Sunday', datePrecision: 'DAY', status: 'REPORTED', weapons: [] });
    expect(storm?.props).not.toHaveProperty('date');
  });

  it('joins aliases into one searchable aliasesText next to the alias list', () => {
    const kyiv = valid().nodes.find((n) => n.label === 'Place');
    expect(kyiv?.props).toMatchObject({ aliases: ['Kiev', 'Kyjiw'], aliasesText: 'Kiev | Kyjiw' });
  });

  it('keeps an unknown count as null rather than inventing a number', () => {
    const hurt = valid().nodes.find((n) => n.label === 'Figure');
    expect(hurt?.props).toMatchObject({ count: null, qualifier: 'SEVERAL', group: 'PEOPLE', isAggregate: false });
  });

  it('gives each relationship the stable id from:TYPE:to and each mention its target', () => {
    const v = valid();
    const role = v.relationships.find((r) => r.type === 'HOLDS_ROLE');
    expect(role).toMatchObject({ id: 'fx-rows-ann-lee:HOLDS_ROLE:fx-rows-kyiv', props: { title: 'Mayor' } });
    expect(v.mentions.filter((m) => m.target === role?.id).map((m) => m.quote)).toEqual(['Mayor Ann Lee', 'Kyiv']);
  });
});
