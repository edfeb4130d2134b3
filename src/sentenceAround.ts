/** A sentence of an article with its offsets (end exclusive). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const BOUNDARY = /[.!?]["'’”)]*\s|\n/g;

/**
 * The sentence containing the span [start, end): from just after the previous
 * sentence boundary (., ! or ? followed by space, or a line break) to the end of
 * the next one. Pure, so a client could compute the same.
 */
export function sentenceAround(text: string, start: number, end: number): SentenceSpan {
  let from = 0;
  let to = text.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const boundaryEnd = m.index + m[0].length;
    if (boundaryEnd <= start) from = boundaryEnd;
    else if (m.index + 1 >= end) {
      to = m[0] === '\n' ? m.index : m.index + m[0].trimEnd().length;
      break;
    }
  }
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return { text: text.slice(from, to), start: from, end: to };
}
