import { attributionOf } from './attributionOf.js';
import type { ExtractedStatement, Span, SpeakerRef } from './extraction.js';
import type { MentionIndex } from './mentionIndex.js';
import { SPEECH_VERBS } from './newsCues.js';
import type { PreparedText } from './prepareText.js';
import { resolveSpeaker } from './resolveSpeaker.js';

// Verbs that introduce a quoted phrase without being speech verbs in general ("called the strike "…"").
const NAMING_VERBS = new Set(['called', 'calls', 'dubbed', 'termed', 'describing', 'calling']);
const QUOTE = /“([^”\n]+)”|"([^"\n]+)"/g;
// Trailing words after a sentence-final "X said" that do not start a clause of their own.
const TAIL = new Set([
  'in',
  'on',
  'a',
  'an',
  'the',
  'post',
  'statement',
  'telegram',
  'x',
  'interview',
  'briefing',
  'to',
  'reporters',
  'journalists',
  'late',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'media',
  'social',
  'video',
  'address',
  'message',
  'its',
  'his',
  'her',
  'their',
  'channel',
  'website',
  'evening',
  'morning',
  'night',
]);
// Where a reported clause stops: a contrast, a second cue verb, or a trailing ", local media reported".
const CLAUSE_CUT =
  /,\s+while\b|;|,\s+and\s+(?:urged|warned|said|added|called)\b|\s+and\s+(?:urged|warned|added|called)\b|,\s+(?:\S+\s+){0,4}(?:said|says|reported|reports|added|told\s+\S+)\s*[.!]?$/;

