import { isAbstractType, type GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { NODE_LABELS, type NodeLabel } from '../model.js';
import { planSelections, type FetchPlan } from '../prefetch/fetchPlan.js';
import type { NodeRecord } from '../records.js';
import { entitiesWithPlan } from './entitiesCypher.js';

/** A reference as a gateway sends it: the type, and the key fields (`id`). */
export interface Representation {
  __typename: string;
  id?: unknown;
}

export type EntityRecord = NodeRecord & { __typename: NodeLabel };

const isNodeLabel = (name: string): name is NodeLabel => (NODE_LABELS as readonly string[]).includes(name);

function checked(rep: Representation, i: number): { label: NodeLabel; id: string } {
  const field = `representations[${i}]`;
  if (!isNodeLabel(rep.__typename)) {
    throw new BadUserInputError(
      `${field}: ${JSON.stringify(rep.__typename)} is not an entity type of this subgraph.`,
      field,
    );
  }
  if (typeof rep.id !== 'string' || rep.id === '') {
    throw new BadUserInputError(`${field}: a ${rep.__typename} reference needs its key, a non-empty string id.`, field);
  }
  return { label: rep.__typename, id: rep.id };
}

/** The selections the query makes on `label`: on the type itself, and on interfaces and unions it belongs to. */
function selectionsOn(info: GraphQLResolveInfo, label: NodeLabel): FieldsByTypeName {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const all = tree?.fieldsByTypeName ?? {};
  return Object.fromEntries(
    Object.entries(all).filter(([typeName]) => {
      if (typeName === label) return true;
      const type = info.schema.getType(typeName);
      return isAbstractType(type) && info.schema.getPossibleTypes(type).some((t) => t.name === label);
    }),
  );
}

/**
 * `_entities` for a gateway: the references grouped by type, and each type read
 * in one statement planned like a root field's (src/prefetch), so its nested
 * relationship fields come along in the same round trip. A hundred people cost one
 * statement, people and places two. Unknown ids resolve to null, in place, as the
 * Federation spec asks; a malformed reference is a BAD_USER_INPUT error.
 */
export async function resolveEntities(
  representations: readonly Representation[],
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<(EntityRecord | null)[]> {
  const refs = representations.map(checked);
  const byLabel = new Map<NodeLabel, string[]>();
  for (const { label, id } of refs) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);

  const found = new Map<string, NodeRecord>();
  const depth = ctx.config.prefetchDepth;
  if (depth <= 0) {
    // Planning off: the request's node loader batches every type into one statement.
    const nodes = await ctx.loaders.node.loadMany([...new Set(refs.map((r) => r.id))]);
    for (const n of nodes) if (n && !(n instanceof Error)) found.set(`${n.__label}:${n.id}`, n);
  } else {
    await Promise.all(
      [...byLabel].map(async ([label, ids]) => {
        const plan: FetchPlan = planSelections(info.schema, [selectionsOn(info, label)], depth);
        const rows = await ctx.db.read(entitiesWithPlan(label, [...new Set(ids)], plan));
        for (const r of rows) found.set(`${label}:${r.id as string}`, r.node as NodeRecord);
      }),
    );
  }
  return refs.map(({ label, id }) => {
    const node = found.get(`${label}:${id}`);
    return node ? { ...node, __typename: label } : null;
  });
}
