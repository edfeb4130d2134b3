import type { Attribution } from './modelTypes.js';

const BY_VERB: Array<[RegExp, Attribution]> = [
  [/^(claim|claims|claimed|claiming|allege|alleges|alleged)$/, 'CLAIMED'],
  [/^(deny|denies|denied|denying|reject|rejects|rejected)$/, 'DENIED'],
  [/^(predict|predicts|predicted|forecast|forecasts)$/, 'PREDICTED'],
  [/^(demand|demands|demanded|demanding|insist|insists|insisted|insisting)$/, 'DEMANDED'],
  [/^(urge|urges|urged|urging)$/, 'URGED'],
  [
    /^(report|reports|reported|according to|confirm|confirms|confirmed|indicate|indicates|indicated|announce|announces|announced)$/,
    'REPORTED',
  ],
];
// A clause that reports an event or a count is a report, whoever says it.
const FACTUAL =
  /\b(\d|killed|dead|died|injured|wounded|hurt|hit|struck|damaged|destroyed|rescued|evacuated|hospital\w*|attack\w*|strike|strikes)\b/i;

/**
 * The attribution of a statement from its cue verb and clause: claims, denials,
 * predictions, demands and appeals by their verb; reports by their verb or, for
 * neutral verbs like "said", by a clause that states an event or a count;
 * everything else is an assertion. "Reiterated its demand" is a demand.
 */
export function attributionOf(cueVerb: string, clause: string): Attribution {
  const verb = cueVerb.toLowerCase();
  for (const [re, attribution] of BY_VERB) if (re.test(verb)) return attribution;
  if (/\bdemand/i.test(clause) && /^(reiterated|repeated|restated|renewed)$/.test(verb)) return 'DEMANDED';
  if (/^(said|says|say|told|stated|added|noted)$/.test(verb) && FACTUAL.test(clause)) return 'REPORTED';
  return 'ASSERTED';
}
