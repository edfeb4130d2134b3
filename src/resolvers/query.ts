import type { Context } from '../context.js';
import { nodeMap } from '../cypher/projections.js';
import type { NodeLabel } from '../model.js';
import type { NodeRecord } from '../records.js';
import type { QueryResolvers } from '../schema/generated/resolvers.js';
import { checkRange } from './common.js';
import { connectionFields } from './queryConnections.js';
import { graphFields } from './queryGraph.js';

/** A node by id if it has the wanted label; null otherwise (ids are unique across labels). */
async function byId(ctx: Context, id: string, label?: NodeLabel): Promise<NodeRecord | null> {
  const node = await ctx.loaders.node.load(id);
  return node && (!label || node.__label === label) ? node : null;
}

async function listOf(ctx: Context, label: NodeLabel, where: string, params: Record<string, unknown>) {
  const rows = await ctx.db.read(
    {
      cypher: `MATCH (n:${label}) ${where} WITH n ORDER BY coalesce(n.name, n.title, n.text), n.id LIMIT $first RETURN ${nodeMap('n')} AS node`,
      params,
    },
    () => (ctx.stats.queries += 1),
  );
  return rows.map((r) => r.node as NodeRecord);
}

export const Query: QueryResolvers = {
  node: (_p, { id }, ctx) => byId(ctx, id),
  person: (_p, { id }, ctx) => byId(ctx, id, 'Person'),
  place: (_p, { id }, ctx) => byId(ctx, id, 'Place'),
  organization: (_p, { id }, ctx) => byId(ctx, id, 'Organization'),
  event: (_p, { id }, ctx) => byId(ctx, id, 'Event'),
  negotiation: (_p, { id }, ctx) => byId(ctx, id, 'Negotiation'),
  proposal: (_p, { id }, ctx) => byId(ctx, id, 'Proposal'),
  statement: (_p, { id }, ctx) => byId(ctx, id, 'Statement'),
  figure: (_p, { id }, ctx) => byId(ctx, id, 'Figure'),
  article: (_p, { id }, ctx) => byId(ctx, id, 'Article'),
  articles: (_p, _a, ctx) => listOf(ctx, 'Article', '', { first: ctx.config.limits.maxPageSize }),
  proposals: (_p, _a, ctx) => listOf(ctx, 'Proposal', '', { first: ctx.config.limits.maxPageSize }),
  statements: (_p, args, ctx) =>
    listOf(
      ctx,
      'Statement',
      'WHERE ($attribution IS NULL OR n.attribution = $attribution) AND ($speaker IS NULL OR EXISTS { MATCH (n)-[:SAID_BY]->(:Node {id: $speaker}) })',
      {
        attribution: args.attribution ?? null,
        speaker: args.speaker ?? null,
        first: checkRange(args.first ?? 100, 0, ctx.config.limits.maxPageSize, 'first', 'MAX_PAGE_SIZE'),
      },
    ),
  figures: (_p, args, ctx) =>
    listOf(
      ctx,
      'Figure',
      'WHERE ($measure IS NULL OR n.measure = $measure) AND ($event IS NULL OR EXISTS { MATCH (n)-[:FIGURE_OF]->(:Event {id: $event}) })',
      {
        measure: args.measure ?? null,
        event: args.event ?? null,
        first: checkRange(args.first ?? 100, 0, ctx.config.limits.maxPageSize, 'first', 'MAX_PAGE_SIZE'),
      },
    ),
  ...connectionFields,
  ...graphFields,
};
