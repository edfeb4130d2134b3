import type { Db, Row } from '../db/database.js';
import type { CypherQuery } from '../db/cypherQuery.js';
import {
  deleteNodes,
  deleteRelationships,
  writeMentions,
  writeLabelledNodes,
  writeState,
  writeTypedRelationships,
  type MentionRow,
} from '../cypher/writeCypher.js';
import { PLACING_TYPES, refreshTimelineEntries } from '../cypher/timelineEntries.js';
import { isTimelineLabel } from '../cypher/sortKey.js';
import { appendChange } from '../feed/feedCypher.js';
import { mentionKey } from '../ids.js';
import type { Logger } from '../logger.js';
import { RELATIONSHIP_TYPES, type NodeLabel } from '../model.js';
import type { ChangeSet } from './changeSet.js';
import { validateChangeSet, type ValidNode, type ValidRelationship } from './validateChangeSet.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors.js';

/** A feed record lists at most this many ids; a larger write is recorded as touching anything. */
export const MAX_FEED_IDS = 10_000;

export interface WriteResult {
  /** The feed's sequence number of this write; null when it changed nothing (and so has no record). */
  seq: number | null;
  committedAt: string | null;
  /** Nodes created or changed, including the ends of relationships created or deleted. */
  nodeIds: string[];
  relationshipIds: string[];
  /** Ids of nodes the write created. */
  created: string[];
  /** Ids of nodes and relationships that existed and whose fields this write changed. */
  overwritten: string[];
  deletedNodes: string[];
  deletedRelationships: string[];
  /** Mentions stored (those already there are not counted). */
  mentionsAdded: number;
}

export interface WriteOptions<T> {
  /** Who wrote: a non-secret identifier of the token, recorded in the feed and the log. */
  actor?: string | null;
  timeoutMs?: number;
  log?: Logger;
  /** Reads what the caller returns, inside the same transaction, after the write. */
  readBack?: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>;
}

type Run = (q: CypherQuery) => Promise<Row[]>;

interface Stored {
  labels: Map<string, { label: NodeLabel; date: string | null; endDate: string | null }>;
  rels: Set<string>;
  articles: Map<string, string>;
}

/**
 * The one way into the graph. Validates a change set, then in one transaction:
 * checks it against what is stored, writes nodes, relationships and mentions, and
 * appends the feed record that names what changed. A write that fails any check
 * changes nothing, and nothing is acknowledged that is not in the feed.
 */
export async function writeChangeSet<T = undefined>(
  db: Db,
  change: ChangeSet,
  options: WriteOptions<T> = {},
): Promise<{ result: WriteResult; value: T }> {
  const valid = validateChangeSet(change);
  const out = await db.transaction(
    async (run) => {
      const stored = await readState(run, valid.nodes, valid.relationships, valid.articleIds, valid.deleteNodeIds);
      const mentions = checkAgainstStored(valid, stored);
      const { applied, timeline } = await apply(run, valid, mentions);
      const value = options.readBack ? await options.readBack(run) : (undefined as T);
      // Last, so the feed head's lock, which serialises every writer of every replica
      // until commit, is held for this statement, the timeline refresh that must follow
      // it (see appendRecord) and the commit, not for the read-back.
      const result = await appendRecord(run, change.kind, applied, options.actor ?? null, timeline);
      return { result, value };
    },
    options.timeoutMs ? { timeoutMs: options.timeoutMs } : undefined,
  );
  options.log?.info(
    {
      seq: out.result.seq,
      kind: change.kind,
      actor: options.actor ?? null,
      nodes: out.result.nodeIds.slice(0, 20),
      nodeCount: out.result.nodeIds.length,
      relationshipCount: out.result.relationshipIds.length,
      mentionsAdded: out.result.mentionsAdded,
    },
    'write committed',
  );
  return out;
}

