import type { EntityMention, EntityType, ExtractedEntity } from './extraction.js';
import { findNameChunks, type TypeHint } from './findNameChunks.js';
import { foldName, variantKey } from './foldName.js';
import { gazetteerIndex, matchGazetteer, type GazetteerEntry } from './matchGazetteer.js';
import { isDemonym } from './newsCues.js';
import { prepareText, type PreparedText } from './prepareText.js';
import { typeHints } from './typeHints.js';

const TYPES: EntityType[] = ['Person', 'Place', 'Organization'];
// Lowercase heads that, after a nationality adjective, name an institution ("Russian foreign ministry").
const INSTITUTION_HEADS = new Set([
  'ministry',
  'government',
  'military',
  'army',
  'navy',
  'parliament',
  'delegation',
  'police',
]);

interface Candidate {
  start: number;
  end: number;
  name: string;
  role: string | null;
  hints: TypeHint[];
  via: EntityMention['via'];
  /** The person whose title this name qualifies ("Kyiv" in "Kyiv Mayor X"). */
  modifierOf: Candidate | null;
  /** Group nouns resolve bare "authorities" later in the text. */
  groupHead?: string;
}

interface Cluster {
  candidates: Candidate[];
  forms: Set<string>;
  linkId: string | null;
}

/**
 * People, places and organizations the text names, each once, typed, with every
 * mention's exact offsets, back-references ("Terekhov" after "Ihor Terekhov")
 * merged into the first mention's entity, and a link to the gazetteer entry it
 * names where there is one. Pure and deterministic.
 */
export function extractEntities(
  text: string,
  gazetteer: readonly GazetteerEntry[] = [],
  prep: PreparedText = prepareText(text),
): ExtractedEntity[] {
  const claimed = new Set<number>();
  const candidates: Candidate[] = [...scanGazetteer(prep, gazetteer, claimed)];
  const chunks = findNameChunks(prep, claimed);
  const fromChunk = new Map<number, Candidate>();
  chunks.forEach((chunk, ci) => {
    const words = prep.tokens.slice(chunk.first, chunk.last + 1);
    if (words.length === 1 && isDemonym(words[0]!.text)) return;
    const hints = [...chunk.hints, ...typeHints(prep, chunk)];
    const cand: Candidate = {
      start: chunk.start,
      end: chunk.end,
      name: chunk.name,
      role: chunk.role,
      hints,
      via: 'name',
      modifierOf: null,
    };
    fromChunk.set(ci, cand);
    candidates.push(cand);
  });
  chunks.forEach((chunk, ci) => {
    const own = fromChunk.get(ci);
    if (own && chunk.modifierOf !== null) own.modifierOf = fromChunk.get(chunk.modifierOf) ?? null;
  });
  candidates.push(...institutions(prep, claimed));
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  addGroups(prep, candidates);
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  return cluster(prep, candidates, gazetteer);
}

/** Gazetteer names that contain a lowercase word ("Russian foreign ministry", "Officials in Kyiv"), which the capitalised-run finder cannot see. */
function scanGazetteer(prep: PreparedText, gazetteer: readonly GazetteerEntry[], claimed: Set<number>): Candidate[] {
  if (!gazetteer.length) return [];
  const index = gazetteerIndex(gazetteer);
  const { tokens, text } = prep;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]!.kind !== 'word' || !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    for (let n = 5; n >= 2; n -= 1) {
      const last = tokens[i + n - 1];
      if (!last || last.sentence !== tokens[i]!.sentence) continue;
      const window = tokens.slice(i, i + n);
      if (window.some((t) => t.kind !== 'word')) continue;
      // Only names with a lowercase word inside; fully capitalised ones go through the run finder.
      if (!/^\p{Lu}/u.test(window[0]!.text) || !window.some((t) => /^\p{Ll}/u.test(t.text))) continue;
      const surface = text.slice(tokens[i]!.start, last.end);
      const found = index.folded.get(foldName(surface));
      if (!found?.length) continue;
      const type = found[0]!.entry.label as EntityType;
      out.push({
        start: tokens[i]!.start,
        end: last.end,
        name: surface,
        role: null,
        hints: [{ type, weight: 6, why: 'gazetteer' }],
        via: 'gazetteer',
        modifierOf: null,
      });
      for (let k = i; k < i + n; k += 1) claimed.add(k);
      i += n - 1;
      break;
    }
  }
  return out;
}

