import type { EventCue, EventCueKind, ExtractedFigure, ExtractedStatement } from './extraction.js';
import type { MentionIndex } from './mentionIndex.js';
import type { PreparedText } from './prepareText.js';
import { defaultDateHint, findDateHints } from './resolveDateHint.js';

const CUES: Record<string, EventCueKind> = {
  attack: 'ATTACK',
  attacks: 'ATTACK',
  strike: 'ATTACK',
  strikes: 'ATTACK',
  struck: 'ATTACK',
  shelling: 'ATTACK',
  shelled: 'ATTACK',
  bombardment: 'ATTACK',
  bombardments: 'ATTACK',
  bombing: 'ATTACK',
  barrage: 'ATTACK',
  raid: 'ATTACK',
  raids: 'ATTACK',
  talks: 'TALKS',
  negotiations: 'TALKS',
  summit: 'TALKS',
  meeting: 'TALKS',
};

/**
 * One cue per sentence and kind for attacks and talks, with the places the
 * sentence names and a date range: the sentence's own date words, else those of
 * the previous sentence in the same paragraph, else the days just before publication. The figures and
 * statements of the sentence ride along, so the resolver can attach them to the
 * event it matches by place and date.
 */
export function extractEventCues(
  prep: PreparedText,
  mentions: MentionIndex,
  publishedOn: string,
  statements: readonly ExtractedStatement[],
  figures: readonly ExtractedFigure[],
): EventCue[] {
  const { tokens, sentences, text } = prep;
  const out: EventCue[] = [];
  const hints = sentences.map((s) => findDateHints(text, s.start, s.end, publishedOn)[0]);
  sentences.forEach((s, si) => {
    const seen = new Set<EventCueKind>();
    const [from, to] = prep.sentenceTokens[si]!;
    for (const t of tokens.slice(from, to)) {
      const kind = CUES[t.text.toLowerCase()];
      if (!kind || seen.has(kind)) continue;
      seen.add(kind);
      const own = hints[si];
      // A previous line (a dateline, a headline) is another paragraph; its dates are not the event's.
      const prevSentence = sentences[si - 1];
      const sameParagraph = prevSentence !== undefined && !text.slice(prevSentence.end, s.start).includes('\n');
      const prev = sameParagraph ? hints[si - 1] : undefined;
      const inside = (x: { start: number }): boolean => x.start >= s.start && x.start < s.end;
      out.push({
        key: `v${out.length}`,
        kind,
        span: { start: t.start, end: t.end, quote: t.text },
        sentence: s,
        placeKeys: [...new Set(mentions.mentions.filter((m) => m.type === 'Place' && inside(m)).map((m) => m.key))],
        date: own ?? prev ?? defaultDateHint(publishedOn),
        figureKeys: figures.filter((f) => inside(f.span)).map((f) => f.key),
        statementKeys: statements.filter((x) => inside(x.span)).map((x) => x.key),
      });
    }
  });
  return out;
}