async function readState(
  run: Run,
  nodes: ValidNode[],
  rels: ValidRelationship[],
  articleIds: string[],
  deleteIds: string[],
): Promise<Stored> {
  const ids = new Set<string>([...nodes.map((n) => n.id), ...deleteIds]);
  for (const r of rels) ids.add(r.from).add(r.to);
  const [row] = await run(
    writeState(
      [...ids].sort(),
      rels.map((r) => ({ type: r.type, from: r.from, to: r.to })),
      articleIds,
    ),
  );
  const nodeRows = (row?.nodes ?? []) as {
    id: string;
    label: NodeLabel;
    date: string | null;
    endDate: string | null;
  }[];
  return {
    labels: new Map(nodeRows.map((n) => [n.id, n])),
    rels: new Set((row?.rels ?? []) as string[]),
    articles: new Map(((row?.articles ?? []) as { id: string; text: string }[]).map((a) => [a.id, a.text])),
  };
}

/** The checks that need the stored graph; returns the mentions with their offsets settled. */
function checkAgainstStored(valid: ReturnType<typeof validateChangeSet>, stored: Stored): MentionRow[] {
  const labelOf = new Map<string, NodeLabel>();
  for (const [id, s] of stored.labels) labelOf.set(id, s.label);
  for (const id of valid.deleteNodeIds) labelOf.delete(id);
  for (const n of valid.nodes) {
    const current = stored.labels.get(n.id);
    if (n.mode === 'create' && current) {
      throw new BadUserInputError(`The id "${n.id}" is already taken by a ${current.label}.`, `${n.at}.id`);
    }
    if (n.mode === 'patch' && current?.label !== n.label) {
      throw new NotFoundError(`No ${n.label} with id "${n.id}".`, n.id);
    }
    if ((n.mode === 'replace' || n.mode === 'merge') && current && current.label !== n.label) {
      throw new BadUserInputError(`The id "${n.id}" belongs to a ${current.label}, not a ${n.label}.`, `${n.at}.id`);
    }
    if (n.mode === 'patch' && ('date' in n.dates || 'endDate' in n.dates)) {
      // Only one end of the range may change: check it against the stored other end.
      const start = 'date' in n.dates ? n.dates.date : current?.date;
      const end = 'endDate' in n.dates ? n.dates.endDate : current?.endDate;
      if (start && end && end < start) {
        throw new BadUserInputError(
          'The event would end before it starts.',
          `${n.at}.${'date' in n.dates ? 'date' : 'endDate'}`,
        );
      }
    }
    labelOf.set(n.id, n.label);
  }
  for (const r of valid.relationships) {
    const spec = RELATIONSHIP_TYPES[r.type];
    for (const end of ['from', 'to'] as const) {
      const label = labelOf.get(r[end]);
      if (!label) throw new BadUserInputError(`No node with id "${r[end]}".`, `${r.at}.${end}`);
      if (!(spec[end] as readonly string[]).includes(label)) {
        throw new BadUserInputError(
          `${r.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${label}; allowed: ${spec[end].join(', ')}.`,
          `${r.at}.${end}`,
        );
      }
    }
    const exists = stored.rels.has(r.id);
    if (r.mode === 'create' && exists) {
      throw new ConflictError(
        `The relationship "${r.id}" already exists; change its properties with updateRelationship, ` +
          'or add provenance to it with upsertRelationship.',
        r.id,
      );
    }
    if (r.mode === 'patch' && !exists) throw new NotFoundError(`No relationship with id "${r.id}".`, r.id);
  }
  const texts = new Map(stored.articles);
  for (const n of valid.nodes) if (n.label === 'Article') texts.set(n.id, String(n.props.text));
  const rows = new Map<string, MentionRow>();
  for (const m of valid.mentions) {
    const text = texts.get(m.sourceId);
    if (text === undefined) throw new BadUserInputError(`No article with id "${m.sourceId}".`, `${m.at}.sourceId`);
    let start = m.start;
    if (start === null) {
      const found = occurrences(text, m.quote);
      if (found.length === 0) throw new BadUserInputError('The quote does not occur in the article.', `${m.at}.quote`);
      if (found.length > 1) {
        throw new BadUserInputError(
          `The quote occurs ${found.length} times in the article; give its start offset (one of ${found.slice(0, 20).join(', ')}).`,
          `${m.at}.start`,
          { candidates: found.slice(0, 20) },
        );
      }
      start = found[0]!;
    } else if (text.slice(start, start + m.quote.length) !== m.quote) {
      throw new BadUserInputError(`The quote does not occur at offset ${start} of the article.`, `${m.at}.start`);
    }
    const span = { sourceId: m.sourceId, start, end: start + m.quote.length };
    const key = mentionKey(m.target, span);
    rows.set(key, { key, target: m.target, source: m.sourceId, start, end: span.end, quote: m.quote });
  }
  return [...rows.values()];
}

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