/** "Russian foreign ministry", "Ukrainian military": a nationality and an institution noun. */
function institutions(prep: PreparedText, claimed: ReadonlySet<number>): Candidate[] {
  const { tokens, text } = prep;
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (claimed.has(i) || t.kind !== 'word' || !isDemonym(t.text)) return;
    for (let k = i + 1; k <= i + 3; k += 1) {
      const w = tokens[k];
      if (!w || w.kind !== 'word' || !/^\p{Ll}/u.test(w.text) || claimed.has(k)) return;
      if (INSTITUTION_HEADS.has(w.text)) {
        // "a senior Russian foreign ministry official" still names the ministry.
        out.push({
          start: t.start,
          end: w.end,
          name: text.slice(t.start, w.end),
          role: null,
          hints: [{ type: 'Organization', weight: 4, why: 'institution' }],
          via: 'name',
          modifierOf: null,
        });
        return;
      }
      if (
        !/^(foreign|defence|defense|interior|energy|finance|health|justice|armed|state|federal|central|new|national)$/.test(
          w.text,
        )
      )
        return;
    }
  });
  return out;
}

/** "Ukrainian authorities", "Officials in Kyiv": a group that speaks for a named place counts as an organization. */
function addGroups(prep: PreparedText, candidates: Candidate[]): void {
  const { tokens, text } = prep;
  const placeAt = new Map(candidates.map((c) => [c.start, c]));
  tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    if (w === 'authorities') {
      const prev = tokens[i - 1];
      if (
        prev &&
        prev.kind === 'word' &&
        (isDemonym(prev.text) || (placeAt.has(prev.start) && bestType(placeAt.get(prev.start)!.hints) === 'Place'))
      ) {
        candidates.push({
          start: prev.start,
          end: t.end,
          name: text.slice(prev.start, t.end),
          role: null,
          hints: [{ type: 'Organization', weight: 4, why: 'group' }],
          via: 'group',
          modifierOf: null,
          groupHead: w,
        });
      } else {
        candidates.push({
          start: t.start,
          end: t.end,
          name: t.text,
          role: null,
          hints: [],
          via: 'backReference',
          modifierOf: null,
          groupHead: w,
        });
      }
    }
    if (w === 'officials' && /^(in|of)$/.test(tokens[i + 1]?.text ?? '')) {
      const place = placeAt.get(tokens[i + 2]?.start ?? -1);
      if (place && bestType(place.hints) === 'Place') {
        candidates.push({
          start: t.start,
          end: place.end,
          name: text.slice(t.start, place.end),
          role: null,
          hints: [{ type: 'Organization', weight: 4, why: 'group' }],
          via: 'group',
          modifierOf: null,
          groupHead: w,
        });
      }
    }
  });
}

/** The capitals of a multi-word name's significant words: "State Emergency Service" → "SES". */
function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(?:of|the|and|for|on|in)$/i.test(w));
  return words.length > 1 ? words.map((w) => w[0]!.toUpperCase()).join('') : '';
}

function bestType(hints: readonly TypeHint[]): EntityType | null {
  const score = new Map<EntityType, number>();
  for (const h of hints) score.set(h.type, (score.get(h.type) ?? 0) + h.weight);
  let best: EntityType | null = null;
  for (const t of TYPES) if ((score.get(t) ?? 0) > (best ? score.get(best)! : 0)) best = t;
  return best;
}

