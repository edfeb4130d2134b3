import type { CypherQuery } from '../db/cypherQuery.js';
import { ENTITY_LABELS, type NodeLabel, type RelationshipType } from '../model.js';
import { DATE_FIELDS } from '../write/nodeFields.js';
import type { WriteMode } from '../write/changeSet.js';
import { labelsFor } from './nodeLabels.js';
import { nameKeyOf, setNameKey } from './nameKey.js';
import { isTimelineLabel, setSortKey, sortKeyOf } from './sortKey.js';
import { relMap } from './projections.js';
import { PLACING_TYPES } from './timelineEntries.js';

/**
 * The statements the writer (src/write/writer.ts) sends: one UNWIND per mode for
 * nodes and for relationships (labels and types are read off each row), so a write
 * costs a few statements, not one per row or per kind of thing it touches. Every
 * value travels in parameters; labels and types come from the model. The per-label
 * and per-type builders remain for bulk loads of one kind.
 */

/** One node row: its id, the plain fields to store, and ISO dates kept apart for `date()`. */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
  /** Only the date fields the write sets; null clears one. */
  dates: Record<string, string | null>;
}

export interface RelationshipRow {
  id: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface MentionRow {
  key: string;
  target: string;
  source: string;
  start: number;
  end: number;
  quote: string;
}

const isEntity = (label: NodeLabel) => (ENTITY_LABELS as readonly string[]).includes(label);

// A date field the row does not name keeps its value, so patches and creates share one clause.
const setDates = (v: string) =>
  'SET ' +
  DATE_FIELDS.map(
    (f) =>
      `${v}.${f} = CASE WHEN NOT '${f}' IN keys(row.dates) THEN ${v}.${f} ` +
      `WHEN row.dates.${f} IS NULL THEN null ELSE date(row.dates.${f}) END`,
  ).join(', ');

/** A node row that names its label, for a statement that writes nodes of any label. */
export interface LabelledNodeRow extends NodeRow {
  label: NodeLabel;
}

/** A relationship row that names its type, for a statement that writes any type. */
export interface TypedRelationshipRow extends RelationshipRow {
  type: RelationshipType;
}

// How a node statement names labels and decides the derived keys: fixed by the
// builder for one label, or read off each row when one statement writes every label.
interface NodeKind {
  /** The label expression a new node gets. */
  labels: string;
  /** Matches the existing node of the row's label (patch). */
  match: string[];
  nameKey: string[];
  sortKey: string[];
}

const oneLabel = (label: NodeLabel): NodeKind => ({
  labels: labelsFor(label),
  match: [`MATCH (n:${label} {id: row.id})`],
  nameKey: isEntity(label) ? [setNameKey('n')] : [],
  sortKey: isTimelineLabel(label) ? [setSortKey('n')] : [],
});

// Dynamic labels (Neo4j 5.26) add the row's label set; the lookups stay on :Node(id),
// so they remain seeks on its uniqueness constraint. nameKey and sortKey are set only
// on the rows of labels that have them, as the per-label statements do.
const anyLabel: NodeKind = {
  labels: ':$(row.labels)',
  match: ['MATCH (n:Node {id: row.id})', 'WHERE row.label IN labels(n)'],
  nameKey: [`SET n.nameKey = CASE WHEN row.entity THEN ${nameKeyOf('n')} ELSE n.nameKey END`],
  sortKey: [`SET n.sortKey = CASE WHEN row.timeline THEN ${sortKeyOf('n')} ELSE n.sortKey END`],
};

/**
 * Writes nodes of one label. Returns one row per node that changed (`created` says
 * whether it is new), so the feed names only what a write really altered.
 * - create: the id constraint fails the transaction when an id is taken;
 * - patch: only existing nodes of the label match; the given fields change;
 * - replace: every stored field is replaced by the row's;
 * - merge: a new node gets the row's fields, an existing one only gains new aliases.
 */
export function writeNodes(label: NodeLabel, mode: WriteMode, rows: NodeRow[]): CypherQuery {
  return { cypher: nodeStatement(oneLabel(label), mode), params: { rows } };
}

/**
 * Writes nodes of any labels in one statement, each as `writeNodes` would for its
 * label: the writer sends one node statement per mode, not one per label and mode.
 */
export function writeLabelledNodes(mode: WriteMode, rows: LabelledNodeRow[]): CypherQuery {
  return {
    cypher: nodeStatement(anyLabel, mode),
    params: {
      rows: rows.map((r) => ({
        id: r.id,
        props: r.props,
        dates: r.dates,
        label: r.label,
        labels: labelsFor(r.label).slice(1).split(':'),
        entity: isEntity(r.label),
        timeline: isTimelineLabel(r.label),
      })),
    },
  };
}

function nodeStatement(kind: NodeKind, mode: WriteMode): string {
  const { labels, match, nameKey } = kind;
  // Last, from the stored date and name, so every mode (a patch of either included) keeps it current.
  const tail = [
    ...kind.sortKey,
    'WITH n, before WHERE before IS NULL OR before <> properties(n)',
    'RETURN n.id AS id, before IS NULL AS created',
  ];
  const bodies: Record<WriteMode, string[]> = {
    create: [
      'WITH row, null AS before',
      `CREATE (n${labels} {id: row.id})`,
      'SET n += row.props',
      setDates('n'),
      ...nameKey,
    ],
    patch: [...match, 'WITH row, n, properties(n) AS before', 'SET n += row.props', setDates('n'), ...nameKey],
    replace: [
      'OPTIONAL MATCH (old:Node {id: row.id})',
      'WITH row, properties(old) AS before',
      'MERGE (n:Node {id: row.id})',
      `SET n${labels}`,
      'SET n = row.props, n.id = row.id',
      setDates('n'),
      ...nameKey,
    ],
    merge: [
      'OPTIONAL MATCH (old:Node {id: row.id})',
      'WITH row, properties(old) AS before',
      'MERGE (n:Node {id: row.id})',
      `ON CREATE SET n${labels}, n += row.props`,
      'WITH row, n, before',
      'CALL (row, n, before) {',
      '  WITH row, n, before WHERE before IS NULL',
      `  ${setDates('n')}`,
      ...nameKey.map((s) => `  ${s}`),
      '}',
      // An alias a later source adds is kept; nothing an earlier source stated is rewritten.
      'SET n.aliases = CASE WHEN before IS NULL OR row.props.aliases IS NULL THEN n.aliases ELSE coalesce(n.aliases, []) + [a IN row.props.aliases WHERE NOT a IN coalesce(n.aliases, []) AND a <> n.name] END',
      "SET n.aliasesText = CASE WHEN n.aliases IS NULL THEN n.aliasesText ELSE reduce(s = '', a IN n.aliases | CASE s WHEN '' THEN a ELSE s + ' | ' + a END) END",
    ],
  };
  return ['UNWIND $rows AS row', ...bodies[mode], ...tail].join('\n');
}

/**
 * Writes relationships of one type between nodes the writer has checked exist.
 * Returns one row per relationship with `created`; for `create`, a row with
 * `created: false` means it already existed and the writer refuses the write.
 */
export function writeRelationships(type: RelationshipType, mode: WriteMode, rows: RelationshipRow[]): CypherQuery {
  return { cypher: relationshipStatement(type, mode), params: { rows } };
}

/**
 * Writes relationships of any types in one statement (a dynamic type, Neo4j 5.26),
 * each as `writeRelationships` would for its type. A pattern or MERGE with a dynamic
 * type may be planned as a scan of every relationship, so the existing one is found
 * by expanding between the two ends and filtering on its type, and a missing one is
 * created. That needs no MERGE lock: the writer has write-locked both ends (in
 * `writeState`) before this runs, so no other writer can add it meanwhile.
 */
export function writeTypedRelationships(mode: WriteMode, rows: TypedRelationshipRow[]): CypherQuery {
  const head = [
    'UNWIND $rows AS row',
    'MATCH (a:Node {id: row.from}), (b:Node {id: row.to})',
    // A pattern comprehension always expands from the bound ends, whatever the statistics.
    'WITH row, a, b, head([(a)-[x]->(b) WHERE type(x) = row.type | x]) AS old',
    ...(mode === 'patch' ? ['WHERE old IS NOT NULL'] : []),
    'WITH row, a, b, old, properties(old) AS before',
  ];
  const body =
    mode === 'patch'
      ? [
          'SET old = row.props, old.id = row.id',
          'RETURN row.id AS id, false AS created, before <> properties(old) AS changed',
        ]
      : [
          'CALL (row, a, b, old) {',
          '  WITH row, a, b WHERE old IS NULL',
          '  CREATE (a)-[r:$(row.type)]->(b)',
          '  SET r += row.props, r.id = row.id',
          '  RETURN r',
          'UNION ALL',
          '  WITH old WHERE old IS NOT NULL',
          '  RETURN old AS r',
          '}',
          ...(mode === 'replace' ? ['SET r = row.props, r.id = row.id'] : []),
          'RETURN row.id AS id, before IS NULL AS created, before IS NULL OR before <> properties(r) AS changed',
        ];
  return { cypher: [...head, ...body].join('\n'), params: { rows } };
}

function relationshipStatement(type: RelationshipType, mode: WriteMode): string {
  const head = ['UNWIND $rows AS row', 'MATCH (a:Node {id: row.from}), (b:Node {id: row.to})'];
  const bodies: Record<WriteMode, string[]> = {
    patch: [
      `MATCH (a)-[r:${type}]->(b)`,
      'WITH row, r, properties(r) AS before',
      'SET r = row.props, r.id = row.id',
      'RETURN row.id AS id, false AS created, before <> properties(r) AS changed',
    ],
    create: mergeRel(type, 'SET r += row.props', ''),
    replace: mergeRel(type, 'SET r += row.props', 'SET r = row.props, r.id = row.id'),
    merge: mergeRel(type, 'SET r += row.props', ''),
  };
  return [...head, ...bodies[mode]].join('\n');
}

// MERGE locks both endpoints, so two writers creating the same relationship at once serialize.
const mergeRel = (type: RelationshipType, onCreate: string, always: string): string[] => [
  'OPTIONAL MATCH (a)-[old:' + type + ']->(b)',
  'WITH row, a, b, properties(old) AS before',
  `MERGE (a)-[r:${type}]->(b)`,
  'ON CREATE SET r.id = row.id',
  ...(always ? [always] : []),
  `WITH row, r, before`,
  'CALL (row, r, before) {',
  '  WITH row, r, before WHERE before IS NULL',
  `  ${onCreate}`,
  '}',
  'RETURN row.id AS id, before IS NULL AS created, before IS NULL OR before <> properties(r) AS changed',
];

/**
 * Adds mentions; one that is already stored (same target and span) is left as it
 * is, so the same provenance is never stored twice. Returns a row per mention
 * stored, with its target.
 */
export function writeMentions(rows: MentionRow[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      'OPTIONAL MATCH (old:Mention {key: row.key})',
      'WITH row, old',
      'WHERE old IS NULL',
      'MERGE (m:Mention {key: row.key})',
      'ON CREATE SET m.target = row.target, m.source = row.source, m.start = row.start, m.end = row.end, m.quote = row.quote',
      'RETURN row.target AS target',
    ].join('\n'),
    params: { rows },
  };
}