/** Groups rows by a key, keeping first-seen order. */
function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

type Applied = Omit<WriteResult, 'seq' | 'committedAt'>;

/** What a write changed that the timeline entries depend on (see refreshTimelineEntries). */
interface TimelineChange {
  /** Nodes where a relationship that places items was created or deleted. */
  roots: string[];
  /** Items written, and nodes deleted (whose entries go). */
  items: string[];
}

const PLACING = new Set<string>(PLACING_TYPES);

async function apply(
  run: Run,
  valid: ReturnType<typeof validateChangeSet>,
  mentions: MentionRow[],
): Promise<{ applied: Applied; timeline: TimelineChange }> {
  const nodeIds = new Set<string>();
  const relIds = new Set<string>();
  const created: string[] = [];
  const overwritten: string[] = [];
  const deletedNodes: string[] = [];
  const deletedRelationships: string[] = [];

  // Every statement is sent before the first answer is awaited: the driver pipelines
  // them on the transaction's connection and the server runs them in the order sent,
  // so the write costs one round trip while it holds its locks, not one per statement.
  // Deletes go first, so a change set can delete and re-create in one write.
  const labelled = valid.deleteNodeIds.map((id) => ({ id, label: valid.deleteLabels.get(id) ?? null }));
  const nodeDeletes = labelled.length ? run(deleteNodes(labelled)) : Promise.resolve([]);
  const relDeletes = [...groupBy(valid.deleteRelationships, (d) => d.type)].map(
    ([type, list]) => [list, run(deleteRelationships(type, list))] as const,
  );
  // One statement per mode, whatever the labels and types: each costs the server a
  // plan and a pass while this write holds its locks.
  const nodeWrites = [...groupBy(valid.nodes, (n) => n.mode)].map(([mode, list]) =>
    run(
      writeLabelledNodes(
        mode,
        list.map((n) => ({ id: n.id, label: n.label, props: n.props, dates: n.dates })),
      ),
    ),
  );
  const relWrites = [...groupBy(valid.relationships, (r) => r.mode)].map(([mode, list]) => {
    const rows = list.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to, props: r.props }));
    return [list, run(writeTypedRelationships(mode, rows))] as const;
  });
  const mentionWrites = mentions.length ? run(writeMentions(mentions)) : Promise.resolve([]);
  // Settled together, so no answer is left unawaited when one statement fails.
  const [deletedRows, relDeleteRows, nodeRows, relRows, mentionRows] = await Promise.all([
    nodeDeletes,
    Promise.all(relDeletes.map(([, p]) => p)),
    Promise.all(nodeWrites),
    Promise.all(relWrites.map(([, p]) => p)),
    mentionWrites,
  ]);

  // An item's places change only where a placing relationship starts, at the item or
  // place below it (its end, above, keeps its own places); a written place keeps its id,
  // and entries name places by id, so only written items need their keys redone.
  const timeline: TimelineChange = { roots: [], items: [] };
  for (const r of deletedRows) {
    deletedNodes.push(r.id as string);
    nodeIds.add(r.id as string);
    for (const rel of r.rels as string[]) relIds.add(rel);
    for (const n of r.neighbours as string[]) nodeIds.add(n);
    // A deleted node loses its entries; what was placed in it or part of it, which the
    // delete reported before the node was gone, is refreshed as where its placing
    // relationship was deleted.
    timeline.items.push(r.id as string);
    timeline.roots.push(...(r.below as string[]));
  }
  relDeletes.forEach(([list], i) => {
    for (const r of relDeleteRows[i]!) {
      deletedRelationships.push(r.id as string);
      relIds.add(r.id as string);
    }
    for (const d of list) {
      if (!deletedRelationships.includes(d.id)) continue;
      nodeIds.add(d.from).add(d.to);
      if (PLACING.has(d.type)) timeline.roots.push(d.from);
    }
  });
  const labelOf = new Map(valid.nodes.map((n) => [n.id, n.label]));
  for (const r of nodeRows.flat()) {
    nodeIds.add(r.id as string);
    (r.created ? created : overwritten).push(r.id as string);
    if (isTimelineLabel(labelOf.get(r.id as string)!)) timeline.items.push(r.id as string);
  }
  relWrites.forEach(([list], i) => {
    const byId = new Map(list.map((r) => [r.id, r]));
    for (const r of relRows[i]!) {
      if (!r.changed) continue;
      const rel = byId.get(r.id as string)!;
      relIds.add(rel.id);
      if (r.created) {
        nodeIds.add(rel.from).add(rel.to);
        if (PLACING.has(rel.type)) timeline.roots.push(rel.from);
      } else overwritten.push(rel.id);
    }
  });
  let mentionsAdded = 0;
  for (const r of mentionRows) {
    const target = r.target as string;
    // Node ids are slugs; only relationship ids hold a colon.
    (target.includes(':') ? relIds : nodeIds).add(target);
    mentionsAdded += 1;
  }

  return {
    applied: {
      nodeIds: [...nodeIds],
      relationshipIds: [...relIds],
      created,
      overwritten,
      deletedNodes,
      deletedRelationships,
      mentionsAdded,
    },
    timeline: { roots: [...new Set(timeline.roots)], items: [...new Set(timeline.items)] },
  };
}

