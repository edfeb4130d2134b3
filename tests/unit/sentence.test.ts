import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/sentenceAround.js';

const around = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return sentenceAround(text, start, start + quote.length);
};

describe('sentenceAround', () => {
  const text = 'By Jo | 2026\nFirst one. Second one, with Kyiv in it! Third? Yes.\nLast line without stop';

  it('returns the sentence around a quote with its offsets', () => {
    const s = around(text, 'Kyiv');
    expect(s).toEqual({
      text: 'Second one, with Kyiv in it!',
      start: text.indexOf('Second'),
      end: text.indexOf(' Third'),
    });
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('treats a line break as a boundary, so a byline is its own sentence', () => {
    expect(around(text, 'By Jo').text).toBe('By Jo | 2026');
    expect(around(text, 'without').text).toBe('Last line without stop');
  });

  it('includes the closing punctuation when the quote ends with it', () => {
    expect(around(text, 'First one.').text).toBe('First one.');
    expect(around(text, 'Yes.').text).toBe('Yes.');
  });

  it('spans several sentences when the quote does', () => {
    expect(around(text, 'one. Second').text).toBe('First one. Second one, with Kyiv in it!');
  });

  it('keeps closing quotation marks with their sentence', () => {
    const t = 'He said “it is over.” Then he left.';
    expect(around(t, 'over').text).toBe('He said “it is over.”');
    expect(around(t, 'left').text).toBe('Then he left.');
  });

  it('copes with text without any boundary and with a span at the very start or end', () => {
    expect(sentenceAround('no boundary here', 3, 11)).toEqual({ text: 'no boundary here', start: 0, end: 16 });
    expect(sentenceAround('A. B', 3, 4)).toEqual({ text: 'B', start: 3, end: 4 });
    expect(sentenceAround('A. B', 0, 1)).toEqual({ text: 'A.', start: 0, end: 2 });
  });
});
