import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { connectionPage, filters, type Filter, type SortField } from '../cypher/connectionCypher.js';
import type { EntityLabel } from '../model.js';
import { planFromInfo } from '../prefetch/fetchPlan.js';
import type { ConnectionRecord, NodeRecord } from '../records.js';
import type { QueryResolvers } from '../schema/generated/resolvers.js';
import { checkRange } from './common.js';
import { decodeCursor, encodeCursor } from '../cursor.js';

type Order = 'NAME_ASC' | 'NAME_DESC' | 'DATE_ASC' | 'DATE_DESC';

const sortOf = (order: Order): { field: SortField; desc: boolean } => ({
  field: order.startsWith('DATE') ? 'date' : 'name',
  desc: order.endsWith('DESC'),
});

/**
 * Runs one connection page: validates `first` and `after`, builds the query with
 * the filters, and wraps the rows in Relay's shape. One database round trip, which
 * also brings the relationships the query asks of `edges.node` (see src/prefetch).
 */
async function page(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: EntityLabel,
  args: { first?: number | null; after?: string | null },
  order: Order,
  fs: Filter[],
): Promise<ConnectionRecord> {
  const first = checkRange(args.first ?? 20, 0, ctx.config.limits.maxPageSize, 'first', 'MAX_PAGE_SIZE');
  const tag = `${label}:${order}`;
  const after = decodeCursor(tag, args.after);
  const plan = planFromInfo(info, ctx.config.prefetchDepth, ['edges', 'node']);
  const rows = await ctx.db.read(connectionPage(label, fs, sortOf(order), first, after, plan));
  const row = rows[0] ?? { totalCount: 0, rows: [] };
  const all = row.rows as { sortKey: string; node: NodeRecord }[];
  const edges = all.slice(0, first).map((r) => ({
    cursor: encodeCursor(tag, { key: r.sortKey, id: r.node.id }),
    node: r.node,
  }));
  return {
    edges,
    totalCount: row.totalCount as number,
    pageInfo: {
      hasNextPage: all.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Collects the filter clauses of a `where` argument; absent fields add nothing. */
function build(parts: (Filter | null | false | undefined)[]): Filter[] {
  return parts.filter((f): f is Filter => Boolean(f));
}

export const connectionFields: Pick<QueryResolvers, 'people' | 'places' | 'organizations' | 'events' | 'negotiations'> =
  {
    people: (_p, args, ctx, info) => {
      const w = args.where ?? {};
      return page(
        ctx,
        info,
        'Person',
        args,
        args.orderBy ?? 'NAME_ASC',
        build([
          w.nameContains != null && filters.nameContains(w.nameContains, 'name'),
          w.origin != null && filters.origin(w.origin, 'origin'),
          w.actsFor != null && filters.linkedTo(['HOLDS_ROLE'], w.actsFor, 'actsFor'),
        ]),
      );
    },
    places: (_p, args, ctx, info) => {
      const w = args.where ?? {};
      return page(
        ctx,
        info,
        'Place',
        args,
        args.orderBy ?? 'NAME_ASC',
        build([
          w.nameContains != null && filters.nameContains(w.nameContains, 'name'),
          w.origin != null && filters.origin(w.origin, 'origin'),
          w.kind != null && filters.kindIn(w.kind, 'kind'),
          w.within != null && filters.within(w.within, 'within'),
        ]),
      );
    },
    organizations: (_p, args, ctx, info) => {
      const w = args.where ?? {};
      return page(
        ctx,
        info,
        'Organization',
        args,
        args.orderBy ?? 'NAME_ASC',
        build([
          w.nameContains != null && filters.nameContains(w.nameContains, 'name'),
          w.origin != null && filters.origin(w.origin, 'origin'),
          w.kind != null && filters.kindIn(w.kind, 'kind'),
          w.locatedIn != null && filters.inPlace('LOCATED_IN', w.locatedIn, 'locatedIn'),
        ]),
      );
    },
    events: (_p, args, ctx, info) => {
      const w = args.where ?? {};
      return page(
        ctx,
        info,
        'Event',
        args,
        args.orderBy ?? 'DATE_ASC',
        build([
          w.nameContains != null && filters.nameContains(w.nameContains, 'name'),
          w.origin != null && filters.origin(w.origin, 'origin'),
          w.kind != null && filters.kindIn(w.kind, 'kind'),
          w.status != null && filters.equals('status', w.status, 'status'),
          w.dateFrom != null && filters.dateFrom(w.dateFrom, 'dateFrom'),
          w.dateTo != null && filters.dateTo(w.dateTo, 'dateTo'),
          w.place != null && filters.heldIn('Event', 'OCCURRED_IN', w.place, 'place'),
          w.participant != null &&
            filters.linkedTo(['CARRIED_OUT_BY', 'RESPONDED_TO', 'PARTICIPATED_IN'], w.participant, 'participant'),
        ]),
      );
    },
    negotiations: (_p, args, ctx, info) => {
      const w = args.where ?? {};
      return page(
        ctx,
        info,
        'Negotiation',
        args,
        args.orderBy ?? 'DATE_ASC',
        build([
          w.nameContains != null && filters.nameContains(w.nameContains, 'name'),
          w.origin != null && filters.origin(w.origin, 'origin'),
          w.kind != null && filters.kindIn(w.kind, 'kind'),
          w.dateFrom != null && filters.dateFrom(w.dateFrom, 'dateFrom'),
          w.dateTo != null && filters.dateTo(w.dateTo, 'dateTo'),
          w.place != null && filters.heldIn('Negotiation', 'HELD_IN', w.place, 'place'),
          w.participant != null && filters.linkedTo(['PARTY_TO', 'PARTICIPATED_IN'], w.participant, 'participant'),
        ]),
      );
    },
  };
