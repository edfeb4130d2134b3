import type { EntityType } from './extraction.js';
import {
  CALENDAR,
  NOT_NAMES,
  OF_HEADS,
  ORG_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_WORDS,
  TITLE_MODIFIERS,
  isDemonym,
} from './newsCues.js';
import type { PreparedText } from './prepareText.js';
import type { Token } from './tokenize.js';

/** Evidence for one type, with a weight; the extractor sums them per entity. */
export interface TypeHint {
  type: EntityType;
  weight: number;
  why: string;
}

/** A run of name tokens, titles removed: one mention of a would-be entity. */
export interface NameChunk {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name as it should be stored ("Luhansk region" for "Luhansk and Donetsk regions"). */
  name: string;
  role: string | null;
  /** Index of the chunk this one is the role-holder modifier of ("Kyiv" in "Kyiv Mayor X"). */
  modifierOf: number | null;
  hints: TypeHint[];
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];

/**
 * Whether a token starts or continues a name. Capitalisation is the signal, but a
 * sentence's first word (or a quote's) is capitalised anyway, so there it must
 * also be unknown to compromise's English lexicon, unused in lowercase in this
 * article, or tagged as a proper noun.
 */
export function isNameToken(prep: PreparedText, i: number): boolean {
  const t = prep.tokens[i];
  if (!isWord(t) || !/^\p{Lu}/u.test(t.text) || t.text.length < 2) return false;
  const low = t.text.toLowerCase();
  if (CALENDAR.has(low)) return false;
  const prev = prep.tokens[i - 1];
  // In a Title Case headline every word is capitalised, so each one is judged like a sentence's first.
  const initial =
    !prev || prev.sentence !== t.sentence || /^["“‘'(]$/.test(prev.text) || prep.titleCase.has(t.sentence);
  if (!initial) return low !== 'i';
  if (NOT_NAMES.has(low)) return false;
  const tags = prep.tags.get(t.start);
  if (tags && PROPER_TAGS.some((x) => tags.has(x))) return true;
  if (/^\p{Lu}{2,}$/u.test(t.text)) return true;
  return !prep.lowercaseWords.has(low) && !prep.isKnownWord(low);
}

function singular(head: string): string {
  return head.replace(/s$/, '');
}

/**
 * Finds the name runs of the text: consecutive name tokens, joined by "of" after
 * a word like "Ministry" or "Bank", extended by a lowercase place head ("Kyiv
 * region"), with person titles split off ("Kyiv Mayor Vitali Klitschko" gives the
 * place "Kyiv" and the person "Vitali Klitschko" with the role "Mayor"). Type
 * hints that depend only on the run itself are attached here.
 */
export function findNameChunks(prep: PreparedText, claimed: ReadonlySet<number>): NameChunk[] {
  const { tokens, text } = prep;
  const chunks: NameChunk[] = [];
  const name = (i: number): boolean => !claimed.has(i) && isNameToken(prep, i);
  let pendingTitle: { role: string; until: number } | null = null;

  for (let i = 0; i < tokens.length; i += 1) {
    if (!name(i)) continue;
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (next && next.sentence === tokens[i]!.sentence && name(j + 1)) {
        j += 1;
        continue;
      }
      // "Ministry of Foreign Affairs", "Bank of the Republic".
      if (lower(next) === 'of' && OF_HEADS.has(lower(tokens[j]))) {
        const k = lower(tokens[j + 2]) === 'the' ? j + 3 : j + 2;
        if (name(k) && tokens[k]!.sentence === tokens[i]!.sentence) {
          j = k;
          continue;
        }
      }
      break;
    }
    const first = i;
    i = j;
    // "Presidential Office Andriy Yermak": an organization's head word ends it; the name after is a person.
    let from = first;
    for (let k = first; k < j; k += 1) {
      if (
        ORG_HEADS.has(lower(tokens[k])) &&
        k - from >= 1 &&
        j - k >= 2 &&
        tokens.slice(k + 1, j + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))
      ) {
        emitRun(from, k);
        chunks.at(-1)!.hints.push({ type: 'Organization', weight: 2, why: 'organization before a name' });
        from = k + 1;
        const role = text.slice(tokens[first]!.start, tokens[k]!.end);
        const before = lower(tokens[first - 1]) === 'the' ? first - 2 : first - 1;
        const headOf = lower(tokens[before]) === 'of' && PERSON_TITLES.has(lower(tokens[before - 1]));
        pendingTitle = headOf
          ? { role: text.slice(tokens[before - 1]!.start, tokens[k]!.end), until: from }
          : { role, until: from };
        break;
      }
    }
    emitRun(from, j);
  }
  return chunks;

  function emitRun(first: number, last: number): void {
    let lastIdx = last;
    const hints: TypeHint[] = [];
    let nameText: string | null = null;
    // Lowercase place head: "Kyiv region", "Desnianskyi district".
    const after = tokens[last + 1];
    if (isWord(after) && PLACE_HEADS.has(lower(after)) && after.sentence === tokens[last]!.sentence) {
      lastIdx = last + 1;
      nameText = `${text.slice(tokens[first]!.start, tokens[last]!.end)} ${singular(lower(after))}`;
      hints.push({ type: 'Place', weight: 4, why: 'place head' });
    }
    // "Luhansk and Donetsk regions": the first name shares the plural head.
    const conj = lower(tokens[last + 1]);
    if ((conj === 'and' || conj === ',') && !nameText) {
      let k = last + 2;
      while (isNameToken(prep, k)) k += 1;
      const head = tokens[k];
      if (k > last + 2 && isWord(head) && PLACE_HEADS.has(lower(head)) && lower(head).endsWith('s')) {
        nameText = `${text.slice(tokens[first]!.start, tokens[last]!.end)} ${singular(lower(head))}`;
        hints.push({ type: 'Place', weight: 4, why: 'shared place head' });
      }
    }

    // Split off a capitalised title: the last title word followed by a name.
    const lastWord = lower(tokens[lastIdx]);
    let titleAt = -1;
    if (!ORG_HEADS.has(lastWord) && !PLACE_WORDS.has(lastWord) && !PLACE_HEADS.has(lastWord)) {
      for (let k = last; k >= first; k -= 1) {
        if (PERSON_TITLES.has(lower(tokens[k]))) {
          titleAt = k;
          break;
        }
      }
    }
    if (titleAt >= 0) {
      let titleStart = titleAt;
      while (
        titleStart > first &&
        (TITLE_MODIFIERS.has(lower(tokens[titleStart - 1])) || PERSON_TITLES.has(lower(tokens[titleStart - 1])))
      ) {
        titleStart -= 1;
      }
      let roleStart = titleStart;
      while (roleStart > 0 && TITLE_MODIFIERS.has(lower(tokens[roleStart - 1]))) roleStart -= 1;
      const role = text.slice(tokens[Math.min(roleStart, titleStart)]!.start, tokens[titleAt]!.end);
      let modifierIndex: number | null = null;
      if (titleStart > first) {
        const modifier = tokens.slice(first, titleStart);
        if (!(modifier.length === 1 && isDemonym(modifier[0]!.text))) {
          modifierIndex = chunks.length;
          chunks.push(makeChunk(first, titleStart - 1, null, null, []));
        }
      }
      if (titleAt === last) {
        pendingTitle = { role, until: last + 3 };
        return;
      }
      const personHints: TypeHint[] = [{ type: 'Person', weight: 5, why: 'title' }];
      const person = makeChunk(titleAt + 1, lastIdx, role, nameText, [...hints, ...personHints]);
      chunks.push(person);
      if (modifierIndex !== null) chunks[modifierIndex]!.modifierOf = chunks.length - 1;
      return;
    }
    // ", Volodymyr Zelenskyy" right after "Ukraine’s President".
    let role: string | null = null;
    const title = pendingTitle as { role: string; until: number } | null;
    if (title && first <= title.until) {
      role = title.role;
      hints.push({ type: 'Person', weight: 5, why: 'title before apposition' });
    }
    pendingTitle = null;
    const lowercaseRole = titleBefore(first);
    if (lowercaseRole) {
      role = lowercaseRole;
      hints.push({ type: 'Person', weight: 5, why: 'lowercase title' });
    }
    chunks.push(makeChunk(first, lastIdx, role, nameText, hints));
  }

  /** "special envoy Steve Witkoff", "opposition lawmaker, Kira Rudik", "chief executive X". */
  function titleBefore(first: number): string | null {
    let k = first - 1;
    if (tokens[k]?.text === ',') k -= 1;
    const end = k;
    let hasTitle = false;
    // Lowercase titles, or a capitalised one that starts the sentence ("Admiral Rob Bauer").
    const titleWord = (i: number): boolean =>
      /^\p{Ll}/u.test(tokens[i]!.text) ||
      (PERSON_TITLES.has(lower(tokens[i])) && tokens[i - 1]?.sentence !== tokens[i]!.sentence);
    while (k >= 0 && end - k < 4 && isWord(tokens[k]) && titleWord(k)) {
      const w = lower(tokens[k]);
      if (PERSON_TITLES.has(w)) hasTitle = true;
      else if (!TITLE_MODIFIERS.has(w)) break;
      k -= 1;
    }
    if (!hasTitle || end < 0) return null;
    // The title must end with a title word ("envoy"), not a modifier ("executive" counts as a title).
    if (!PERSON_TITLES.has(lower(tokens[end]))) return null;
    return text.slice(tokens[k + 1]!.start, tokens[end]!.end);
  }

  function makeChunk(
    first: number,
    last: number,
    role: string | null,
    nameText: string | null,
    hints: TypeHint[],
  ): NameChunk {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    return { first, last, start, end, name: nameText ?? text.slice(start, end), role, modifierOf: null, hints };
  }
}
