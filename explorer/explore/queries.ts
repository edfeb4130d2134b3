import type { Dated } from './dates.js';
import type { Figure, GraphEdge, GraphNode, TimelineEntry } from './model.js';

const NODE_LABEL = `
fragment NodeLabel on Node {
  __typename
  id
  ... on Entity { name }
  ... on Statement { text }
  ... on Figure { text }
  ... on Article { title }
}`;

const EDGE_FIELDS = `
fragment EdgeFields on Edge {
  id
  type
  from
  to
  properties
  provenance { quote start end sentence { text start end } }
}`;

const FIGURE_FIELDS = `
fragment FigureFields on Figure {
  id
  measure
  count
  qualifier
  group
  text
  isAggregate
  reportedBy { __typename id name }
  places { id name }
}`;

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface NeighborhoodData {
  neighborhood: Subgraph;
}
export const NEIGHBORHOOD = `
query ExplorerNeighborhood($id: ID!, $depth: Int!, $types: [RelationshipType!]) {
  neighborhood(id: $id, depth: $depth, relationshipTypes: $types, limit: 150) {
    truncated
    nodes { ...NodeLabel }
    edges { ...EdgeFields }
  }
}
${NODE_LABEL}
${EDGE_FIELDS}`;

export interface PathData {
  shortestPath: { length: number; nodes: GraphNode[]; edges: GraphEdge[] } | null;
}
export const SHORTEST_PATH = `
query ExplorerPath($from: ID!, $to: ID!) {
  shortestPath(fromId: $from, toId: $to, maxDepth: 6) {
    length
    nodes { ...NodeLabel }
    edges { ...EdgeFields }
  }
}
${NODE_LABEL}
${EDGE_FIELDS}`;

export interface SearchData {
  search: { score: number; entity: { __typename: string; id: string; name: string; description: string | null } }[];
}
export const SEARCH = `
query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) {
    score
    entity { __typename id name description }
  }
}`;

export interface TimelineData {
  timeline: TimelineEntry[];
}
export const TIMELINE = `
query ExplorerTimeline {
  timeline(first: 100) {
    __typename
    ... on Event { id name date endDate datePrecision dateLabel dateText dateSource { kind ref url } eventKind: kind status }
    ... on Negotiation { id name date endDate datePrecision dateLabel dateText dateSource { kind ref url } negotiationKind: kind }
  }
}`;

export interface RelationshipTypesData {
  __type: { enumValues: { name: string; description: string | null }[] } | null;
}
export const RELATIONSHIP_TYPES = `
query ExplorerRelationshipTypes {
  __type(name: "RelationshipType") { enumValues { name description } }
}`;

/** Every field the details panel may show; absent ones are simply missing. */
export interface NodeDetails {
  __typename: string;
  id: string;
  name?: string;
  aliases?: string[];
  description?: string | null;
  wikidataId?: string | null;
  roles?: { title: string; actsFor: { id: string; name: string } }[];
  placeKind?: string;
  iso3166?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  organizationKind?: string;
  eventKind?: string;
  status?: string;
  negotiationKind?: string;
  proposalKind?: string;
  date?: string | null;
  endDate?: string | null;
  datePrecision?: Dated['datePrecision'];
  dateLabel?: string | null;
  dateText?: string | null;
  dateSource?: Dated['dateSource'];
  round?: number | null;
  weapons?: string[];
  damaged?: string[];
  demands?: string[];
  figures?: Figure[];
  text?: string;
  cueVerb?: string;
  attribution?: string;
  speakerLabel?: string | null;
  isDirectQuote?: boolean;
  title?: string;
  publishedOn?: string;
  publisher?: string | null;
  url?: string | null;
  measure?: string;
  count?: number | null;
  qualifier?: string;
  group?: string;
  reportedBy?: Figure['reportedBy'];
}
export interface DetailsData {
  node: NodeDetails | null;
}
export const DETAILS = `
query ExplorerDetails($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity { name aliases description wikidataId }
    ... on Person { roles { title actsFor { id name } } }
    ... on Place { placeKind: kind iso3166 latitude longitude figures { ...FigureFields } }
    ... on Organization { organizationKind: kind }
    ... on Event {
      eventKind: kind status date endDate datePrecision dateLabel dateText dateSource { kind ref url } weapons damaged
      figures { ...FigureFields }
    }
    ... on Negotiation { negotiationKind: kind date endDate datePrecision dateLabel dateText dateSource { kind ref url } round }
    ... on Proposal { proposalKind: kind demands }
    ... on Statement { text cueVerb attribution speakerLabel isDirectQuote }
    ... on Figure { ...FigureFields }
    ... on Article { title publishedOn publisher url }
  }
}
${FIGURE_FIELDS}`;
