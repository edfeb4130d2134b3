/** A word, number or punctuation mark of the article, with exact offsets (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  kind: 'word' | 'number' | 'possessive' | 'punct';
}

// Numbers keep their thousands separators and decimals ("88,000", "1.5"); words keep
// inner apostrophes and hyphens ("al-Sisi", "O'Brien") but give up a possessive "’s",
// which becomes its own token so "Ukraine’s" yields the name "Ukraine".
const TOKEN =
  /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
const POSSESSIVE = /['’]s$/i;

/**
 * Splits text into tokens whose offsets index the original string, so
 * `text.slice(t.start, t.end) === t.text` for every token. Sentence indices come
 * from `sentenceOf` (see {@link splitSentences}).
 */
export function tokenize(text: string, sentenceOf: (offset: number) => number = () => 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const sentence = sentenceOf(start);
    if (m[1] !== undefined) {
      out.push({ text: m[1], start, end: start + m[1].length, sentence, kind: 'number' });
    } else if (m[2] !== undefined) {
      let word = m[2];
      // A trailing dot is kept only for initials and abbreviations ("U.S.", "Gen."), not sentence ends.
      if (POSSESSIVE.test(word) && word.length > 2) {
        const stem = word.slice(0, -2);
        out.push({ text: stem, start, end: start + stem.length, sentence, kind: 'word' });
        out.push({
          text: word.slice(-2),
          start: start + stem.length,
          end: start + word.length,
          sentence,
          kind: 'possessive',
        });
        continue;
      }
      if (word.endsWith('.')) word = word.slice(0, -1);
      out.push({ text: word, start, end: start + word.length, sentence, kind: 'word' });
    } else if (m[3] !== undefined) {
      out.push({ text: m[3], start, end: start + m[3].length, sentence, kind: 'punct' });
    }
  }
  return out;
}
