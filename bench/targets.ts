import type { RelationshipType } from '../src/model.js';
import type { GraphChunk } from './syntheticGraph.js';

/** The entities the query mix asks about; fixed at the first size so every size asks the same. */
export interface Targets {
  /** Entity by id and the neighborhood start: a typical person, not a hub. */
  personId: string;
  /** Shortest-path ends: the person and an entity as far from it as the path limit allows. */
  fromId: string;
  toId: string;
  /** Hops between them in the graph the targets were picked on. */
  distance: number;
  /** Timeline filter: a region of middling size (median events in it and its sub-places). */
  regionId: string;
  regionEvents: number;
  /** Search text: a seeded person, misspelled, to exercise fuzzy matching. */
  searchText: string;
}

interface Edge {
  type: RelationshipType;
  other: string;
  out: boolean;
}

/** Records the relationships of generated chunks so targets can be picked from the graph's shape. */
export class Adjacency {
  readonly edges = new Map<string, Edge[]>();

  /** Passes chunks through unchanged while recording them. */
  *record(chunks: Iterable<GraphChunk>): Generator<GraphChunk> {
    for (const chunk of chunks) {
      for (const [type, rows] of chunk.relationships) {
        for (const r of rows) {
          this.#add(r.from, { type, other: r.to, out: true });
          this.#add(r.to, { type, other: r.from, out: false });
        }
      }
      yield chunk;
    }
  }

  #add(id: string, e: Edge) {
    const list = this.edges.get(id);
    if (list) list.push(e);
    else this.edges.set(id, [e]);
  }

  degree(id: string): number {
    return this.edges.get(id)?.length ?? 0;
  }

  /** Breadth-first distances from `start`, up to `maxDepth` hops, in visiting order. */
  distances(start: string, maxDepth: number): Map<string, number> {
    const dist = new Map([[start, 0]]);
    let frontier = [start];
    for (let d = 1; d <= maxDepth && frontier.length; d++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const e of this.edges.get(id) ?? []) {
          if (dist.has(e.other)) continue;
          dist.set(e.other, d);
          next.push(e.other);
        }
      }
      frontier = next;
    }
    return dist;
  }
}

/**
 * Picks the query targets deterministically from the generated graph: the first
 * person past the first third of the people with at least four links; the node
 * farthest from them (at most five hops, so the server's default maxDepth 6 finds
 * it); and the region whose count of events (in it or any place inside it) is the
 * median among regions holding at least ten.
 */
export function pickTargets(adj: Adjacency, people: readonly string[], regions: readonly string[]): Targets {
  const person = people.slice(Math.floor(people.length / 3)).find((p) => adj.degree(p) >= 4) ?? people[0]!;
  const dist = adj.distances(person, 5);
  let far = person;
  let farD = 0;
  for (const [id, d] of dist) {
    if (d > farD) {
      far = id;
      farD = d;
    }
  }

  const eventsIn = (region: string): number => {
    let n = 0;
    const places = [region];
    for (let i = 0; i < places.length; i++) {
      for (const e of adj.edges.get(places[i]!) ?? []) {
        if (e.out) continue;
        if (e.type === 'PART_OF') places.push(e.other);
        else if (e.type === 'OCCURRED_IN') n += 1;
      }
    }
    return n;
  };
  const counted = regions
    .map((id) => ({ id, n: eventsIn(id) }))
    .filter((r) => r.n >= 10)
    .sort((a, b) => a.n - b.n || a.id.localeCompare(b.id));
  const region = counted[Math.floor(counted.length / 2)] ?? { id: regions[0]!, n: 0 };

  return {
    personId: person,
    fromId: person,
    toId: far,
    distance: farD,
    regionId: region.id,
    regionEvents: region.n,
    searchText: 'Vitali Klichko',
  };
}
