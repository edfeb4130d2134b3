import type { z } from 'zod';
import { BadUserInputError } from '../errors.js';
import { relationshipId } from '../ids.js';
import { RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../model.js';
import { relationshipPropertyProblems } from '../relationshipProperties.js';
import type { ChangeSet, MentionInput, WriteMode } from './changeSet.js';
import { DATE_FIELDS, fullSchema, NODE_DEFAULTS, patchSchema, SLUG } from './nodeFields.js';

export interface ValidNode {
  label: NodeLabel;
  id: string;
  mode: WriteMode;
  props: Record<string, unknown>;
  dates: Record<string, string | null>;
  at: string;
}

export interface ValidRelationship {
  type: RelationshipType;
  id: string;
  from: string;
  to: string;
  mode: WriteMode;
  props: Record<string, unknown>;
  at: string;
}

export interface ValidMention {
  target: string;
  sourceId: string;
  quote: string;
  /** Null: find the quote in the article (it must occur exactly once). */
  start: number | null;
  at: string;
}

/** Largest change set one write takes; seeding a few articles stays far below it. */
const MAX_ITEMS = 50_000;

/**
 * Checks everything about a change set that needs no database: ids, field values
 * against the shared schemas, relationship types and properties, mention spans.
 * Throws BAD_USER_INPUT naming the first wrong field; returns the rows to write.
 */
export function validateChangeSet(change: ChangeSet) {
  const nodes: ValidNode[] = [];
  const relationships: ValidRelationship[] = [];
  const mentions: ValidMention[] = [];
  const total =
    (change.nodes?.length ?? 0) +
    (change.relationships?.length ?? 0) +
    (change.deleteNodes?.length ?? 0) +
    (change.deleteRelationships?.length ?? 0);
  if (total > MAX_ITEMS) throw new BadUserInputError(`A write may change at most ${MAX_ITEMS} items.`, 'changeSet');

  const seen = new Set<string>();
  (change.nodes ?? []).forEach((n, i) => {
    const at = n.at ?? `nodes[${i}]`;
    checkId(n.id, `${at}.id`);
    if (seen.has(n.id)) throw new BadUserInputError(`The id "${n.id}" is written twice in one change.`, `${at}.id`);
    seen.add(n.id);
    const fields = Object.fromEntries(Object.entries(n.fields).filter(([, v]) => v !== undefined));
    const schema: z.ZodType = n.mode === 'patch' ? patchSchema(n.label) : fullSchema(n.label);
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.reduce<string>(
        (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
        at,
      );
      throw new BadUserInputError(`${field} ${issue.message}`, field);
    }
    const values = { ...(n.mode === 'patch' ? {} : NODE_DEFAULTS[n.label]), ...(parsed.data as object) } as Record<
      string,
      unknown
    >;
    const props: Record<string, unknown> = {};
    const dates: Record<string, string | null> = {};
    for (const [k, v] of Object.entries(values)) {
      if ((DATE_FIELDS as readonly string[]).includes(k)) dates[k] = (v as string | null) ?? null;
      else props[k] = v;
    }
    // A replaced node loses the dates it no longer states.
    if (n.mode === 'replace') for (const f of DATE_FIELDS) if (!(f in dates)) dates[f] = null;
    if (dates.date && dates.endDate && dates.endDate < dates.date) {
      throw new BadUserInputError(`${at}.endDate must not be before ${at}.date.`, `${at}.endDate`);
    }
    if ('aliases' in props) props.aliasesText = ((props.aliases as string[] | null) ?? []).join(' | ');
    nodes.push({ label: n.label, id: n.id, mode: n.mode, props, dates, at });
    (n.mentions ?? []).forEach((m, j) => mentions.push(mention(n.id, m, m.at ?? `${at}.mentions[${j}]`)));
  });

  const seenRels = new Set<string>();
  (change.relationships ?? []).forEach((r, i) => {
    const at = r.at ?? `relationships[${i}]`;
    if (!(r.type in RELATIONSHIP_TYPES))
      throw new BadUserInputError(`Unknown relationship type "${r.type}".`, `${at}.type`);
    checkId(r.from, `${at}.from`);
    checkId(r.to, `${at}.to`);
    const props = r.properties ?? {};
    const problem = relationshipPropertyProblems(r.type, props)[0];
    if (problem) {
      const field = `${at ? `${at}.` : ''}properties.${problem.key}`;
      throw new BadUserInputError(`${field} ${problem.message}.`, field);
    }
    const id = relationshipId(r.from, r.type, r.to);
    if (seenRels.has(id)) throw new BadUserInputError(`The relationship "${id}" is written twice in one change.`, at);
    seenRels.add(id);
    relationships.push({ type: r.type, id, from: r.from, to: r.to, mode: r.mode, props, at });
    (r.mentions ?? []).forEach((m, j) => mentions.push(mention(id, m, m.at ?? `${at}.mentions[${j}]`)));
  });

  const deleteNodeIds: string[] = [];
  const deleteLabels = new Map<string, NodeLabel>();
  for (const d of change.deleteNodes ?? []) {
    deleteNodeIds.push(d.id);
    if (d.label) deleteLabels.set(d.id, d.label);
  }
  const deleteRelationships = (change.deleteRelationships ?? []).map((d) => ({
    ...d,
    id: relationshipId(d.from, d.type, d.to),
  }));

  const written = new Set(nodes.filter((n) => n.label === 'Article').map((n) => n.id));
  const articleIds = [...new Set(mentions.map((m) => m.sourceId))].filter((id) => !written.has(id));
  return { nodes, relationships, mentions, deleteNodeIds, deleteLabels, deleteRelationships, articleIds };
}

function checkId(id: string, field: string): void {
  if (typeof id !== 'string' || !SLUG.test(id) || id.length > 100) {
    throw new BadUserInputError(`${field} must be a lowercase slug such as "vitali-klitschko".`, field);
  }
}

const MAX_QUOTE = 2_000;

function mention(target: string, m: MentionInput, at: string): ValidMention {
  if (typeof m.quote !== 'string' || m.quote.trim() === '') {
    throw new BadUserInputError(`${at}.quote must not be empty.`, `${at}.quote`);
  }
  if (m.quote.length > MAX_QUOTE) {
    throw new BadUserInputError(`${at}.quote must be at most ${MAX_QUOTE} characters.`, `${at}.quote`, {
      max: MAX_QUOTE,
    });
  }
  const start = m.start ?? null;
  if (start !== null && (!Number.isInteger(start) || start < 0)) {
    throw new BadUserInputError(`${at}.start must be a non-negative integer.`, `${at}.start`);
  }
  return { target, sourceId: m.sourceId, quote: m.quote, start, at };
}
