import type { NodeLabel } from '../model.js';

/**
 * The timeline lists events and negotiations by date, undated last, then by name.
 * Sorting every item on each request grows with the graph, so each write of one
 * also stores that order as one string, `sortKey`: the ISO date (9999-12-31 when
 * undated), a space, the name. Dates are YYYY-MM-DD (the writer refuses any other
 * form), so the date part has a fixed width and string order is (date, name) order.
 * A range index on :Node(sortKey) holds only these items (no other node has one)
 * and serves the order directly: a page reads its rows off the index and stops.
 */
export const TIMELINE_LABELS = ['Event', 'Negotiation'] as const;

export const isTimelineLabel = (label: NodeLabel): boolean => (TIMELINE_LABELS as readonly string[]).includes(label);

export const sortKeyOf = (v: string): string =>
  `toString(coalesce(${v}.date, date('9999-12-31'))) + ' ' + coalesce(${v}.name, '')`;

export const setSortKey = (v: string): string => `SET ${v}.sortKey = ${sortKeyOf(v)}`;

/** The index behind the timeline's order (part of the schema statements). */
export const SORT_KEY_INDEX = 'CREATE INDEX node_sort_key IF NOT EXISTS FOR (n:Node) ON (n.sortKey)';
