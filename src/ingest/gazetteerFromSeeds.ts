import type { LoadedSeed } from '../seed/loadSeedFile.js';
import type { GazetteerEntry } from './matchGazetteer.js';

/** The gazetteer a seeded graph would give: every person, place and organization with its aliases. */
export function gazetteerFromSeeds(seeds: readonly LoadedSeed[]): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const { seed } of seeds) {
    for (const node of seed.nodes) {
      if (node.type !== 'Person' && node.type !== 'Place' && node.type !== 'Organization') continue;
      out.push({ id: node.id, label: node.type, name: node.name, aliases: node.aliases ?? [] });
    }
  }
  return out;
}