/**
 * Deletes nodes with their relationships and the mentions of both. Returns what
 * went: each node id, its relationship ids and its neighbours (whose relationships
 * changed with it), and of those the ones placed in it or part of it (`below`).
 */
export function deleteNodes(rows: { id: string; label: NodeLabel | null }[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (n:Node {id: row.id})',
      'WHERE row.label IS NULL OR row.label IN labels(n)',
      'OPTIONAL MATCH (n)-[r]-(o)',
      // `below`: what is placed in or part of the node, whose timeline entries its delete can change.
      'WITH n, collect(r.id) AS rels, collect(DISTINCT o.id) AS neighbours,',
      `  collect(DISTINCT CASE WHEN endNode(r) = n AND type(r) IN [${PLACING_TYPES.map((t) => `'${t}'`).join(', ')}] THEN o.id END) AS below`,
      'CALL (n, rels) {',
      '  UNWIND [n.id] + rels AS target',
      '  MATCH (m:Mention {target: target})',
      '  DELETE m',
      '}',
      'WITH n, n.id AS id, rels, neighbours, below',
      'DETACH DELETE n',
      'RETURN id, rels, neighbours, below',
    ].join('\n'),
    params: { rows },
  };
}

/** Deletes relationships and their mentions; returns the ids that were there. */
export function deleteRelationships(
  type: RelationshipType,
  rows: { id: string; from: string; to: string }[],
): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      `MATCH (:Node {id: row.from})-[r:${type}]->(:Node {id: row.to})`,
      'CALL (row) {',
      '  MATCH (m:Mention {target: row.id})',
      '  DELETE m',
      '}',
      'DELETE r',
      'RETURN row.id AS id',
    ].join('\n'),
    params: { rows },
  };
}

