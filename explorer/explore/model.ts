import type { Dated } from './dates.js';
/** A node as the graph draws it: enough to label and colour it. */
export interface GraphNode {
  __typename: string;
  id: string;
  name?: string;
  text?: string;
  title?: string;
}

export interface Mention {
  quote: string;
  start: number;
  end: number;
  sentence: { text: string; start: number; end: number };
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  provenance: Mention[];
}

export interface Figure {
  id: string;
  measure: string;
  count: number | null;
  qualifier: string;
  group: string;
  text: string;
  isAggregate: boolean;
  reportedBy: { __typename: string; id: string; name: string }[];
  places: { id: string; name: string }[];
}

export interface TimelineEntry extends Dated {
  __typename: 'Event' | 'Negotiation';
  id: string;
  name: string;
  date: string | null;
  endDate: string | null;
  dateText: string | null;
  eventKind?: string;
  negotiationKind?: string;
  status?: string;
}

/** The text a node is known by, whatever its type. */
export function labelOf(node: GraphNode): string {
  return node.name ?? node.title ?? node.text ?? node.id;
}

/** Enum values read better in sentence case: AT_LEAST → at least. */
export function humanize(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}
