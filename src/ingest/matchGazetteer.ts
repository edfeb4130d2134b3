import type { EntityType, GazetteerMatch, MatchRule } from './extraction.js';
import { editDistance, foldName, variantKey } from './foldName.js';

/** A node the graph already knows, as the linker sees it. */
export interface GazetteerEntry {
  id: string;
  /** Node label: Person, Place, Organization (others are ignored for entity linking). */
  label: string;
  name: string;
  aliases: readonly string[];
}

/** What the linker is asked to match: a surface name and, when known, its type. */
export interface LinkCandidate {
  name: string;
  type?: EntityType | null;
}

interface Indexed {
  entry: GazetteerEntry;
  form: string;
  isAlias: boolean;
}

interface GazetteerIndex {
  exact: Map<string, Indexed[]>;
  folded: Map<string, Indexed[]>;
  variant: Map<string, Indexed[]>;
  /** Last word of a person's names, for a surname alone ("Putin"). */
  surname: Map<string, Indexed[]>;
}

const LINKABLE = new Set(['Person', 'Place', 'Organization']);
const indexes = new WeakMap<readonly GazetteerEntry[], GazetteerIndex>();

function add(map: Map<string, Indexed[]>, key: string, value: Indexed): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds (once per gazetteer array) the lookup maps the matcher uses. */
export function gazetteerIndex(gazetteer: readonly GazetteerEntry[]): GazetteerIndex {
  const cached = indexes.get(gazetteer);
  if (cached) return cached;
  const index: GazetteerIndex = { exact: new Map(), folded: new Map(), variant: new Map(), surname: new Map() };
  for (const entry of gazetteer) {
    if (!LINKABLE.has(entry.label)) continue;
    const forms = [entry.name, ...entry.aliases];
    forms.forEach((form, i) => {
      const item = { entry, form, isAlias: i > 0 };
      add(index.exact, form, item);
      add(index.folded, foldName(form), item);
      add(index.variant, variantKey(form), item);
      const words = variantKey(form).split(' ');
      if (entry.label === 'Person' && words.length > 1) add(index.surname, words[words.length - 1]!, item);
    });
  }
  indexes.set(gazetteer, index);
  return index;
}

const RULE_CONFIDENCE: Record<MatchRule, number> = { exact: 1, folded: 0.95, variant: 0.85, partial: 0.7 };

/**
 * Links a candidate name to the gazetteer entry it most likely names, or null.
 * Tries, in order: the exact name or alias; the folded form (case, diacritics,
 * "the", region/oblast); a transliteration variant within a small edit distance;
 * and, for people, a surname alone when only one person carries it. A type that
 * disagrees with the entry's label lowers the confidence; a tie between entries
 * lowers it further, and the entry whose label agrees wins.
 */
export function matchGazetteer(candidate: LinkCandidate, gazetteer: readonly GazetteerEntry[]): GazetteerMatch | null {
  const index = gazetteerIndex(gazetteer);
  const folded = foldName(candidate.name);
  if (!folded) return null;
  const variant = variantKey(candidate.name);
  const attempts: Array<[MatchRule, Indexed[] | undefined]> = [
    ['exact', index.exact.get(candidate.name)],
    ['folded', index.folded.get(folded)],
    [
      'variant',
      index.variant
        .get(variant)
        ?.filter((i) => editDistance(foldName(i.form), folded) <= Math.max(2, Math.ceil(folded.length / 4))),
    ],
    [
      'partial',
      candidate.type === 'Person' || candidate.type == null
        ? folded.includes(' ')
          ? undefined
          : index.surname.get(variant)
        : undefined,
    ],
  ];
  for (const [rule, found] of attempts) {
    if (!found?.length) continue;
    const scored = found.map((item) => {
      let confidence = RULE_CONFIDENCE[rule];
      if (item.isAlias && rule === 'exact') confidence -= 0.02;
      if (rule === 'variant') confidence -= 0.03 * editDistance(foldName(item.form), folded);
      if (candidate.type && candidate.type !== item.entry.label) confidence *= 0.8;
      return { item, confidence };
    });
    scored.sort((a, b) => b.confidence - a.confidence || a.item.entry.id.localeCompare(b.item.entry.id));
    const best = scored[0]!;
    const rivals = new Set(scored.filter((s) => s.confidence === best.confidence).map((s) => s.item.entry.id));
    let confidence = best.confidence;
    if (rivals.size > 1) confidence *= rule === 'partial' ? 0 : 0.8;
    if (confidence < 0.5) continue;
    return {
      id: best.item.entry.id,
      confidence: Math.round(confidence * 100) / 100,
      matched: best.item.form,
      rule,
    };
  }
  return null;
}
