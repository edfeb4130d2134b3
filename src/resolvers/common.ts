import type { Context } from '../context.js';
import type { RelDirection, RelationField } from '../relationFields.js';
import { BadUserInputError } from '../errors.js';
import { mentionsKey, othersOf, relatedKey, relationshipsKey, toRelRecord, type RelItem } from '../loaders.js';
import { DEFAULT_MENTION_PAGE, type MentionPage } from '../cypher/mentionCypher.js';
import type { MentionSpan } from '../write/changeSet.js';
import { fetchKey, PREFETCHED, sourceOf } from '../prefetch/fetchPlan.js';
import type { RelationshipType } from '../model.js';
import type { NodeRecord, RelRecord } from '../records.js';

/** Relationships of `type` seen from node `id`, batched through the request's loader. */
function rels(ctx: Context, id: string, type: RelationshipType, dir: RelDirection): Promise<RelRecord[]> {
  return ctx.loaders.related.load(relatedKey(id, type, dir));
}

/** The nodes at the far end of `type` relationships (for fields that take arguments). */
export async function others(ctx: Context, id: string, type: RelationshipType, dir: RelDirection) {
  return othersOf(await rels(ctx, id, type, dir));
}

type RelationResult<F> = F extends { kind: 'rels' }
  ? RelRecord[]
  : F extends { kind: 'node' }
    ? NodeRecord | null
    : NodeRecord[];

/** The list under `key` that a root statement fetched along with `p` (see src/prefetch), if it did. */
function prefetched(p: NodeRecord, key: string): unknown[] | undefined {
  const list = (p[PREFETCHED] as Record<string, unknown> | null | undefined)?.[key];
  return Array.isArray(list) ? list : undefined;
}

/**
 * Resolvers for a type's entries of RELATION_FIELDS: the list the parent record
 * brought along when the root statement fetched it, else the request's loaders.
 */
export function relationResolvers<S extends Record<string, RelationField>>(
  fields: S,
): { [K in keyof S]: (parent: NodeRecord, args: unknown, ctx: Context) => Promise<RelationResult<S[K]>> } {
  const resolve = (f: RelationField) => {
    const key = fetchKey(sourceOf(f));
    return async (p: NodeRecord, _args: unknown, ctx: Context) => {
      const pre = prefetched(p, key);
      if (f.kind === 'ancestors') return (pre as NodeRecord[] | undefined) ?? ctx.loaders.ancestors.load(p.id);
      const list = pre ? (pre as RelItem[]).map(toRelRecord(p.id)) : await rels(ctx, p.id, f.type, f.dir);
      if (f.kind === 'rels') return list;
      const nodes = othersOf(list, f.labels);
      return f.kind === 'nodes' ? nodes : (nodes[0] ?? null);
    };
  };
  return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, resolve(f)])) as never;
}

/** Throws a coded error unless `value` is an integer within [min, max]. */
export function checkRange(value: number, min: number, max: number, field: string, limitName?: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${field} must be between ${min} and ${max} (got ${value}).`, field, {
      ...(limitName ? { limit: limitName } : {}),
      max,
    });
  }
  return value;
}

/**
 * A node's full record: the one at hand, or — when a list query returned it without
 * its provenance and long text (`__partial`) — the same node fetched by id, batched.
 */
export async function fullRecord(p: NodeRecord, ctx: Context): Promise<NodeRecord> {
  if (!p.__partial) return p;
  return (await ctx.loaders.node.load(p.id)) ?? p;
}

/** The `mentions` field of every node type: the page the root statement brought, or one read for it. */
export function mentionsOf(p: NodeRecord, args: MentionArgs, ctx: Context): Promise<MentionSpan[]> {
  return mentionPage(p.id, p.mentions, args, ctx);
}

const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

/**
 * Where a record comes from. Curated records (seed files, mutations) carry no
 * `origin` property; ingestion marks what it creates EXTRACTED, with a confidence.
 */
export const provenanceFields = {
  origin: (p: NodeRecord) => (p.origin === 'EXTRACTED' ? ('EXTRACTED' as const) : ('CURATED' as const)),
  confidence: (p: NodeRecord) => (typeof p.confidence === 'number' ? p.confidence : null),
};

/** Fields every Entity type shares. */
export const entityFields = {
  ...provenanceFields,
  aliases: (p: NodeRecord) => list(p.aliases),
  mentions: mentionsOf,
  relationships: (
    p: NodeRecord,
    args: { direction?: RelDirection | null; types?: RelationshipType[] | null; first?: number | null },
    ctx: Context,
  ) => {
    const first = checkRange(args.first ?? 100, 0, ctx.config.limits.maxPageSize, 'first', 'MAX_PAGE_SIZE');
    const types = args.types && args.types.length ? [...args.types].sort() : null;
    return ctx.loaders.relationships.load(relationshipsKey(p.id, args.direction ?? 'BOTH', types, first));
  },
};

/** The `mentions` field of non-entity nodes. */
export const mentionsField = { mentions: mentionsOf };

/** Reads a list-valued property, defaulting to empty. */
export const listProp = list;

/** Arguments of `mentions` and `provenance`. */
export interface MentionArgs {
  first?: number | null;
  after?: string | null;
  article?: string | null;
}

/**
 * A page of mentions of `target`: the default page when the parent record carries
 * it (`prefetched`), else one read through the request's loader, batched with the
 * other targets that ask for the same page.
 */
export async function mentionPage(
  target: string,
  prefetched: unknown,
  args: MentionArgs,
  ctx: Context,
): Promise<MentionSpan[]> {
  const page: MentionPage = {
    first: checkRange(
      args.first ?? DEFAULT_MENTION_PAGE.first,
      0,
      ctx.config.limits.maxPageSize,
      'first',
      'MAX_PAGE_SIZE',
    ),
    after: args.after ? mentionCursor(args.after) : null,
    source: args.article ?? null,
  };
  if (page.first === 0) return [];
  const isDefault = page.after === null && page.source === null && page.first === DEFAULT_MENTION_PAGE.first;
  if (isDefault && Array.isArray(prefetched)) return prefetched as MentionSpan[];
  return ctx.loaders.mentions.load(mentionsKey(target, page));
}

/** The position a Mention id (`article:start-end`) stands for, as a cursor. */
function mentionCursor(id: string): MentionPage['after'] {
  const m = /^(.+):(\d+)-(\d+)$/.exec(id);
  if (!m) throw new BadUserInputError('after must be the id of a mention, such as "article-id:120-158".', 'after');
  return { source: m[1]!, start: Number(m[2]), end: Number(m[3]) };
}
