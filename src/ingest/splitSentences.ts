import type { Span } from './extraction.js';

// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen lt col maj sgt capt adm gov sen rep rev prof jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc ltd co corp jr sr u.s u.k u.n e.g i.e'.split(
    ' ',
  ),
);

/**
 * Splits an article into sentences: a line break always ends one (headlines,
 * datelines, paragraphs); ".", "!" or "?" ends one when followed by space and not
 * part of a known abbreviation or an initial. Offsets index the original text and
 * exclude surrounding whitespace.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (from: number, to: number): void => {
    while (from < to && /\s/.test(text[from]!)) from += 1;
    while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
    if (to > from) out.push({ start: from, end: to, quote: text.slice(from, to) });
  };
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\n') {
      push(from, i);
      from = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["'’”)\]]/.test(text[j]!)) j += 1;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    if (c === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, i - 12), i))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      // An initial ("John F. Kennedy") follows a capitalised word; "a post on X." ends a sentence.
      if (/^\p{Lu}$/u.test(word) && /\p{Lu}\p{L}*\s+$/u.test(text.slice(Math.max(from, i - 30), i - 1))) continue;
    }
    // Followed by a lowercase word, the mark is inside a sentence ("approx. five", '"Go!" she said').
    const next = /\S/.exec(text.slice(j, j + 40));
    if (next && /\p{Ll}/u.test(next[0])) continue;
    push(from, j);
    from = j;
  }
  push(from, text.length);
  return out;
}

/** A lookup from an offset to the index of the sentence holding it (or the one before a gap). */
export function sentenceIndexer(sentences: readonly Span[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
