import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { nodeWithPlan } from '../cypher/prefetchCypher.js';
import { listNodes, type ListFilter } from '../cypher/listCypher.js';
import type { NodeLabel } from '../model.js';
import { EMPTY_PLAN, planFromInfo } from '../prefetch/fetchPlan.js';
import type { NodeRecord } from '../records.js';
import type { QueryResolvers } from '../schema/generated/resolvers.js';
import { checkRange } from './common.js';
import { connectionFields } from './queryConnections.js';
import { previewArticleQuery } from './ingest.js';
import { graphFields } from './queryGraph.js';

/**
 * A node by id if it has the wanted label; null otherwise (ids are unique across
 * labels). One statement brings the properties the query reads and, PREFETCH_DEPTH
 * levels deep, the relationships it asks for, carried by the records themselves.
 * With planning off, lookups go through the batched node loader.
 */
async function byId(ctx: Context, info: GraphQLResolveInfo, id: string, label?: NodeLabel): Promise<NodeRecord | null> {
  const plan = planFromInfo(info, ctx.config.prefetchDepth);
  let node: NodeRecord | null;
  if (plan === EMPTY_PLAN) {
    node = await ctx.loaders.node.load(id);
  } else {
    const rows = await ctx.db.read(nodeWithPlan(id, plan));
    node = (rows[0]?.node as NodeRecord | undefined) ?? null;
  }
  return node && (!label || node.__label === label) ? node : null;
}

async function listOf(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: NodeLabel,
  filter: ListFilter,
  params: Record<string, unknown> & { first: number },
) {
  const plan = planFromInfo(info, ctx.config.prefetchDepth);
  const rows = await ctx.db.read(listNodes(label, filter, params, plan));
  return rows.map((r) => r.node as NodeRecord);
}

export const Query: QueryResolvers = {
  node: (_p, { id }, ctx, info) => byId(ctx, info, id),
  person: (_p, { id }, ctx, info) => byId(ctx, info, id, 'Person'),
  place: (_p, { id }, ctx, info) => byId(ctx, info, id, 'Place'),
  organization: (_p, { id }, ctx, info) => byId(ctx, info, id, 'Organization'),
  event: (_p, { id }, ctx, info) => byId(ctx, info, id, 'Event'),
  negotiation: (_p, { id }, ctx, info) => byId(ctx, info, id, 'Negotiation'),
  proposal: (_p, { id }, ctx, info) => byId(ctx, info, id, 'Proposal'),
  statement: (_p, { id }, ctx, info) => byId(ctx, info, id, 'Statement'),
  figure: (_p, { id }, ctx, info) => byId(ctx, info, id, 'Figure'),
  article: (_p, { id }, ctx, info) => byId(ctx, info, id, 'Article'),
  articles: (_p, _a, ctx, info) => listOf(ctx, info, 'Article', 'none', { first: ctx.config.limits.maxPageSize }),
  proposals: (_p, _a, ctx, info) => listOf(ctx, info, 'Proposal', 'none', { first: ctx.config.limits.maxPageSize }),
  statements: (_p, args, ctx, info) =>
    listOf(ctx, info, 'Statement', 'statements', {
      attribution: args.attribution ?? null,
      speaker: args.speaker ?? null,
      first: checkRange(args.first ?? 100, 0, ctx.config.limits.maxPageSize, 'first', 'MAX_PAGE_SIZE'),
    }),
  figures: (_p, args, ctx, info) =>
    listOf(ctx, info, 'Figure', 'figures', {
      measure: args.measure ?? null,
      event: args.event ?? null,
      first: checkRange(args.first ?? 100, 0, ctx.config.limits.maxPageSize, 'first', 'MAX_PAGE_SIZE'),
    }),
  ...connectionFields,
  ...graphFields,
  previewArticle: previewArticleQuery,
};
