/** Ids derived from others: relationships and mentions are named after what they connect. */

/** The stable id of a relationship: readable and unique per (from, type, to). */
export const relationshipId = (from: string, type: string, to: string): string => `${from}:${type}:${to}`;

/** The parts of a relationship id, or null when it is not one. */
export function parseRelationshipId(id: string): { from: string; type: string; to: string } | null {
  const m = /^([^:]+):([A-Z_]+):([^:]+)$/.exec(id);
  return m ? { from: m[1]!, type: m[2]!, to: m[3]! } : null;
}

/** The stable id of a mention of one node or relationship: unique per target and span. */
export const mentionKey = (target: string, m: { sourceId: string; start: number; end: number }): string =>
  `${target}|${m.sourceId}:${m.start}-${m.end}`;
