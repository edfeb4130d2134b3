import { describe, expect, it } from 'vitest';
import { editDistance, foldName, variantKey } from '../../src/ingest/foldName.js';
import { matchGazetteer, type GazetteerEntry } from '../../src/ingest/matchGazetteer.js';

const gazetteer: GazetteerEntry[] = [
  { id: 'kyiv', label: 'Place', name: 'Kyiv', aliases: [] },
  { id: 'kharkiv', label: 'Place', name: 'Kharkiv', aliases: [] },
  { id: 'odesa', label: 'Place', name: 'Odesa', aliases: [] },
  { id: 'dnipro-oblast', label: 'Place', name: 'Dnipropetrovsk Oblast', aliases: [] },
  { id: 'zelenskyy', label: 'Person', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'] },
  { id: 'yury', label: 'Person', name: 'Yury Ushakov', aliases: [] },
  { id: 'ses', label: 'Organization', name: 'State Emergency Service of Ukraine', aliases: ['SES'] },
  { id: 'nato', label: 'Organization', name: 'North Atlantic Treaty Organization', aliases: ['NATO'] },
  { id: 'smith-a', label: 'Person', name: 'Anna Smith', aliases: [] },
  { id: 'smith-b', label: 'Person', name: 'Ben Smith', aliases: [] },
  { id: 'talks', label: 'Negotiation', name: 'Kyiv talks', aliases: [] },
];

describe('foldName and variantKey', () => {
  it('folds case, diacritics, apostrophes, a leading "the" and region words', () => {
    expect(foldName('the Dnipropetrovsk Oblast')).toBe('dnipropetrovsk region');
    expect(foldName('Dnipropetrovsk region')).toBe('dnipropetrovsk region');
    expect(foldName('Zürich')).toBe('zurich');
    expect(foldName('Ukraine’s')).toBe('ukraine');
  });

  it('maps transliteration variants onto one key by rule', () => {
    const pairs = [
      ['Zelenskyy', 'Zelensky'],
      ['Zelenskiy', 'Zelensky'],
      ['Yury', 'Yuri'],
      ['Kyiv', 'Kiev'],
      ['Kharkiv', 'Kharkov'],
      ['Odesa', 'Odessa'],
      ['Lviv', 'Lvov'],
      ['Dmitry', 'Dmitri'],
      ['Oleksandr', 'Olexandr'],
    ];
    for (const [a, b] of pairs) expect(variantKey(a!), `${a} ~ ${b}`).toBe(variantKey(b!));
    expect(variantKey('Kira')).not.toBe(variantKey('Kyiv'));
    expect(variantKey('Moscow')).not.toBe(variantKey('Minsk'));
  });

  it('measures edit distance', () => {
    expect(editDistance('kyiv', 'kiev')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('matchGazetteer', () => {
  it('links an exact name with full confidence and an alias just below', () => {
    expect(matchGazetteer({ name: 'Kyiv' }, gazetteer)).toEqual({
      id: 'kyiv',
      confidence: 1,
      matched: 'Kyiv',
      rule: 'exact',
    });
    expect(matchGazetteer({ name: 'NATO', type: 'Organization' }, gazetteer)).toMatchObject({
      id: 'nato',
      confidence: 0.98,
      rule: 'exact',
    });
  });

  it('links case and region-word variants by folding', () => {
    expect(matchGazetteer({ name: 'Dnipropetrovsk region' }, gazetteer)).toMatchObject({
      id: 'dnipro-oblast',
      rule: 'folded',
      confidence: 0.95,
    });
    expect(matchGazetteer({ name: 'state emergency service of ukraine' }, gazetteer)).toMatchObject({
      id: 'ses',
      rule: 'folded',
    });
  });

  it('links transliteration variants with a lower confidence', () => {
    for (const [name, id] of [
      ['Kiev', 'kyiv'],
      ['Kharkov', 'kharkiv'],
      ['Odessa', 'odesa'],
      ['Volodymyr Zelensky', 'zelenskyy'],
      ['Zelenskiy', 'zelenskyy'],
      ['Yuri Ushakov', 'yury'],
    ] as const) {
      const m = matchGazetteer({ name }, gazetteer);
      expect(m, name).toMatchObject({ id, rule: 'variant' });
      expect(m!.confidence).toBeLessThan(0.9);
      expect(m!.confidence).toBeGreaterThan(0.7);
    }
  });

  it('links a surname alone only when one person carries it', () => {
    expect(matchGazetteer({ name: 'Ushakov', type: 'Person' }, gazetteer)).toMatchObject({
      id: 'yury',
      rule: 'partial',
      confidence: 0.7,
    });
    expect(matchGazetteer({ name: 'Smith', type: 'Person' }, gazetteer)).toBeNull();
    expect(matchGazetteer({ name: 'Ushakov', type: 'Place' }, gazetteer)).toBeNull();
  });

  it('lowers the confidence when the type disagrees and ignores non-entity labels', () => {
    expect(matchGazetteer({ name: 'Kyiv', type: 'Organization' }, gazetteer)).toMatchObject({
      id: 'kyiv',
      confidence: 0.8,
    });
    expect(matchGazetteer({ name: 'Kyiv talks' }, gazetteer)).toBeNull();
  });

  it('returns null for names the graph does not hold', () => {
    expect(matchGazetteer({ name: 'Kira Rudik' }, gazetteer)).toBeNull();
    expect(matchGazetteer({ name: 'Kyiv region' }, gazetteer)).toBeNull();
    expect(matchGazetteer({ name: '' }, gazetteer)).toBeNull();
  });
});
