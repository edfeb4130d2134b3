import type { SpeakerRef } from './extraction.js';
import type { MentionIndex } from './mentionIndex.js';
import { GROUP_NOUNS, isDemonym, ORG_NOUNS, PERSON_PRONOUNS, PERSON_TITLES } from './newsCues.js';
import type { PreparedText } from './prepareText.js';

const SKIP_BEFORE_VERB = new Set([
  'also',
  'has',
  'had',
  'have',
  'however',
  'later',
  'earlier',
  'then',
  'previously',
  'again',
  'reportedly',
  ',',
]);
const NP_BOUNDARY = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  '"',
  '“',
  '”',
  'that',
  'which',
  'who',
  'and',
  'but',
  'while',
  'as',
  'after',
  'before',
  'when',
  'if',
  'because',
]);
const LEADING = /^(?:the|a|an|some|several|local|many)\s+/i;

/**
 * The speaker of a speech verb at token `verb`, looking at the noun phrase just
 * before it ("Kyiv Mayor Vitali Klitschko confirmed", "the company said", "she
 * said") when `direction` is "before", or just after it ("said Zelenskyy") when
 * "after". A named entity inside the phrase wins ("a senior Russian foreign
 * ministry official" → the ministry); a pronoun or "the company" resolves to the
 * last person or organization named before; a group ("local officials") gives a
 * label without an entity. Null when the phrase is none of these.
 */
export function resolveSpeaker(
  prep: PreparedText,
  mentions: MentionIndex,
  verb: number,
  direction: 'before' | 'after',
): SpeakerRef | null {
  const { tokens, text } = prep;
  const sentence = tokens[verb]!.sentence;
  let first: number;
  let last: number;
  if (direction === 'before') {
    last = verb - 1;
    while (last >= 0 && SKIP_BEFORE_VERB.has(tokens[last]!.text.toLowerCase()) && tokens[last]!.sentence === sentence)
      last -= 1;
    first = last;
    while (
      first - 1 >= 0 &&
      tokens[first - 1]!.sentence === sentence &&
      last - first < 8 &&
      !NP_BOUNDARY.has(tokens[first - 1]!.text.toLowerCase())
    ) {
      first -= 1;
    }
  } else {
    first = verb + 1;
    last = first;
    while (
      tokens[last + 1] &&
      tokens[last + 1]!.sentence === sentence &&
      last - first < 8 &&
      !NP_BOUNDARY.has(tokens[last + 1]!.text.toLowerCase()) &&
      tokens[last + 1]!.kind !== 'punct'
    ) {
      last += 1;
    }
  }
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b || first > last || a.sentence !== sentence || b.sentence !== sentence || b.kind === 'punct') return null;
  const head = b.text.toLowerCase();
  // "DTEK, Ukraine's largest private energy company, said": the subject is before the apposition.
  if (direction === 'before' && tokens[first - 1]?.text === ',' && tokens[last + 1]?.text === ',') {
    const subject = mentions.endingAt(tokens[first - 2]?.end ?? -1);
    if (subject && subject.type !== 'Place' && /^(?:\p{Ll}|\p{Lu}\S*$)/u.test(a.text) && !PERSON_PRONOUNS.has(head)) {
      const quote = text.slice(subject.start, subject.end);
      return {
        entityKey: subject.key,
        label: quote,
        span: { start: subject.start, end: subject.end, quote },
        resolvedBy: 'name',
      };
    }
  }
  const span = { start: a.start, end: b.end, quote: text.slice(a.start, b.end) };

  // "he", or "what it" in "after what it described as": a pronoun with only function words before it.
  const bare = tokens.slice(first, last).every((t) => /^(?:what|after|as|then|so)$/i.test(t.text));
  if (PERSON_PRONOUNS.has(head) && bare) {
    const m = mentions.lastBefore(a.start, 'Person');
    return m ? { entityKey: m.key, label: text.slice(m.start, m.end), span, resolvedBy: 'pronoun' } : null;
  }
  if ((head === 'it' || head === 'they') && bare) {
    const m = mentions.lastBefore(a.start, 'Organization');
    return m ? { entityKey: m.key, label: text.slice(m.start, m.end), span, resolvedBy: 'pronoun' } : null;
  }
  const named = mentions.within(span.start, span.end);
  if (named && !(named.type === 'Place' && named.end !== span.end && GROUP_NOUNS.has(head))) {
    return { entityKey: named.key, label: text.slice(named.start, named.end), span, resolvedBy: 'name' };
  }
  const definite = /^the\s/i.test(span.quote);
  // "the company" points back to the last organization; "the regional health department" is a new, unnamed speaker.
  if (definite && ORG_NOUNS.has(head) && last - first > 1) {
    return { entityKey: null, label: span.quote.replace(LEADING, ''), span, resolvedBy: 'nounPhrase' };
  }
  if (definite && ORG_NOUNS.has(head)) {
    const m = mentions.lastBefore(a.start, 'Organization');
    if (m) return { entityKey: m.key, label: text.slice(m.start, m.end), span, resolvedBy: 'nounPhrase' };
  }
  if (definite && PERSON_TITLES.has(head)) {
    const m = mentions.lastBefore(a.start, 'Person', head) ?? mentions.lastBefore(a.start, 'Person');
    if (m) return { entityKey: m.key, label: text.slice(m.start, m.end), span, resolvedBy: 'nounPhrase' };
  }
  if (GROUP_NOUNS.has(head)) {
    // "Russian sources" speak for Russia when the article names it.
    const country = isDemonym(a.text) ? countryOf(prep, mentions, a.text) : null;
    return { entityKey: country, label: span.quote.replace(LEADING, ''), span, resolvedBy: 'group' };
  }
  return null;
}

/** The place the article names whose name a nationality adjective comes from ("Russian" → Russia, "Ukrainian" → Ukraine). */
function countryOf(prep: PreparedText, mentions: MentionIndex, demonym: string): string | null {
  const stem = demonym.toLowerCase().replace(/(?:ian|an|ese|ish|i|ic)$/, '');
  if (stem.length < 4) return null;
  const m = mentions.mentions.find(
    (x) => x.type === 'Place' && prep.text.slice(x.start, x.end).toLowerCase().startsWith(stem),
  );
  return m?.key ?? null;
}