function cluster(prep: PreparedText, candidates: Candidate[], gazetteer: readonly GazetteerEntry[]): ExtractedEntity[] {
  const clusters: Cluster[] = [];
  const clusterOf = new Map<Candidate, Cluster>();
  const typeOf = (c: Cluster): EntityType | null => bestType(c.candidates.flatMap((x) => x.hints));

  // Full names first, so a surname or an acronym finds its full form even when it comes
  // earlier in the text (a headline's "Zelensky" before "Volodymyr Zelensky").
  const order = [...candidates.filter((c) => c.name.includes(' ')), ...candidates.filter((c) => !c.name.includes(' '))];
  for (const cand of order) {
    if (cand.via === 'backReference' && cand.groupHead) {
      const group = [...clusters]
        .reverse()
        .find((c) => c.candidates.some((x) => x.groupHead === cand.groupHead && x.via === 'group'));
      if (group) {
        group.candidates.push(cand);
        clusterOf.set(cand, group);
      }
      continue;
    }
    // Inside a group mention ("Kyiv" in "Officials in Kyiv") the place keeps its own mention.
    const link = gazetteer.length ? matchGazetteer({ name: cand.name, type: bestType(cand.hints) }, gazetteer) : null;
    const folded = foldName(cand.name);
    const variant = variantKey(cand.name);
    const type = bestType(cand.hints);
    let target =
      (link && clusters.find((c) => c.linkId === link.id)) ?? clusters.find((c) => c.forms.has(folded)) ?? null;
    if (!target && !variant.includes(' ') && type !== 'Place') {
      // A surname alone after the full name: "Terekhov" after "Ihor Terekhov".
      target =
        [...clusters]
          .reverse()
          .find(
            (c) =>
              typeOf(c) === 'Person' &&
              [...c.forms].some((f) => f.includes(' ') && variantKey(f).split(' ').at(-1) === variant),
          ) ?? null;
      if (target) cand.via = 'backReference';
    }
    if (!target && /^\p{Lu}{2,}$/u.test(cand.name)) {
      // "IAEA" after "International Atomic Energy Agency".
      target = clusters.find((c) => c.candidates.some((x) => initials(x.name) === cand.name)) ?? null;
    }
    if (!target && variant.includes(' ') && (type === 'Person' || type === null)) {
      // The full name after a surname alone: merge into the earlier single-word person.
      target =
        clusters.find(
          (c) =>
            typeOf(c) === 'Person' &&
            [...c.forms].some((f) => !f.includes(' ') && variantKey(f) === variant.split(' ').at(-1)),
        ) ?? null;
    }
    if (!target) {
      target = { candidates: [], forms: new Set(), linkId: link && link.confidence >= 0.7 ? link.id : null };
      clusters.push(target);
    }
    // A single word joining a cluster that has a full name is a back-reference ("Mayor Terekhov").
    if (
      cand.via === 'name' &&
      !folded.includes(' ') &&
      [...target.forms].some((f) => f.includes(' ') && f.endsWith(` ${folded}`))
    ) {
      cand.via = 'backReference';
    }
    target.candidates.push(cand);
    target.forms.add(folded);
    clusterOf.set(cand, target);
  }

  const entities: ExtractedEntity[] = [];
  const keyOf = new Map<Cluster, string>();
  const firstStart = (c: Cluster): number => Math.min(...c.candidates.map((x) => x.start));
  clusters.sort((a, b) => firstStart(a) - firstStart(b));
  for (const c of clusters) {
    const hints = c.candidates.flatMap((x) => x.hints);
    const type = bestType(hints);
    if (!type) continue;
    const total = hints.reduce((s, h) => s + h.weight, 0);
    const mine = hints.filter((h) => h.type === type).reduce((s, h) => s + h.weight, 0);
    // One weak clue (a locative, a name shape) is not enough to call something an entity.
    if (mine < 1.5 && !c.linkId) continue;
    const named = c.candidates.filter((x) => x.via !== 'backReference');
    // The fullest form; among equals, the one the article uses most, then the first.
    const pool = named.length ? named : c.candidates;
    const uses = (n: string): number => pool.filter((x) => x.name === n).length;
    const name = pool.reduce((a, b) =>
      b.name.split(' ').length > a.name.split(' ').length ||
      (b.name.split(' ').length === a.name.split(' ').length && uses(b.name) > uses(a.name))
        ? b
        : a,
    ).name;
    const link = gazetteer.length
      ? ([name, ...c.candidates.map((x) => x.name)]
          .map((n) => matchGazetteer({ name: n, type }, gazetteer))
          .filter((m) => m !== null)
          .sort((a, b) => b.confidence - a.confidence)[0] ?? null)
      : null;
    const key = `e${entities.length}`;
    keyOf.set(c, key);
    entities.push({
      key,
      type,
      name,
      aliases: [...new Set(c.candidates.map((x) => x.name))].filter((n) => n !== name),
      mentions: c.candidates
        .map((x) => ({ start: x.start, end: x.end, quote: prep.text.slice(x.start, x.end), via: x.via, role: x.role }))
        .sort((a, b) => a.start - b.start),
      confidence: Math.round(Math.min(1, (mine / total) * Math.min(1, mine / 4)) * 100) / 100,
      link,
      roles: [...new Set(c.candidates.map((x) => x.role).filter((r): r is string => r !== null))],
      roleOf: [],
    });
  }
  // "Kyiv Mayor X": X's role belongs to Kyiv.
  for (const cand of candidates) {
    const holderCluster = clusterOf.get(cand);
    const personCluster = cand.modifierOf && clusterOf.get(cand.modifierOf);
    const holderKey = holderCluster && keyOf.get(holderCluster);
    const person = personCluster && entities.find((e) => e.key === keyOf.get(personCluster));
    if (person && holderKey && !person.roleOf.includes(holderKey)) person.roleOf.push(holderKey);
  }
  return entities;
}
