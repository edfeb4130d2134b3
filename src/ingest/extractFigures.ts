import type { ExtractedFigure, ExtractedStatement, SpeakerRef } from './extraction.js';
import type { MentionIndex } from './mentionIndex.js';
import type { FigureGroup, FigureMeasure, FigureQualifier } from './modelTypes.js';
import { isNumberWord, parseNumber } from './parseNumber.js';
import type { PreparedText } from './prepareText.js';

const MEASURE_WORDS: Record<string, FigureMeasure> = {
  killed: 'KILLED',
  dead: 'KILLED',
  died: 'KILLED',
  killing: 'KILLED',
  injured: 'INJURED',
  wounded: 'INJURED',
  hurt: 'INJURED',
  injuring: 'INJURED',
  wounding: 'INJURED',
  hospitalized: 'HOSPITALIZED',
  hospitalised: 'HOSPITALIZED',
  hospital: 'HOSPITALIZED',
  treatment: 'HOSPITALIZED',
  rescued: 'RESCUED',
  saved: 'RESCUED',
  rescuing: 'RESCUED',
  pulled: 'RESCUED',
  freed: 'RESCUED',
  deployed: 'DEPLOYED',
  deploying: 'DEPLOYED',
  mobilised: 'DEPLOYED',
  mobilized: 'DEPLOYED',
};
const GROUP_WORDS: Record<string, FigureGroup> = {
  people: 'PEOPLE',
  person: 'PEOPLE',
  persons: 'PEOPLE',
  others: 'PEOPLE',
  civilians: 'PEOPLE',
  civilian: 'PEOPLE',
  adults: 'PEOPLE',
  women: 'PEOPLE',
  men: 'PEOPLE',
  woman: 'PEOPLE',
  man: 'PEOPLE',
  children: 'CHILDREN',
  child: 'CHILDREN',
  kids: 'CHILDREN',
  minors: 'CHILDREN',
  minor: 'CHILDREN',
  teenagers: 'CHILDREN',
  teenager: 'CHILDREN',
  boy: 'CHILDREN',
  girl: 'CHILDREN',
  boys: 'CHILDREN',
  girls: 'CHILDREN',
  baby: 'CHILDREN',
  infant: 'CHILDREN',
  residents: 'RESIDENTS',
  resident: 'RESIDENTS',
  inhabitants: 'RESIDENTS',
  villagers: 'RESIDENTS',
  workers: 'RESCUE_WORKERS',
  rescuers: 'RESCUE_WORKERS',
  firefighters: 'RESCUE_WORKERS',
  responders: 'RESCUE_WORKERS',
  personnel: 'RESCUE_WORKERS',
  crews: 'RESCUE_WORKERS',
  servicemen: 'RESCUE_WORKERS',
};
// Words allowed between a number and its measure: group modifiers, auxiliaries, adverbs.
const FILLER = new Set([
  'taken',
  'to',
  'rescue',
  'emergency',
  'other',
  'more',
  'of',
  'them',
  'were',
  'was',
  'have',
  'has',
  'had',
  'been',
  'are',
  'is',
  'being',
  'be',
  'currently',
  'still',
  'reportedly',
  'also',
  'seriously',
  'critically',
  'badly',
  'slightly',
  'later',
  'receiving',
  'in',
  'being',
  'left',
  'local',
  'young',
  'elderly',
  'now',
  'all',
  'who',
  'subsequently',
  'were',
  'fatally',
  'lightly',
]);
const QUALIFIERS: Array<[string[], FigureQualifier]> = [
  [['at', 'least'], 'AT_LEAST'],
  [['no', 'fewer', 'than'], 'AT_LEAST'],
  [['a', 'minimum', 'of'], 'AT_LEAST'],
  [['nearly'], 'NEARLY'],
  [['almost'], 'NEARLY'],
  [['close', 'to'], 'NEARLY'],
  [['just', 'under'], 'NEARLY'],
  [['more', 'than'], 'MORE_THAN'],
  [['over'], 'MORE_THAN'],
  [['upwards', 'of'], 'MORE_THAN'],
  [['above'], 'MORE_THAN'],
  [['about'], 'ABOUT'],
  [['around'], 'ABOUT'],
  [['approximately'], 'ABOUT'],
  [['roughly'], 'ABOUT'],
  [['some'], 'ABOUT'],
  [['an', 'estimated'], 'ABOUT'],
  [['up', 'to'], 'ABOUT'],
];
const VAGUE = new Set(['several', 'dozens', 'hundreds', 'scores', 'many', 'thousands', 'numerous']);
const BREAKDOWN_CUES = new Set(['including', 'among']);

