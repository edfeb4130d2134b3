import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { neighborhood, shortestPath, timeline, type GraphShape } from '../cypher/graphCypher.js';
import { exactForms, luceneQuery, searchEntities } from '../cypher/searchCypher.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import type { EntityLabel, RelationshipType } from '../model.js';
import type { NodeRecord, RelRecord } from '../records.js';
import { planFromInfo, selectsAny } from '../prefetch/fetchPlan.js';
import type { EntityType, QueryResolvers } from '../schema/generated/resolvers.js';
import { checkRange } from './common.js';

const LABEL_OF: Record<EntityType, EntityLabel> = {
  PERSON: 'Person',
  PLACE: 'Place',
  ORGANIZATION: 'Organization',
  EVENT: 'Event',
  NEGOTIATION: 'Negotiation',
  PROPOSAL: 'Proposal',
};

const MAX_SEARCH_TEXT = 200;

/** A subgraph's or path's projection: nodes as the query reads them, edge properties only if read. */
const graphShape = (ctx: Context, info: GraphQLResolveInfo): GraphShape => ({
  nodes: planFromInfo(info, ctx.config.prefetchDepth, ['nodes']),
  edgeProps:
    ctx.config.prefetchDepth === 0 || selectsAny(info, ['edges'], ['provenance'])
      ? 'all'
      : selectsAny(info, ['edges'], ['properties'])
        ? 'own'
        : 'none',
});

export const graphFields: Pick<QueryResolvers, 'search' | 'neighborhood' | 'shortestPath' | 'timeline'> = {
  search: async (_p, args, ctx, info) => {
    if (args.text.length > MAX_SEARCH_TEXT) {
      throw new BadUserInputError(`text must be at most ${MAX_SEARCH_TEXT} characters.`, 'text', {
        max: MAX_SEARCH_TEXT,
      });
    }
    const first = checkRange(args.first ?? 10, 0, ctx.config.limits.maxPageSize, 'first', 'MAX_PAGE_SIZE');
    const q = luceneQuery(args.text);
    if (!q || first === 0) return [];
    const labels = args.types?.length ? args.types.map((t) => LABEL_OF[t]) : null;
    const rows = await ctx.db.read(
      searchEntities(q, labels, first, exactForms(args.text), planFromInfo(info, ctx.config.prefetchDepth, ['entity'])),
    );
    return rows.map((r) => ({ score: r.score as number, entity: r.node as NodeRecord }));
  },

  neighborhood: async (_p, args, ctx, info) => {
    const { limits } = ctx.config;
    const depth = checkRange(args.depth ?? 1, 1, limits.maxNeighborhoodDepth, 'depth', 'MAX_NEIGHBORHOOD_DEPTH');
    const limit = checkRange(args.limit ?? 100, 1, limits.maxNeighborhoodNodes, 'limit', 'MAX_NEIGHBORHOOD_NODES');
    const types = (args.relationshipTypes?.length ? args.relationshipTypes : null) as RelationshipType[] | null;
    const rows = await ctx.db.read(neighborhood(args.id, depth, types, limit, graphShape(ctx, info)));
    const row = rows[0];
    if (!row) throw new NotFoundError(`No node with id "${args.id}".`, args.id);
    return { nodes: row.nodes as NodeRecord[], edges: row.edges as RelRecord[], truncated: row.truncated as boolean };
  },

  shortestPath: async (_p, args, ctx, info) => {
    const maxDepth = checkRange(args.maxDepth ?? 6, 1, ctx.config.limits.maxPathDepth, 'maxDepth', 'MAX_PATH_DEPTH');
    if (args.fromId === args.toId) {
      // Cypher's shortestPath refuses equal endpoints; the path of length 0 is the node itself.
      const node = await ctx.loaders.node.load(args.fromId);
      if (!node) throw new NotFoundError(`No node with id "${args.fromId}".`, args.fromId);
      return { length: 0, nodes: [node], edges: [] };
    }
    const types = (args.relationshipTypes?.length ? args.relationshipTypes : null) as RelationshipType[] | null;
    const rows = await ctx.db.read(shortestPath(args.fromId, args.toId, maxDepth, types, graphShape(ctx, info)));
    const row = rows[0];
    if (!row?.fromFound) throw new NotFoundError(`No node with id "${args.fromId}".`, args.fromId);
    if (!row.toFound) throw new NotFoundError(`No node with id "${args.toId}".`, args.toId);
    if (!row.edges) return null;
    const edges = row.edges as RelRecord[];
    return { length: edges.length, nodes: row.nodes as NodeRecord[], edges };
  },

  timeline: async (_p, args, ctx, info) => {
    const first = checkRange(args.first ?? 100, 0, ctx.config.limits.maxPageSize, 'first', 'MAX_PAGE_SIZE');
    const w = args.where ?? {};
    const rows = await ctx.db.read(
      timeline(
        {
          place: w.place ?? null,
          participant: w.participant ?? null,
          eventKinds: w.eventKind ?? null,
          negotiationKinds: w.negotiationKind ?? null,
          includeEvents: w.includeEvents ?? true,
          includeNegotiations: w.includeNegotiations ?? true,
          dateFrom: w.dateFrom ?? null,
          dateTo: w.dateTo ?? null,
        },
        first,
        planFromInfo(info, ctx.config.prefetchDepth),
      ),
    );
    return rows.map((r) => r.node as NodeRecord);
  },
};