function span(text: string, start: number, end: number): Span {
  while (start < end && /[\s,:"“]/.test(text[start]!)) start += 1;
  while (end > start && /[\s,.;:"”]/.test(text[end - 1]!)) end -= 1;
  return { start, end, quote: text.slice(start, end) };
}

/**
 * Direct quotes and reported speech, each with its speaker. A direct quote takes
 * its speaker from the words after it ('"…," the company said', '"…" he wrote on
 * Telegram', '"…," said X') or before it ('X said: "…"', 'X: "…"'). Reported
 * speech is a speech verb with a clear speaker: "X said (that) …", "…, X said",
 * "…, according to X"; a second verb joined by "and" keeps the first one's
 * speaker ("She said … and urged …"). Statements without a speaker are left out.
 */
export function extractStatements(prep: PreparedText, mentions: MentionIndex): ExtractedStatement[] {
  const { text, tokens, sentences } = prep;
  const out: Omit<ExtractedStatement, 'key'>[] = [];
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const usedVerbs = new Set<number>();
  const quoted: Array<[number, number]> = [];

  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2] ?? '';
    if (inner.trim().split(/\s+/).length < 3) continue;
    const open = m.index;
    const close = open + m[0].length;
    quoted.push([open, close]);
    const quote = span(text, open + 1, close - 1);
    let speaker: SpeakerRef | null = null;
    let verb = -1;
    // After: '"…," the company said' / '"…," said X' / '"…" he wrote on Telegram', in the quote's own sentence.
    const afterIdx = tokenAt(close);
    const quoteSentence = tokens[tokenAt(close - 1)]!.sentence;
    for (let k = afterIdx; k < afterIdx + 8 && tokens[k] && tokens[k]!.sentence === quoteSentence; k += 1) {
      if (!SPEECH_VERBS.has(tokens[k]!.text.toLowerCase())) continue;
      speaker = k > afterIdx && tokens[k - 1]!.start >= close ? resolveSpeaker(prep, mentions, k, 'before') : null;
      if (speaker && speaker.span.start < close) speaker = null;
      speaker ??= resolveSpeaker(prep, mentions, k, 'after');
      verb = k;
      break;
    }
    // Before: 'X said: "…"', 'X told reporters in Brussels: "…"', 'X: "…"', 'X called it "…"'.
    if (!speaker) {
      const b = tokenAt(open) - 1;
      const sentenceOfOpen = tokens[tokenAt(open)]?.sentence;
      for (let k = b; k >= 0 && k > b - 8 && tokens[k]!.sentence === sentenceOfOpen; k -= 1) {
        const w = tokens[k]!.text.toLowerCase();
        if (!SPEECH_VERBS.has(w) && !NAMING_VERBS.has(w)) continue;
        verb = k;
        speaker = resolveSpeaker(prep, mentions, k, 'before');
        break;
      }
      const prev = tokens[b];
      if (!speaker && prev && (prev.text === ':' || prev.text === '—' || prev.text === '-')) {
        // 'X: "…"', or with an apposition between: 'X, the governor: "…"'.
        let k = b - 1;
        while (
          k > b - 7 &&
          tokens[k] &&
          tokens[k]!.sentence === sentenceOfOpen &&
          !mentions.endingAt(tokens[k]!.end) &&
          (tokens[k]!.kind !== 'word' || /^\p{Ll}/u.test(tokens[k]!.text))
        )
          k -= 1;
        const named = mentions.endingAt(tokens[k]?.end ?? -1);
        if (named && named.type !== 'Place') {
          const label = text.slice(named.start, named.end);
          speaker = {
            entityKey: named.key,
            label,
            span: { start: named.start, end: named.end, quote: label },
            resolvedBy: 'name',
          };
        }
      }
    }
    if (verb >= 0) usedVerbs.add(verb);
    const cueVerb = verb >= 0 ? tokens[verb]!.text : ':';
    const from = Math.min(open, speaker?.span.start ?? open);
    const to = Math.max(close, verb >= 0 ? tokens[verb]!.end : close, speaker?.span.end ?? close);
    out.push({
      text: quote.quote,
      isDirectQuote: true,
      cueVerb,
      attribution: attributionOf(cueVerb, quote.quote),
      speaker,
      span: quote,
      evidence: { start: from, end: to, quote: text.slice(from, to) },
    });
  }

  const insideQuote = (offset: number): boolean => quoted.some(([a, b]) => offset >= a && offset < b);
  sentences.forEach((sentence, si) => {
    let previous: SpeakerRef | null = null;
    for (let v = tokenAt(sentence.start); v < tokens.length && tokens[v]!.sentence === si; v += 1) {
      const t = tokens[v]!;
      const word = t.text.toLowerCase();
      const according = word === 'according' && tokens[v + 1]?.text === 'to';
      if ((!SPEECH_VERBS.has(word) && !according) || !/^\p{Ll}/u.test(t.text)) continue;
      if (usedVerbs.has(v) || insideQuote(t.start)) continue;
      if (quoted.some(([a, b]) => a >= sentence.start && b <= sentence.end)) continue;
      const prevWord = tokens[v - 1]?.text.toLowerCase();
      let speaker: SpeakerRef | null;
      let clause: Span;
      const cueVerb = according ? 'according to' : t.text;
      // "…, DTEK said, but …" ends the reported clause just as a sentence end does.
      const tail = isSentenceTail(v + (according ? 2 : 1), si) || (tokens[v + 1]?.text === ',' && commaBefore(v));
      if (according) {
        speaker = resolveSpeaker(prep, mentions, v + 1, 'after');
        clause = span(text, sentence.start, t.start);
      } else if (tail) {
        // "…, X said." or "…, said X."
        speaker =
          prevWord === ',' ? resolveSpeaker(prep, mentions, v, 'after') : resolveSpeaker(prep, mentions, v, 'before');
        const cut = speaker ? Math.min(speaker.span.start, t.start) : t.start;
        clause = span(text, clauseStart(sentence.start, cut), cut);
      } else {
        speaker = prevWord === 'and' && previous ? previous : resolveSpeaker(prep, mentions, v, 'before');
        let from = t.end;
        if (tokens[v + 1]?.text.toLowerCase() === 'that') from = tokens[v + 1]!.end;
        const rest = text.slice(from, sentence.end);
        const cut = CLAUSE_CUT.exec(rest);
        clause = span(text, from, cut ? from + cut.index : sentence.end);
      }
      if (!speaker || clause.quote.split(/\s+/).length < 3) continue;
      previous = speaker;
      const from = Math.min(speaker.span.start, clause.start);
      const to = Math.max(speaker.span.end, clause.end, t.end);
      out.push({
        text: clause.quote,
        isDirectQuote: false,
        cueVerb,
        attribution: attributionOf(cueVerb, clause.quote),
        speaker,
        span: clause,
        evidence: { start: from, end: to, quote: text.slice(from, to) },
      });
    }
  });
  return out.sort((a, b) => a.span.start - b.span.start).map((s, i) => ({ key: `s${i}`, ...s }));

  /** True when the speaker phrase before the verb at `v` follows a comma ("…, city officials said"). */
  function commaBefore(v: number): boolean {
    for (let k = v - 1; k >= 0 && v - k <= 6 && tokens[k]!.sentence === tokens[v]!.sentence; k -= 1) {
      if (tokens[k]!.text === ',') return k < v - 1;
      if (tokens[k]!.kind === 'punct') return false;
    }
    return false;
  }

  /** True when only a speaker phrase and trailing circumstance words follow up to the sentence end. */
  function isSentenceTail(k: number, si: number): boolean {
    for (; k < tokens.length && tokens[k]!.sentence === si; k += 1) {
      const w = tokens[k]!.text.toLowerCase();
      if (tokens[k]!.kind === 'punct' && w !== '.' && w !== '!') return false;
      if (tokens[k]!.kind === 'word' && !TAIL.has(w) && !/^\p{Lu}/u.test(tokens[k]!.text)) return false;
    }
    return true;
  }

  /** A clause before "…, X said" starts after a dateline ("KYIV, Ukraine (AP) —") or a leading adverbial ("By Saturday evening,"). */
  function clauseStart(start: number, cut: number): number {
    const dateline = /^\p{Lu}{3,}[^—–]{0,40}[—–]\s*/u.exec(text.slice(start, cut));
    if (dateline) start += dateline[0].length;
    const lead = /^(?:by|on|in|at|after|late|early|earlier|meanwhile|elsewhere)\b[^,]{0,40},\s*/i.exec(
      text.slice(start, cut),
    );
    return lead ? start + lead[0].length : start;
  }
}
