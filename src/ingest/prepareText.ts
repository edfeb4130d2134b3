import nlp from 'compromise';
import type { Span } from './extraction.js';
import { sentenceIndexer, splitSentences } from './splitSentences.js';
import { tokenize, type Token } from './tokenize.js';

/** The text split once, shared by every extractor. */
export interface PreparedText {
  text: string;
  sentences: Span[];
  tokens: Token[];
  /** compromise's part-of-speech tags by token start offset. */
  tags: Map<number, ReadonlySet<string>>;
  /** Words compromise knows as common English (lowercase). */
  isKnownWord: (lower: string) => boolean;
  /** Lowercase words the article itself uses in lowercase somewhere. */
  lowercaseWords: ReadonlySet<string>;
}

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string> } } }).model.one.lexicon;

function knownWord(lower: string): boolean {
  if (lower in lexicon) return true;
  for (const stem of [lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')]) {
    if (stem !== lower && stem in lexicon) return true;
  }
  return false;
}

/**
 * Sentences, tokens and compromise tags of one text. compromise's offsets are
 * UTF-16 indices like ours, so its tags are joined to our tokens by start offset;
 * a token compromise split differently simply carries no tags.
 */
export function prepareText(text: string): PreparedText {
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentenceIndexer(sentences));
  const tags = new Map<number, ReadonlySet<string>>();
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: TermJson[] }>;
  for (const s of json) for (const t of s.terms) tags.set(t.offset.start, new Set(t.tags));
  const lowercaseWords = new Set(tokens.filter((t) => t.kind === 'word' && /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  return { text, sentences, tokens, tags, isKnownWord: knownWord, lowercaseWords };
}
