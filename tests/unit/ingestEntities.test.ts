import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/ingest/extractEntities.js';
import type { ExtractedEntity } from '../../src/ingest/extraction.js';
import type { GazetteerEntry } from '../../src/ingest/matchGazetteer.js';

const byName = (entities: ExtractedEntity[], name: string): ExtractedEntity => {
  const e = entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity named ${name}: ${entities.map((x) => x.name).join(', ')}`);
  return e;
};
const typed = (entities: ExtractedEntity[]): string[] => entities.map((e) => `${e.type}:${e.name}`);

describe('extractEntities', () => {
  it('types names by titles, appositions, descriptors and place heads', () => {
    const text =
      'Ihor Terekhov, the mayor of Kharkiv, said the Saltivskyi district was hit. ' +
      'Naftogaz, the state energy company, reported damage. The water utility Kyivvodokanal cut supply. ' +
      'Admiral Pierre Vandier met special envoy Keith Kellogg in the city of Zaporizhzhia.';
    const entities = extractEntities(text);
    expect(typed(entities)).toEqual([
      'Person:Ihor Terekhov',
      'Place:Kharkiv',
      'Place:Saltivskyi district',
      'Organization:Naftogaz',
      'Organization:Kyivvodokanal',
      'Person:Pierre Vandier',
      'Person:Keith Kellogg',
      'Place:Zaporizhzhia',
    ]);
    expect(byName(entities, 'Pierre Vandier').roles).toEqual(['Admiral']);
    expect(byName(entities, 'Keith Kellogg').roles).toEqual(['special envoy']);
  });

  it('types "according to the X" and a name with an organization head before "of" as organizations', () => {
    const text =
      'Four children were injured, according to the Northern Water Utility. ' +
      'Olena Bondarenko, a spokesperson for the Danri Ministry of Sharo, said crews were at work. ' +
      'Regional Administrator Taras Melnyk said the Regional Power Grid had restored supply.';
    expect(typed(extractEntities(text))).toEqual([
      'Organization:Northern Water Utility',
      'Person:Olena Bondarenko',
      'Organization:Danri Ministry of Sharo',
      'Person:Taras Melnyk',
      'Organization:Regional Power Grid',
    ]);
  });

  it('splits a title off a name and keeps the place before it as its own entity', () => {
    const text = 'Kyiv Mayor Vitali Klitschko and Prime Minister Yulia Svyrydenko visited Odesa.';
    const entities = extractEntities(text);
    expect(typed(entities)).toEqual([
      'Place:Kyiv',
      'Person:Vitali Klitschko',
      'Person:Yulia Svyrydenko',
      'Place:Odesa',
    ]);
    const mayor = byName(entities, 'Vitali Klitschko');
    expect(mayor.roles).toEqual(['Mayor']);
    expect(mayor.roleOf).toEqual([byName(entities, 'Kyiv').key]);
    expect(mayor.mentions[0]).toMatchObject({ quote: 'Vitali Klitschko', start: 11, end: 27 });
  });

  it('resolves a surname after the full name to the same entity', () => {
    const text = 'Ihor Terekhov spoke first. Later, Terekhov and Mayor Terekhov were quoted again.';
    const entities = extractEntities(text);
    expect(entities).toHaveLength(1);
    const e = entities[0]!;
    expect(e.name).toBe('Ihor Terekhov');
    expect(e.mentions.map((m) => `${m.quote}@${m.start}:${m.via}`)).toEqual([
      'Ihor Terekhov@0:name',
      'Terekhov@34:backReference',
      'Terekhov@53:backReference',
    ]);
  });

  it('splits an organization from the person after it and drops a name with no cue', () => {
    const entities = extractEntities(
      'Head of the Presidential Office Andriy Yermak flew in. He praised Green Valley Farms.',
    );
    expect(typed(entities)).toEqual(['Organization:Presidential Office', 'Person:Andriy Yermak']);
    expect(byName(entities, 'Andriy Yermak').roles).toEqual(['Head of the Presidential Office']);
  });

  it('ignores capitalised sentence openers, weekdays, months and nationality adjectives', () => {
    const text =
      'Meanwhile, Russian drones struck on Friday. Engineers worked through January. Nowhere was safe, Ukrainian officials said.';
    expect(extractEntities(text)).toEqual([]);
  });

  it('judges every word of a Title Case headline like a sentence opener, and reads an all-caps dateline as a place', () => {
    const text = 'Russian Drones Hit Kharkiv Overnight, Killing Three\nKYIV, Ukraine (AP) — Drones hit Kharkiv.';
    const entities = extractEntities(text);
    expect(typed(entities)).toEqual(['Place:Kharkiv', 'Place:KYIV', 'Place:Ukraine', 'Organization:AP']);
    expect(byName(entities, 'Kharkiv').mentions.map((m) => m.start)).toEqual([19, 84]);
  });

  it('joins a surname that comes before the full name, and an acronym to the name it abbreviates', () => {
    const text =
      'Zelensky meets Erdogan in Istanbul\nUkrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan. ' +
      'The International Atomic Energy Agency (IAEA) said its experts heard blasts. IAEA chief Rafael Grossi left.';
    const entities = extractEntities(text);
    expect(typed(entities)).toEqual([
      'Person:Volodymyr Zelensky',
      'Person:Recep Tayyip Erdogan',
      'Place:Istanbul',
      'Organization:International Atomic Energy Agency',
      'Person:Rafael Grossi',
    ]);
    expect(byName(entities, 'Volodymyr Zelensky').mentions.map((m) => `${m.quote}:${m.via}`)).toEqual([
      'Zelensky:backReference',
      'Volodymyr Zelensky:name',
    ]);
    expect(byName(entities, 'International Atomic Energy Agency').aliases).toEqual(['IAEA']);
  });

  it('shares a plural place head between coordinated names', () => {
    const entities = extractEntities('Russia wants parts of Luhansk and Donetsk regions.');
    expect(typed(entities)).toEqual(['Place:Russia', 'Place:Luhansk region', 'Place:Donetsk region']);
    expect(byName(entities, 'Luhansk region').mentions[0]!.quote).toBe('Luhansk');
  });

  it('makes groups that speak for a named place organizations, and resolves a bare "authorities" to them', () => {
    const text =
      'Officials in Odesa said the port was hit, according to Ukrainian authorities. Authorities later said ten were hurt.';
    const entities = extractEntities(text);
    expect(typed(entities)).toEqual([
      'Organization:Officials in Odesa',
      'Place:Odesa',
      'Organization:Ukrainian authorities',
    ]);
    expect(byName(entities, 'Ukrainian authorities').mentions.map((m) => m.quote)).toEqual([
      'Ukrainian authorities',
      'Authorities',
    ]);
  });

  it('links entities to the gazetteer, merging spelling variants of one node', () => {
    const gazetteer: GazetteerEntry[] = [
      { id: 'kyiv', label: 'Place', name: 'Kyiv', aliases: [] },
      { id: 'zelenskyy', label: 'Person', name: 'Volodymyr Zelenskyy', aliases: [] },
      { id: 'mfa', label: 'Organization', name: 'Russian Foreign Ministry', aliases: [] },
    ];
    const text = 'President Zelensky spoke in Kiev. Kyiv was calm. A Russian foreign ministry official disagreed.';
    const entities = extractEntities(text, gazetteer);
    expect(entities.map((e) => [e.name, e.link?.id, e.link?.rule])).toEqual([
      ['Zelensky', 'zelenskyy', 'partial'],
      ['Kiev', 'kyiv', 'exact'],
      ['Russian foreign ministry', 'mfa', 'folded'],
    ]);
    expect(byName(entities, 'Kiev').mentions.map((m) => m.quote)).toEqual(['Kiev', 'Kyiv']);
  });
});
