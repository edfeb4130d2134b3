import { isAbstractType, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';
import { NODE_LABELS, type NodeLabel, type RelationshipType } from '../model.js';
import { ENDPOINT_FIELDS, RELATION_FIELDS, type RelationField, type RelDirection } from '../relationFields.js';

/** Where a prefetched list comes from: the loader it stands in for, and that loader's key. */
export type FetchSource = { kind: 'related'; type: RelationshipType; dir: RelDirection } | { kind: 'ancestors' };

/** One list fetched inside the parent's projection, under `key`. */
export interface Fetch {
  key: string;
  source: FetchSource;
  /** Only nodes with one of these labels need it (null: every node at this position). */
  on: readonly NodeLabel[] | null;
  /** What to fetch, in turn, for each node of the list. */
  child: FetchPlan;
}

/** The relationship lists a query will ask of the nodes at one position of its answer. */
export interface FetchPlan {
  fetches: readonly Fetch[];
}

export const EMPTY_PLAN: FetchPlan = { fetches: [] };

const isNodeLabel = (name: string): name is NodeLabel => (NODE_LABELS as readonly string[]).includes(name);

/** The node labels a selection on `typeName` applies to (an interface or union covers its members). */
function labelsOf(schema: GraphQLSchema, typeName: string): NodeLabel[] {
  const type = schema.getType(typeName);
  if (isObjectType(type)) return isNodeLabel(type.name) ? [type.name] : [];
  if (isAbstractType(type)) return schema.getPossibleTypes(type).flatMap((t) => (isNodeLabel(t.name) ? [t.name] : []));
  return [];
}

const sourceOf = (f: RelationField): FetchSource =>
  f.kind === 'ancestors' ? { kind: 'ancestors' } : { kind: 'related', type: f.type, dir: f.dir };

const sourceId = (s: FetchSource): string => (s.kind === 'ancestors' ? 'ancestors' : `${s.type}:${s.dir}`);

/**
 * What the query selects on the nodes a relation field leads to. For relationship
 * types (Role, Participation, Position) that is the selection of the field that
 * returns the far end: `actsFor` seen from a person, `person` seen from an organization.
 */
function farSelections(tree: ResolveTree, field: RelationField): FieldsByTypeName[] {
  if (field.kind !== 'rels') return [tree.fieldsByTypeName];
  return Object.entries(tree.fieldsByTypeName).flatMap(([relType, fields]) => {
    const ends = ENDPOINT_FIELDS[relType];
    if (!ends) return [];
    const far = field.dir === 'IN' ? ends.from : ends.to;
    return Object.values(fields)
      .filter((t) => t.name === far)
      .map((t) => t.fieldsByTypeName);
  });
}

/**
 * Plans the fetches for the nodes at one position, given every selection made on
 * them, `depth` levels deep. Fields deeper than that still resolve through the
 * request's DataLoaders (one batched round trip per level), so the depth bounds the
 * size of the generated Cypher, not what a query may ask.
 */
export function planSelections(schema: GraphQLSchema, selections: FieldsByTypeName[], depth: number): FetchPlan {
  if (depth <= 0) return EMPTY_PLAN;
  const present = new Set<NodeLabel>();
  const groups = new Map<string, { source: FetchSource; labels: Set<NodeLabel>; child: FieldsByTypeName[] }>();
  for (const selection of selections) {
    for (const [typeName, fields] of Object.entries(selection)) {
      const labels = labelsOf(schema, typeName);
      labels.forEach((l) => present.add(l));
      for (const tree of Object.values(fields)) {
        for (const label of labels) {
          const field: RelationField | undefined = (RELATION_FIELDS[label] as Record<string, RelationField>)[tree.name];
          if (!field) continue;
          const source = sourceOf(field);
          const id = sourceId(source);
          const group = groups.get(id) ?? { source, labels: new Set(), child: [] };
          groups.set(id, group);
          group.labels.add(label);
          group.child.push(...farSelections(tree, field));
        }
      }
    }
  }
  return {
    fetches: [...groups.values()].map((g, i) => ({
      key: `f${i}`,
      source: g.source,
      // Ancestors are a Place's alone, as their loader reads them.
      on: g.source.kind === 'ancestors' ? ['Place'] : [...present].every((l) => g.labels.has(l)) ? null : [...g.labels],
      child: planSelections(schema, g.child, depth - 1),
    })),
  };
}

/**
 * The fetch plan for the nodes a resolver returns, `depth` levels deep: for its own
 * selection, or the one found by following `path` (`['edges', 'node']` for a connection).
 */
export function planFromInfo(info: GraphQLResolveInfo, depth: number, path: readonly string[] = []): FetchPlan {
  if (depth <= 0) return EMPTY_PLAN;
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) return EMPTY_PLAN;
  let selections = [tree.fieldsByTypeName];
  for (const name of path) {
    selections = selections.flatMap((s) =>
      Object.values(s).flatMap((fields) =>
        Object.values(fields)
          .filter((t) => t.name === name)
          .map((t) => t.fieldsByTypeName),
      ),
    );
  }
  return planSelections(info.schema, selections, depth);
}
