import type { CypherQuery } from '../db/cypherQuery.js';
import type { NodeLabel, RelationshipType } from '../model.js';
import { labelsFor } from './nodeLabels.js';
import type { Mention } from './mentionProps.js';
import { setNameKey } from './nameKey.js';
import { fullNodeMap, relMap } from './projections.js';

const DATE_KEYS = ['date', 'endDate'] as const;
export type DateProps = Partial<Record<(typeof DATE_KEYS)[number], string | null>>;

const setDates = (dates: DateProps): string[] =>
  DATE_KEYS.filter((k) => k in dates).map(
    (k) => `SET n.${k} = CASE WHEN $dates.${k} IS NULL THEN null ELSE date($dates.${k}) END`,
  );

const appendMention = (v: string): string =>
  `SET ${v}.mentionSource = coalesce(${v}.mentionSource, []) + $mention.sourceId, ` +
  `${v}.mentionStart = coalesce(${v}.mentionStart, []) + $mention.start, ` +
  `${v}.mentionEnd = coalesce(${v}.mentionEnd, []) + $mention.end, ` +
  `${v}.mentionQuote = coalesce(${v}.mentionQuote, []) + $mention.quote`;

/** The text of an article, to check a quote against (provenance of writes). */
export function articleText(id: string): CypherQuery {
  return { cypher: 'MATCH (a:Article {id: $id}) RETURN a.text AS text', params: { id } };
}

/** The label of each node id that exists, to validate references before writing. */
export function labelsOf(ids: readonly string[]): CypherQuery {
  return {
    cypher:
      "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN id, [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0] AS label",
    params: { ids },
  };
}

/** The stored dates of a node, to check a patch that changes only one of them. */
export function datesOf(label: NodeLabel, id: string): CypherQuery {
  return {
    cypher: `MATCH (n:${label} {id: $id}) RETURN toString(n.date) AS date, toString(n.endDate) AS endDate`,
    params: { id },
  };
}

/**
 * The shared tail of create and update: set the given properties and dates, add
 * the mention, return the whole node. `head` binds `n`.
 */
function setNodeFields(head: string, id: string, props: Record<string, unknown>, dates: DateProps, mention: Mention) {
  return {
    cypher: [
      head,
      'SET n += $props',
      setNameKey('n'),
      ...setDates(dates),
      appendMention('n'),
      `RETURN ${fullNodeMap('n')} AS node`,
    ].join('\n'),
    params: { id, props, dates, mention },
  };
}

/** Creates a node; the id constraint makes a taken id fail the transaction. */
export function createNode(
  label: NodeLabel,
  id: string,
  props: Record<string, unknown>,
  dates: DateProps,
  mention: Mention,
): CypherQuery {
  return setNodeFields(`CREATE (n${labelsFor(label)} {id: $id})`, id, props, dates, mention);
}

/** Changes the given properties of a node of one label; no row when there is none. */
export function updateNode(
  label: NodeLabel,
  id: string,
  props: Record<string, unknown>,
  dates: DateProps,
  mention: Mention,
): CypherQuery {
  return setNodeFields(`MATCH (n:${label} {id: $id})`, id, props, dates, mention);
}

/**
 * Replaces every property of a node (or creates it). Provenance is kept and
 * extended, since earlier mentions still state facts about the same thing.
 */
export function replaceNode(
  label: NodeLabel,
  id: string,
  props: Record<string, unknown>,
  dates: DateProps,
  mention: Mention,
): CypherQuery {
  return {
    cypher: [
      'MERGE (n:Node {id: $id})',
      `SET n${labelsFor(label)}`,
      'WITH n, {mentionSource: n.mentionSource, mentionStart: n.mentionStart, mentionEnd: n.mentionEnd, mentionQuote: n.mentionQuote} AS kept',
      'SET n = $props, n.id = $id, n += kept',
      setNameKey('n'),
      ...setDates({ date: null, endDate: null, ...dates }),
      appendMention('n'),
      `RETURN ${fullNodeMap('n')} AS node`,
    ].join('\n'),
    params: { id, props, dates: { date: null, endDate: null, ...dates }, mention },
  };
}

/** Deletes a node of one label and its relationships; no row when there is none. */
export function deleteNode(label: NodeLabel, id: string): CypherQuery {
  return {
    cypher: [
      `MATCH (n:${label} {id: $id})`,
      'WITH n, COUNT { (n)--() } AS rels',
      'DETACH DELETE n',
      'RETURN rels',
    ].join('\n'),
    params: { id },
  };
}

/** Creates a relationship (or finds the existing one) and adds provenance to it. */
export function mergeRelationship(
  type: RelationshipType,
  id: string,
  from: string,
  to: string,
  props: Record<string, unknown>,
  mention: Mention,
): CypherQuery {
  return {
    cypher: [
      'MATCH (a:Node {id: $from}), (b:Node {id: $to})',
      `MERGE (a)-[r:${type}]->(b)`,
      'SET r += $props, r.id = $id',
      appendMention('r'),
      `RETURN ${relMap('r')} AS rel`,
    ].join('\n'),
    params: { id, from, to, props, mention },
  };
}

/** Replaces a relationship's own properties (keeping id and provenance) and adds provenance. */
export function updateRelationship(
  type: RelationshipType,
  from: string,
  to: string,
  props: Record<string, unknown>,
  mention: Mention,
): CypherQuery {
  return {
    cypher: [
      `MATCH (:Node {id: $from})-[r:${type}]->(:Node {id: $to})`,
      'WITH r, {id: r.id, mentionSource: r.mentionSource, mentionStart: r.mentionStart, mentionEnd: r.mentionEnd, mentionQuote: r.mentionQuote} AS kept',
      'SET r = $props, r += kept',
      appendMention('r'),
      `RETURN ${relMap('r')} AS rel`,
    ].join('\n'),
    params: { from, to, props, mention },
  };
}

/** Deletes one relationship; returns how many were deleted (0 or 1). */
export function deleteRelationship(type: RelationshipType, from: string, to: string): CypherQuery {
  return {
    cypher: `MATCH (:Node {id: $from})-[r:${type}]->(:Node {id: $to}) DELETE r RETURN count(*) AS deleted`,
    params: { from, to },
  };
}
