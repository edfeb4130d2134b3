import { isAbstractType, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';
import { NODE_LABELS, type NodeLabel, type RelationshipType } from '../model.js';
import { DERIVED_FIELD_PROPS } from '../derivedFields.js';
import { ENDPOINT_FIELDS, RELATION_FIELDS, type RelationField, type RelDirection } from '../relationFields.js';
import { memoBySelection } from './selectionMemo.js';

/**
 * What an answer reads of a relationship: its properties and its first page of
 * mentions (`all`), its properties only (`own`), or nothing. The planner decides
 * it; the Cypher builders project accordingly (projections.ts relMap).
 */
export type RelProps = 'all' | 'own' | 'none';

/** Where a prefetched list comes from: the loader it stands in for, and that loader's key. */
export type FetchSource = { kind: 'related'; type: RelationshipType; dir: RelDirection } | { kind: 'ancestors' };

/** One list fetched inside the parent's projection, under `key` (see {@link fetchKey}). */
export interface Fetch {
  key: string;
  source: FetchSource;
  /** Only nodes with one of these labels need it (null: every node at this position). */
  on: readonly NodeLabel[] | null;
  /** What the query reads of the relationships themselves (Role.title, provenance, …). */
  relProps: RelProps;
  /** What to fetch, in turn, for each node of the list. */
  child: FetchPlan;
}

/**
 * What a query will read of the nodes at one position of its answer: the
 * properties its fields read (null: all of them), and the relationship lists.
 */
export interface FetchPlan {
  props: readonly string[] | null;
  fetches: readonly Fetch[];
}

/** Every property, no lists: what the loaders' own queries return. */
export const EMPTY_PLAN: FetchPlan = { props: null, fetches: [] };

/** Where a node carries its prefetched lists, keyed by {@link fetchKey}. */
export const PREFETCHED = '__prefetched';

/** The key of a list in a node's prefetched lists: a Cypher map key, stable per source. */
export const fetchKey = (s: FetchSource): string => (s.kind === 'ancestors' ? 'ancestors' : `${s.type}_${s.dir}`);

// Field names are GraphQL names ([_A-Za-z][_0-9A-Za-z]*), so they are safe as
// property keys in a Cypher map projection; names starting with __ are GraphQL's.
const isPropertyName = (name: string): boolean => /^[A-Za-z][_0-9A-Za-z]*$/.test(name);

const isNodeLabel = (name: string): name is NodeLabel => (NODE_LABELS as readonly string[]).includes(name);

/** The node labels a selection on `typeName` applies to (an interface or union covers its members). */
function labelsOf(schema: GraphQLSchema, typeName: string): NodeLabel[] {
  const type = schema.getType(typeName);
  if (isObjectType(type)) return isNodeLabel(type.name) ? [type.name] : [];
  if (isAbstractType(type)) return schema.getPossibleTypes(type).flatMap((t) => (isNodeLabel(t.name) ? [t.name] : []));
  return [];
}

/** The list a relation field reads, as the planner and the resolvers name it. */
export const sourceOf = (f: RelationField): FetchSource =>
  f.kind === 'ancestors' ? { kind: 'ancestors' } : { kind: 'related', type: f.type, dir: f.dir };

/**
 * What the query reads of the relationships a field returns: nothing when it
 * returns the far nodes, their own properties for Role/Participation/Position
 * (title, role, stance…), and the provenance lists only when `provenance` is asked.
 */
function relPropsOf(tree: ResolveTree, field: RelationField): RelProps {
  if (field.kind !== 'rels') return 'none';
  const asked = Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields).map((t) => t.name));
  return asked.includes('provenance') ? 'all' : 'own';
}

const RANK: Record<RelProps, number> = { none: 0, own: 1, all: 2 };
const widest = (a: RelProps, b: RelProps): RelProps => (RANK[a] >= RANK[b] ? a : b);

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
 * Plans the nodes at one position, given every selection made on them: the
 * properties to project (every node field reads the stored property of its own
 * name, or the whole record through `fullRecord`), and the lists to fetch, `depth`
 * levels deep. Fields deeper than that resolve through the request's DataLoaders
 * (one batched round trip per level), so the depth bounds the size of the generated
 * Cypher, not what a query may ask.
 */
export function planSelections(schema: GraphQLSchema, selections: FieldsByTypeName[], depth: number): FetchPlan {
  const props = new Set<string>(['id']);
  const present = new Set<NodeLabel>();
  const groups = new Map<
    string,
    { source: FetchSource; labels: Set<NodeLabel>; relProps: RelProps; child: FieldsByTypeName[] }
  >();
  for (const selection of selections) {
    for (const [typeName, fields] of Object.entries(selection)) {
      const labels = labelsOf(schema, typeName);
      labels.forEach((l) => present.add(l));
      for (const tree of Object.values(fields)) {
        if (isPropertyName(tree.name)) props.add(tree.name);
        for (const prop of DERIVED_FIELD_PROPS.get(tree.name) ?? []) props.add(prop);
        if (depth <= 0) continue;
        for (const label of labels) {
          const field: RelationField | undefined = (RELATION_FIELDS[label] as Record<string, RelationField>)[tree.name];
          if (!field) continue;
          const source = sourceOf(field);
          const id = fetchKey(source);
          const group = groups.get(id) ?? { source, labels: new Set(), relProps: 'none', child: [] };
          groups.set(id, group);
          group.labels.add(label);
          group.relProps = widest(group.relProps, relPropsOf(tree, field));
          group.child.push(...farSelections(tree, field));
        }
      }
    }
  }
  return {
    props: [...props].sort(),
    fetches: [...groups.values()].map((g) => ({
      key: fetchKey(g.source),
      source: g.source,
      // Ancestors are a Place's alone, as their loader reads them.
      on: g.source.kind === 'ancestors' ? ['Place'] : [...present].every((l) => g.labels.has(l)) ? null : [...g.labels],
      relProps: g.relProps,
      child: planSelections(schema, g.child, depth - 1),
    })),
  };
}

/** Every selection made at `path` below the resolver's own field. */
export function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldsByTypeName[] {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  let selections = tree ? [tree.fieldsByTypeName] : [];
  for (const name of path) {
    selections = selections.flatMap((s) =>
      Object.values(s).flatMap((fields) =>
        Object.values(fields)
          .filter((t) => t.name === name)
          .map((t) => t.fieldsByTypeName),
      ),
    );
  }
  return selections;
}

/**
 * The plan for the nodes a resolver returns, `depth` levels deep: for its own
 * selection, or the one found by following `path` (`['edges', 'node']` for a
 * connection). Depth 0 turns planning off: every property, no lists. The plan is
 * computed once per query document (see selectionMemo.ts) and shared: never change it.
 */
export function planFromInfo(info: GraphQLResolveInfo, depth: number, path: readonly string[] = []): FetchPlan {
  if (depth <= 0) return EMPTY_PLAN;
  return memoBySelection(info, `plan|${depth}|${path.join('.')}`, () =>
    planSelections(info.schema, selectionsAt(info, path), depth),
  );
}

/** Whether the query selects any of `fields` at `path` (e.g. an edge's `properties`). */
export function selectsAny(info: GraphQLResolveInfo, path: readonly string[], fields: readonly string[]): boolean {
  return memoBySelection(info, `selects|${path.join('.')}|${fields.join(',')}`, () =>
    selectionsAt(info, path).some((s) =>
      Object.values(s).some((byAlias) => Object.values(byAlias).some((t) => fields.includes(t.name))),
    ),
  );
}