/**
 * Appends the feed record of what was applied (nothing when nothing changed), then
 * brings the timeline entries of what it changed up to date. The entries of an item
 * depend on nodes and relationships this write did not lock (the places above its
 * place), so two writers could each rebuild it from a graph without the other's
 * change; after the feed head's lock, which is held until commit, each rebuild reads
 * every earlier write committed. Both are sent before either is awaited.
 */
async function appendRecord(
  run: Run,
  kind: ChangeSet['kind'],
  applied: Applied,
  actor: string | null,
  timeline: TimelineChange,
): Promise<WriteResult> {
  const { nodeIds: allNodes, relationshipIds: allRels, created } = applied;
  const complete = allNodes.length + allRels.length <= MAX_FEED_IDS;
  // A write that changed nothing (a re-seed, a repeated upsert) has nothing to report.
  const appended =
    allNodes.length + allRels.length === 0
      ? Promise.resolve([undefined])
      : run(
          appendChange({
            kind,
            nodeIds: complete ? allNodes : [],
            relationshipIds: complete ? allRels : [],
            createdIds: complete ? created : [],
            complete,
            actor,
          }),
        );
  // Nothing to send when nothing that places an item changed (most writes: people, articles, mentions).
  const refreshed =
    timeline.roots.length + timeline.items.length
      ? run(refreshTimelineEntries(timeline.roots, timeline.items))
      : Promise.resolve([]);
  const [[feed]] = await Promise.all([appended, refreshed]);
  if (allNodes.length + allRels.length > 0 && !feed) {
    // Rolls the write back: nothing may commit without its feed record.
    throw new Error('The change feed has no head; run ensureSchema (npm start and seeding do) before writing.');
  }
  return {
    seq: (feed?.seq as number | undefined) ?? null,
    committedAt: (feed?.committedAt as string | undefined) ?? null,
    ...applied,
  };
}
