import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extractArticle.js';
import { defaultDateHint, findDateHints } from '../../src/ingest/resolveDateHint.js';

// 2026-01-24 is a Saturday.
const hints = (text: string): unknown[] =>
  findDateHints(text, 0, text.length, '2026-01-24').map((h) => [h.span?.quote, h.from, h.to, h.precision]);

describe('findDateHints', () => {
  it('resolves weekdays to their latest occurrence on or before publication', () => {
    expect(hints('in the early hours of Friday')).toEqual([['Friday', '2026-01-23', '2026-01-23', 'DAY']]);
    expect(hints('after Saturday’s shelling')).toEqual([['Saturday', '2026-01-24', '2026-01-24', 'DAY']]);
    expect(hints('on Sunday')).toEqual([['Sunday', '2026-01-18', '2026-01-18', 'DAY']]);
  });

  it('resolves relative words and explicit dates', () => {
    expect(hints('overnight')).toEqual([['overnight', '2026-01-23', '2026-01-24', 'DAY']]);
    expect(hints('yesterday')).toEqual([['yesterday', '2026-01-23', '2026-01-23', 'DAY']]);
    expect(hints('earlier in the week')).toEqual([['earlier in the week', '2026-01-18', '2026-01-24', 'WEEK']]);
    expect(hints('talks last year')).toEqual([['last year', '2025-01-01', '2025-12-31', 'YEAR']]);
    expect(hints('on January 21')).toEqual([['January 21', '2026-01-21', '2026-01-21', 'DAY']]);
    expect(hints('on 3 December 2025')).toEqual([['3 December 2025', '2025-12-03', '2025-12-03', 'DAY']]);
  });

  it('defaults to the two days before publication', () => {
    expect(defaultDateHint('2026-03-01')).toEqual({
      from: '2026-02-27',
      to: '2026-03-01',
      precision: 'DAY',
      span: null,
    });
  });
});

describe('extractEventCues', () => {
  it('gives each attack or talks sentence its places, date range, figures and statements', () => {
    const text =
      'Kyiv, January 24\n' +
      'Russian drones struck Kharkiv overnight, injuring at least 14 people, the State Emergency Service said. ' +
      'Delegations met in Abu Dhabi for a second day of talks. The strikes continued.';
    const x = extractArticle({ title: 't', text, publishedOn: '2026-01-24' });
    const name = (key: string): string | undefined => x.entities.find((e) => e.key === key)?.name;
    expect(
      x.events.map((e) => [
        e.kind,
        e.span.quote,
        e.placeKeys.map(name),
        e.date.from,
        e.date.to,
        e.date.span?.quote ?? null,
      ]),
    ).toEqual([
      ['ATTACK', 'struck', ['Kharkiv'], '2026-01-23', '2026-01-24', 'overnight'],
      ['TALKS', 'talks', ['Abu Dhabi'], '2026-01-23', '2026-01-24', 'overnight'],
      ['ATTACK', 'strikes', [], '2026-01-22', '2026-01-24', null],
    ]);
    expect(x.events[0]!.figureKeys).toEqual(['f0']);
    expect(x.events[0]!.statementKeys).toEqual(['s0']);
  });
});