/**
 * Casualty and response counts: "at least fourteen people were injured",
 * "injured 13 people", "nearly twenty others injured", "several residents were
 * rescued", "three currently receiving treatment in hospital". A count introduced
 * by "including" or "among them" is a breakdown of the figure before it in the
 * sentence ("including a child"). The reporter is the speaker of the statement
 * that contains the figure; the place is the nearest place named in the sentence.
 */
export function extractFigures(
  prep: PreparedText,
  mentions: MentionIndex,
  statements: readonly ExtractedStatement[],
): ExtractedFigure[] {
  const { tokens, text } = prep;
  const low = (i: number): string => tokens[i]?.text.toLowerCase() ?? '';
  const out: ExtractedFigure[] = [];
  const sentenceOf = new Map<string, number>();
  const taken = new Set<number>();

  for (let i = 0; i < tokens.length; i += 1) {
    if (taken.has(i)) continue;
    const t = tokens[i]!;
    const sentence = t.sentence;
    const same = (k: number): boolean => tokens[k]?.sentence === sentence;
    // The number: digits, number words, "a"/"an" before a singular group noun, or a vague word.
    let last = i;
    let count: number | null;
    let vague = false;
    if (t.kind === 'number') count = parseNumber([t.text]);
    else if (t.kind === 'word' && isNumberWord(t.text) && !/^(?:dozen)$/i.test(t.text)) {
      while (
        same(last + 1) &&
        (isNumberWord(tokens[last + 1]!.text) ||
          (low(last + 1) === 'and' && isNumberWord(tokens[last + 2]?.text ?? '')))
      )
        last += 1;
      count = parseNumber(tokens.slice(i, last + 1).map((x) => x.text));
    } else if ((low(i) === 'a' || low(i) === 'an') && GROUP_WORDS[low(i + 1)] && !/s$/.test(low(i + 1))) {
      count = 1;
    } else if (VAGUE.has(low(i))) {
      count = null;
      vague = true;
      if (low(i + 1) === 'of') last += 1;
    } else continue;
    if (!vague && count === null) continue;

    // Qualifier and breakdown cue before the number.
    let qualifier: FigureQualifier = vague ? 'SEVERAL' : 'EXACTLY';
    let first = i;
    for (const [words, q] of QUALIFIERS) {
      const k = i - words.length;
      if (k >= 0 && same(k) && words.every((w, n) => low(k + n) === w)) {
        qualifier = vague ? 'SEVERAL' : q;
        first = k;
        break;
      }
    }
    const breakdownCue =
      BREAKDOWN_CUES.has(low(first - 1)) || (low(first - 2) === 'among' && low(first - 1) === 'them');
    // "Among the injured were four children": a breakdown of the figure of that measure, wherever it was given.
    const pool =
      ['were', 'are', 'was', 'is'].includes(low(first - 1)) && low(first - 3) === 'the' && low(first - 4) === 'among'
        ? MEASURE_WORDS[low(first - 2)]
        : undefined;

    // Forward: NUM [group] [aux/adverbs] MEASURE.
    let group: FigureGroup | null = null;
    let measure: FigureMeasure | null = null;
    let end = last;
    for (let k = last + 1; k <= last + 7 && same(k); k += 1) {
      const w = low(k);
      if (GROUP_WORDS[w] && !measure) {
        group ??= GROUP_WORDS[w]!;
        if (GROUP_WORDS[w] === 'RESCUE_WORKERS') group = 'RESCUE_WORKERS';
        end = k;
        continue;
      }
      if (MEASURE_WORDS[w]) {
        measure = MEASURE_WORDS[w]!;
        end = k;
        break;
      }
      // "Ten of the injured were taken to hospital": the partitive names the pool, not the measure.
      if (w === 'of' && low(k + 1) === 'the' && MEASURE_WORDS[low(k + 2)] && !measure) {
        k += 2;
        continue;
      }
      if (w === 'among' && low(k + 1) === 'the' && MEASURE_WORDS[low(k + 2)]) {
        measure = MEASURE_WORDS[low(k + 2)]!;
        end = k + 2;
        break;
      }
      if (!FILLER.has(w)) break;
    }
    // "a child among the injured": the group noun alone does not make a figure without a measure.
    if (measure && !group && count === 1 && (low(i) === 'a' || low(i) === 'an')) measure = null;
    // Backward: MEASURE-verb [qualifier] NUM [group].
    if (!measure && !breakdownCue) {
      const verb = low(first - 1);
      const m = MEASURE_WORDS[verb];
      if (m && !['dead', 'hospital', 'treatment'].includes(verb) && same(first - 1)) {
        for (let k = last + 1; k <= last + 3 && same(k); k += 1) {
          const g = GROUP_WORDS[low(k)];
          if (g) {
            group = g === 'RESCUE_WORKERS' || !group ? g : group;
            end = k;
          } else if (!FILLER.has(low(k))) break;
        }
        // "wounded 12, including two children": a bare count right after the verb counts people.
        const bare = !group && (tokens[last + 1]?.kind === 'punct' || !same(last + 1) || low(last + 1) === 'and');
        if (group || bare) {
          measure = m;
          group ??= 'PEOPLE';
          first -= 1;
        }
      }
    }
    let partOf: string | null = null;
    if (pool || breakdownCue || (measure && low(end - 1) === 'the' && low(end - 2) === 'among')) {
      // "including …" breaks down a figure of its own sentence; "a child among the injured" may follow it.
      const parent = pool
        ? [...out].reverse().find((f) => f.measure === pool && !f.partOf)
        : breakdownCue
          ? [...out].reverse().find((f) => sentenceOf.get(f.key) === sentence && !f.partOf)
          : [...out].reverse().find((f) => f.measure === measure && !f.partOf);
      if (parent && GROUP_WORDS[low(last + 1)] !== undefined) {
        partOf = parent.key;
        measure ??= parent.measure;
        group = GROUP_WORDS[low(last + 1)]!;
        end = Math.max(end, last + 1);
      }
    }
    if (!measure) continue;
    for (let k = i; k <= end; k += 1) taken.add(k);
    const start = tokens[first]!.start;
    const stop = tokens[end]!.end;
    const figureSpan = { start, end: stop, quote: text.slice(start, stop) };
    const parent = partOf ? out.find((f) => f.key === partOf) : undefined;
    sentenceOf.set(`f${out.length}`, sentence);
    out.push({
      key: `f${out.length}`,
      measure,
      count: vague ? null : count,
      qualifier: partOf ? 'EXACTLY' : qualifier,
      group: group ?? 'PEOPLE',
      reporter: reporterOf(statements, start) ?? parent?.reporter ?? null,
      partOf,
      placeKey: placeOf(prep, mentions, sentence, start),
      span: figureSpan,
    });
  }
  return out;
}

function reporterOf(statements: readonly ExtractedStatement[], offset: number): SpeakerRef | null {
  const s = statements.find((x) => offset >= x.span.start && offset < x.span.end && x.speaker);
  return s?.speaker ?? null;
}

function placeOf(prep: PreparedText, mentions: MentionIndex, sentence: number, offset: number): string | null {
  const s = prep.sentences[sentence]!;
  const places = mentions.mentions.filter((m) => m.type === 'Place' && m.start >= s.start && m.end <= s.end);
  if (!places.length) return null;
  return places.reduce((a, b) => (Math.abs(b.start - offset) < Math.abs(a.start - offset) ? b : a)).key;
}
