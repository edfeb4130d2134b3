import type { Css } from 'cytoscape';

/**
 * Colour and shape for each node type. The shape repeats the colour's message so
 * the graph stays readable for colour-blind readers; colours are Tableau 10.
 */
export const TYPE_STYLES: Record<string, { color: string; shape: Css.NodeShape }> = {
  Person: { color: '#4e79a7', shape: 'ellipse' },
  Place: { color: '#59a14f', shape: 'round-rectangle' },
  Organization: { color: '#f28e2b', shape: 'round-hexagon' },
  Event: { color: '#e15759', shape: 'round-diamond' },
  Negotiation: { color: '#b07aa1', shape: 'round-pentagon' },
  Proposal: { color: '#c9a300', shape: 'round-tag' },
  Statement: { color: '#76b7b2', shape: 'round-rectangle' },
  Figure: { color: '#9c755f', shape: 'round-triangle' },
  Article: { color: '#8a8580', shape: 'rectangle' },
};

export function colorOf(typename: string): string {
  return TYPE_STYLES[typename]?.color ?? '#888888';
}
