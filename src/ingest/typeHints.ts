import type { NameChunk, TypeHint } from './findNameChunks.js';
import {
  ORG_HEADS,
  ORG_NOUNS,
  PERSON_NOUNS,
  PERSON_TITLES,
  PLACE_NOUNS,
  PLACE_WORDS,
  SPEECH_VERBS,
} from './newsCues.js';
import type { PreparedText } from './prepareText.js';

const LOCATIVE = new Set([
  'in',
  'to',
  'from',
  'near',
  'across',
  'outside',
  'into',
  'through',
  'towards',
  'toward',
  'around',
  'inside',
  'at',
]);
const ATTACK_NOUNS = new Set([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'assault',
  'offensive',
  'shelling',
  'raid',
  'raids',
  'advance',
]);
const APPOSITION_STOP = new Set(['of', 'in', 'who', 'which', 'that', 'and', 'said', 'says', 'for', 'on', 'with']);
const HEAD_OF = new Set([
  'head',
  'chief',
  'director',
  'leader',
  'chairman',
  'chair',
  'president',
  'secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'member',
  'members',
  'minister',
]);
const PLACE_VERBS = new Set([
  'visited',
  'visiting',
  'visit',
  'visits',
  'reached',
  'entered',
  'captured',
  'liberated',
  'shelled',
  'struck',
  'bombed',
  'hit',
  'seized',
  'occupied',
  'encircled',
  'evacuated',
  'toured',
  'left',
  'recaptured',
]);
const ADVERBS = new Set(['also', 'has', 'had', 'have', 'later', 'earlier', 'then', 'previously', 'however', 'again']);

function nounType(word: string): TypeHint['type'] | null {
  if (PERSON_NOUNS.has(word)) return 'Person';
  if (ORG_NOUNS.has(word)) return 'Organization';
  if (PLACE_NOUNS.has(word)) return 'Place';
  return null;
}

/**
 * Type evidence from a chunk's surroundings: an apposition ("DTEK, Ukraine's
 * largest private energy company,"), a descriptor before it ("the water utility
 * X", "the city of X"), a locative preposition ("in X", "attack on X"), a speech
 * verb after it, its head word, its shape, and compromise's tags.
 */
export function typeHints(prep: PreparedText, chunk: NameChunk): TypeHint[] {
  const { tokens } = prep;
  const hints: TypeHint[] = [];
  const lower = (i: number): string => tokens[i]?.text.toLowerCase() ?? '';
  const sentence = tokens[chunk.first]!.sentence;
  const same = (i: number): boolean => tokens[i]?.sentence === sentence;

  // Apposition: ", <the|a|possessive|adjectives> ... head-noun ,"
  if (tokens[chunk.last + 1]?.text === ',' && same(chunk.last + 2)) {
    const firstWord = tokens[chunk.last + 2]!;
    const opens =
      /^\p{Ll}/u.test(firstWord.text) || tokens[chunk.last + 3]?.kind === 'possessive' || firstWord.kind === 'number';
    if (opens && !SPEECH_VERBS.has(firstWord.text.toLowerCase())) {
      let head: TypeHint['type'] | null = null;
      for (let k = chunk.last + 2; k < chunk.last + 12 && same(k); k += 1) {
        const w = lower(k);
        if (tokens[k]!.kind === 'punct' || APPOSITION_STOP.has(w)) break;
        if (/^\p{Ll}/u.test(tokens[k]!.text)) head = nounType(w) ?? head;
      }
      if (head) hints.push({ type: head, weight: 5, why: 'apposition' });
    }
  }

  // Descriptor before: "the water utility X", "the city of X", "Ukraine's capital, X".
  let k = chunk.first - 1;
  if (lower(k) === 'the') k -= 1;
  const viaOf = lower(k) === 'of';
  if (viaOf) k -= 1;
  else if (tokens[k]?.text === ',') k -= 1;
  const before = lower(k);
  const descriptor = /^\p{Ll}/u.test(tokens[k]?.text ?? '') ? nounType(before) : null;
  if (descriptor && same(k) && !PERSON_TITLES.has(before)) {
    // "of": only place nouns name what follows ("city of X"); "head of X" does not make X a person.
    if (!viaOf || descriptor === 'Place') hints.push({ type: descriptor, weight: 5, why: 'descriptor' });
  }

  const prev = lower(chunk.first - 1) === 'the' ? chunk.first - 2 : chunk.first - 1;
  const words = chunk.last - chunk.first + 1;
  if (lower(prev) === 'to' && lower(prev - 1) === 'according') {
    // "according to the X": people take no article.
    const org = words === 1 || prev !== chunk.first - 1;
    hints.push({ type: org ? 'Organization' : 'Person', weight: org && words > 1 ? 2 : 1.5, why: 'according to' });
  } else if (LOCATIVE.has(lower(prev)) && same(prev)) hints.push({ type: 'Place', weight: 1.5, why: 'locative' });
  // "visited X", "captured X", "shelled X": the object of a movement or attack verb is a place.
  if (PLACE_VERBS.has(lower(chunk.first - 1))) hints.push({ type: 'Place', weight: 2, why: 'place verb' });
  // "head of X", "director of X": X is an organization.
  if (lower(prev) === 'of' && HEAD_OF.has(lower(prev - 1)))
    hints.push({ type: 'Organization', weight: 3, why: 'head of' });
  if (lower(prev) === 'on' && ATTACK_NOUNS.has(lower(prev - 1)))
    hints.push({ type: 'Place', weight: 3, why: 'attack on' });

  let v = chunk.last + 1;
  while (ADVERBS.has(lower(v))) v += 1;
  if (SPEECH_VERBS.has(lower(v)) && same(v)) {
    hints.push({ type: words > 1 ? 'Person' : 'Organization', weight: 1.5, why: 'speaker' });
  }

  const head = tokens[chunk.last]!.text.toLowerCase();
  // "Ministry of Energy", "Danri Ministry of Sharo": an organization head joined by "of" inside the name.
  const headOf = tokens
    .slice(chunk.first, chunk.last)
    .some((t, n) => ORG_HEADS.has(t.text.toLowerCase()) && lower(chunk.first + n + 1) === 'of');
  if (ORG_HEADS.has(head) || headOf) hints.push({ type: 'Organization', weight: 4, why: 'organization head' });
  else if (PLACE_WORDS.has(head)) hints.push({ type: 'Place', weight: 4, why: 'place word' });

  const surface = prep.text.slice(chunk.start, chunk.end);
  if (/^\p{Lu}{2,}$/u.test(surface)) hints.push({ type: 'Organization', weight: 1.5, why: 'acronym' });
  else if (
    words >= 2 &&
    words <= 3 &&
    tokens.slice(chunk.first, chunk.last + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))
  ) {
    hints.push({ type: 'Person', weight: 0.8, why: 'name shape' });
  }

  for (let i = chunk.first; i <= chunk.last; i += 1) {
    const tags = prep.tags.get(tokens[i]!.start);
    if (!tags) continue;
    if (tags.has('Person') || tags.has('FirstName') || tags.has('LastName'))
      hints.push({ type: 'Person', weight: 1.5 / words, why: 'compromise' });
    if (tags.has('Country') || tags.has('City') || tags.has('Region'))
      hints.push({ type: 'Place', weight: 2.5 / words, why: 'compromise' });
    else if (tags.has('Place')) hints.push({ type: 'Place', weight: 1 / words, why: 'compromise' });
    if (tags.has('Organization')) hints.push({ type: 'Organization', weight: 2 / words, why: 'compromise' });
  }
  return hints;
}
