import { Kind, visit, type ASTNode, type FieldNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';

/*
 * Apollo Server keeps each parsed document, so every request of the same query string
 * resolves its fields with the same FieldNode objects. What the planner derives from a
 * field's selection is therefore the same on every such request, except where @skip or
 * @include take a variable: those variables' values are part of the key. The maps are
 * weak, so a document dropped from Apollo's cache takes its entries with it.
 */

type Entries = Map<string, unknown>;

const bySchema = new WeakMap<GraphQLSchema, WeakMap<FieldNode, Entries>>();
const conditionVarsByOperation = new WeakMap<ASTNode, readonly string[]>();

/** The variables that @skip/@include read anywhere in the operation or its fragments. */
function conditionVariables(info: GraphQLResolveInfo): readonly string[] {
  const known = conditionVarsByOperation.get(info.operation);
  if (known) return known;
  const names = new Set<string>();
  const collect = {
    Directive(node: { name: { value: string }; arguments?: readonly { value: ASTNode }[] }) {
      if (node.name.value !== 'skip' && node.name.value !== 'include') return;
      for (const arg of node.arguments ?? []) if (arg.value.kind === Kind.VARIABLE) names.add(arg.value.name.value);
    },
  };
  visit(info.operation, collect);
  for (const fragment of Object.values(info.fragments)) visit(fragment, collect);
  const list = [...names].sort();
  conditionVarsByOperation.set(info.operation, list);
  return list;
}

/**
 * `compute()` once per field node, schema, parent and return type, `key` and values of
 * the @skip/@include variables; the cached value on later requests. `compute` must
 * depend on nothing else of `info`, and its result is shared, so it must not be changed.
 */
export function memoBySelection<T>(info: GraphQLResolveInfo, key: string, compute: () => T): T {
  // A field selected twice under one response name merges several nodes: rare, not cached.
  if (info.fieldNodes.length !== 1) return compute();
  let byField = bySchema.get(info.schema);
  if (!byField) bySchema.set(info.schema, (byField = new WeakMap()));
  const field = info.fieldNodes[0]!;
  let entries = byField.get(field);
  if (!entries) byField.set(field, (entries = new Map()));
  const vars = conditionVariables(info);
  const full =
    `${info.parentType.name}.${String(info.returnType)}|${key}` +
    (vars.length === 0 ? '' : `|${JSON.stringify(vars.map((v) => info.variableValues[v] ?? null))}`);
  if (entries.has(full)) return entries.get(full) as T;
  const value = compute();
  entries.set(full, value);
  return value;
}
