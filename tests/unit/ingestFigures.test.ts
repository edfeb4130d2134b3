import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extractArticle.js';
import type { Extraction } from '../../src/ingest/extraction.js';
import { parseNumber } from '../../src/ingest/parseNumber.js';

const extract = (text: string): Extraction => extractArticle({ title: 't', text, publishedOn: '2026-01-30' });
const summary = (x: Extraction): unknown[] =>
  x.figures.map((f) => [f.measure, f.count, f.qualifier, f.group, f.partOf, f.span.quote]);

describe('extractFigures', () => {
  it('reads counts in digits and words with their qualifier, group and measure', () => {
    const x = extract(
      'Six people were killed and at least 25 injured in Sumy. Fourteen people were hospitalized. ' +
        'Rescuers pulled 12 residents from the rubble, and more than 60 firefighters were deployed. ' +
        'Several residents were rescued. About 4,000 buildings were without heat and 18 houses were damaged.',
    );
    expect(summary(x)).toEqual([
      ['KILLED', 6, 'EXACTLY', 'PEOPLE', null, 'Six people were killed'],
      ['INJURED', 25, 'AT_LEAST', 'PEOPLE', null, 'at least 25 injured'],
      ['HOSPITALIZED', 14, 'EXACTLY', 'PEOPLE', null, 'Fourteen people were hospitalized'],
      ['RESCUED', 12, 'EXACTLY', 'RESIDENTS', null, 'pulled 12 residents'],
      ['DEPLOYED', 60, 'MORE_THAN', 'RESCUE_WORKERS', null, 'more than 60 firefighters were deployed'],
      ['RESCUED', null, 'SEVERAL', 'RESIDENTS', null, 'Several residents were rescued'],
    ]);
  });

  it('makes "including …" and "… among the injured" breakdowns of the figure they refine', () => {
    const x = extract(
      'A strike killed two civilians, including a teenager, and wounded nearly 40 others. A child was among the wounded.',
    );
    expect(summary(x)).toEqual([
      ['KILLED', 2, 'EXACTLY', 'PEOPLE', null, 'killed two civilians'],
      ['KILLED', 1, 'EXACTLY', 'CHILDREN', 'f0', 'a teenager'],
      ['INJURED', 40, 'NEARLY', 'PEOPLE', null, 'wounded nearly 40 others'],
      ['INJURED', 1, 'EXACTLY', 'CHILDREN', 'f2', 'A child was among the wounded'],
    ]);
  });

  it('makes "Among the injured were four children" a breakdown of the injured, given in an earlier sentence', () => {
    const x = extract(
      'Nine people were killed and 31 injured when drones struck Pryluky. Fires broke out in 12 buildings. ' +
        'Among the injured were four children, according to the State Emergency Service.',
    );
    expect(summary(x)).toEqual([
      ['KILLED', 9, 'EXACTLY', 'PEOPLE', null, 'Nine people were killed'],
      ['INJURED', 31, 'EXACTLY', 'PEOPLE', null, '31 injured'],
      ['INJURED', 4, 'EXACTLY', 'CHILDREN', 'f1', 'four children'],
    ]);
  });

  it('counts a bare number after a casualty verb as people, and "of the injured" as the pool of a later measure', () => {
    const x = extract(
      'The strike killed at least three people and wounded 12, including two children. Ten of the injured were taken to hospital.',
    );
    expect(summary(x)).toEqual([
      ['KILLED', 3, 'AT_LEAST', 'PEOPLE', null, 'killed at least three people'],
      ['INJURED', 12, 'EXACTLY', 'PEOPLE', null, 'wounded 12'],
      ['INJURED', 2, 'EXACTLY', 'CHILDREN', 'f1', 'two children'],
      ['HOSPITALIZED', 10, 'EXACTLY', 'PEOPLE', null, 'Ten of the injured were taken to hospital'],
    ]);
  });

  it('takes the reporter from the statement that contains the figure', () => {
    const x = extract(
      'Kharkiv Mayor Ihor Terekhov said that at least nine people were injured. Three people were killed, according to Ukrainian authorities.',
    );
    const reporter = (i: number): string | undefined => {
      const key = x.figures[i]!.reporter?.entityKey;
      return x.entities.find((e) => e.key === key)?.name;
    };
    expect(x.figures.map((f) => [f.measure, f.count])).toEqual([
      ['INJURED', 9],
      ['KILLED', 3],
    ]);
    expect(reporter(0)).toBe('Ihor Terekhov');
    expect(reporter(1)).toBe('Ukrainian authorities');
    expect(x.entities.find((e) => e.key === x.figures[0]!.placeKey)?.name).toBe('Kharkiv');
  });

  it('parses number words, hyphenated tens and scales', () => {
    expect(parseNumber(['Fourteen'])).toBe(14);
    expect(parseNumber(['twenty-one'])).toBe(21);
    expect(parseNumber(['two', 'hundred', 'and', 'five'])).toBe(205);
    expect(parseNumber(['3', 'thousand'])).toBe(3000);
    expect(parseNumber(['88,000'])).toBe(88000);
    expect(parseNumber(['houses'])).toBeNull();
  });
});