/**
 * What the writer checks before it writes, in one round trip: the label of every
 * node id the write names (locking each, in the order given, which the writer keeps
 * sorted so that two writers lock shared nodes in the same order), which of its
 * relationships exist, and the text of every article its mentions quote.
 */
export function writeState(
  nodeIds: string[],
  relationships: { type: string; from: string; to: string }[],
  articleIds: string[],
): CypherQuery {
  return {
    cypher: [
      'CALL () {',
      '  UNWIND $nodeIds AS id',
      '  MATCH (n:Node {id: id})',
      // Write-lock every node the write names before checking it, so no concurrent
      // write can delete or change it between the check and the write. Setting and
      // removing a property takes the lock and leaves the node as it was.
      '  SET n.__lock = true',
      '  REMOVE n.__lock',
      '  WITH id, n',
      "  RETURN collect({id: id, label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], date: toString(n.date), endDate: toString(n.endDate)}) AS nodes",
      '}',
      'CALL () {',
      '  UNWIND $rels AS rel',
      '  MATCH (a:Node {id: rel.from})-[r]->(b:Node {id: rel.to}) WHERE type(r) = rel.type',
      '  RETURN collect(r.id) AS rels',
      '}',
      'CALL () {',
      '  UNWIND $articleIds AS id',
      '  MATCH (a:Article {id: id})',
      '  RETURN collect({id: id, text: a.text}) AS articles',
      '}',
      'RETURN nodes, rels, articles',
    ].join('\n'),
    params: { nodeIds, rels: relationships, articleIds },
  };
}

/** One relationship by its ends and type, as mutations return it. */
export function relationshipById(type: RelationshipType, from: string, to: string): CypherQuery {
  return {
    cypher: `MATCH (:Node {id: $from})-[r:${type}]->(:Node {id: $to}) RETURN ${relMap('r', 'own')} AS rel`,
    params: { from, to },
  };
}
