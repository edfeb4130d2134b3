import nlp from 'compromise';
import type { Span } from './extraction.js';
import { sentenceIndexer, splitSentences } from './splitSentences.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * How tokens get their name tags: `lexicon` looks each word (and two- and
 * three-word window) up in compromise's lexicon of first names, surnames,
 * cities, countries, regions and organizations; `tagger` runs compromise's full
 * part-of-speech tagger; a function supplies the tags itself (how
 * scripts/nlpCompare.ts plugs in another library without the server depending on
 * it). docs/ingestion.md compares them.
 */
export type Tagging = 'lexicon' | 'tagger' | TagsOf;

/** Name tags by token start offset, for a text and its tokens. */
export type TagsOf = (text: string, tokens: readonly Token[]) => Map<number, ReadonlySet<string>>;

/** The text split once, shared by every extractor. */
export interface PreparedText {
  text: string;
  sentences: Span[];
  tokens: Token[];
  /** Name tags (Person, FirstName, LastName, Place, Organization, ProperNoun, Demonym…) by token start offset. */
  tags: Map<number, ReadonlySet<string>>;
  /** Words compromise knows as common English (lowercase). */
  isKnownWord: (lower: string) => boolean;
  /** Lowercase words the article itself uses in lowercase somewhere. */
  lowercaseWords: ReadonlySet<string>;
  /** For each sentence, the index of its first token and one past its last. */
  sentenceTokens: Array<[number, number]>;
  /** Sentences written in Title Case (headlines), where capitals say nothing about names. */
  titleCase: ReadonlySet<number>;
}

interface TermJson {
  tags: string[];
  offset: { start: number; length: number };
}

const rawLexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;

/** compromise's lexicon entry for a lowercase word or phrase ("City", "MaleName", "Region,ProperNoun"), if any. */
function lookup(word: string): string | undefined {
  if (!Object.hasOwn(rawLexicon, word)) return undefined;
  const entry = rawLexicon[word];
  if (typeof entry === 'string') return entry;
  return Array.isArray(entry) ? entry.join(',') : undefined;
}

function knownWord(lower: string): boolean {
  if (lookup(lower) !== undefined) return true;
  for (const stem of [lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')]) {
    if (stem !== lower && lookup(stem) !== undefined) return true;
  }
  return false;
}

const NAME_TAGS: Record<string, string[]> = {
  MaleName: ['Person', 'FirstName', 'ProperNoun'],
  FemaleName: ['Person', 'FirstName', 'ProperNoun'],
  FirstName: ['Person', 'FirstName', 'ProperNoun'],
  LastName: ['Person', 'LastName', 'ProperNoun'],
  Person: ['Person', 'ProperNoun'],
  City: ['Place', 'City', 'ProperNoun'],
  Country: ['Place', 'Country', 'ProperNoun'],
  Region: ['Place', 'Region', 'ProperNoun'],
  Place: ['Place', 'ProperNoun'],
  Organization: ['Organization', 'ProperNoun'],
  SportsTeam: ['Organization', 'ProperNoun'],
  Demonym: ['Demonym'],
  ProperNoun: ['ProperNoun'],
};

function lexiconTags(tokens: readonly Token[]): Map<number, ReadonlySet<string>> {
  const tags = new Map<number, Set<string>>();
  const tag = (t: Token, entry: string): void => {
    const set = tags.get(t.start) ?? new Set<string>();
    for (const raw of entry.split(',')) for (const x of NAME_TAGS[raw] ?? []) set.add(x);
    if (set.size) tags.set(t.start, set);
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) continue;
    // Multi-word entries first ("abu dhabi", "united states"): they tag every word.
    for (const n of [3, 2]) {
      const window = tokens.slice(i, i + n);
      if (window.length < n || window.some((w) => w.kind !== 'word' || w.sentence !== t.sentence)) continue;
      const entry = lookup(window.map((w) => w.text.toLowerCase()).join(' '));
      if (entry && NAME_TAGS[entry.split(',')[0]!]) for (const w of window) tag(w, entry);
    }
    const entry = lookup(t.text.toLowerCase());
    if (entry) tag(t, entry);
  }
  return tags;
}

function taggerTags(text: string): Map<number, ReadonlySet<string>> {
  const tags = new Map<number, ReadonlySet<string>>();
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: TermJson[] }>;
  for (const s of json) for (const t of s.terms) tags.set(t.offset.start, new Set(t.tags));
  return tags;
}

/**
 * Sentences, tokens and name tags of one text. compromise's offsets are UTF-16
 * indices like ours, so tagger output joins our tokens by start offset; a token
 * compromise split differently simply carries no tags.
 */
export function prepareText(text: string, tagging: Tagging = 'lexicon'): PreparedText {
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentenceIndexer(sentences));
  const tags =
    typeof tagging === 'function'
      ? tagging(text, tokens)
      : tagging === 'tagger'
        ? taggerTags(text)
        : lexiconTags(tokens);
  const lowercaseWords = new Set(tokens.filter((t) => t.kind === 'word' && /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  const sentenceTokens = sentences.map((): [number, number] => [0, 0]);
  tokens.forEach((t, i) => {
    const range = sentenceTokens[t.sentence]!;
    if (range[1] === 0) range[0] = i;
    range[1] = i + 1;
  });
  const titleCase = new Set<number>();
  sentenceTokens.forEach(([from, to], si) => {
    // A headline is a line of its own, mostly capitalised, with capitalised common words ("Drones Hit").
    const { start, end } = sentences[si]!;
    const ownLine =
      (start === 0 || text[start - 1] === '\n') &&
      (end === text.length || text[end] === '\n' || /^\s*\n/.test(text.slice(end, end + 3)));
    // Headlines do not end with a full stop.
    if (!ownLine || /[.!?]["”’]?$/.test(sentences[si]!.quote)) return;
    const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.text.length > 3);
    const capitals = words.filter((t) => /^\p{Lu}/u.test(t.text));
    const common = capitals.filter(
      (t) =>
        knownWord(t.text.toLowerCase()) &&
        !lookup(t.text.toLowerCase())?.match(/Name|City|Country|Region|Place|Organization/),
    );
    if (words.length >= 4 && capitals.length / words.length >= 0.7 && common.length >= 2) titleCase.add(si);
  });
  return { text, sentences, tokens, tags, isKnownWord: knownWord, lowercaseWords, sentenceTokens, titleCase };
}
