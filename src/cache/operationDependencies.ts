import {
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Root fields whose answer is one node and what its fields reach from it. Every
 * other root field (lists, connections, search, timeline, neighbourhood, paths,
 * federation's `_entities`) can change when any node or relationship is written, so
 * its answers are evicted by every write.
 */
const BY_ID_ROOT_FIELDS = new Set([
  'node',
  'person',
  'place',
  'organization',
  'event',
  'negotiation',
  'proposal',
  'statement',
  'figure',
  'article',
  '__typename',
]);

/** Root fields never cached: previewArticle's input is a whole article, an answer nobody asks twice. */
const UNCACHED_ROOT_FIELDS = new Set(['previewArticle']);

/**
 * Arguments whose answer includes nodes reached through others that the answer does
 * not return (`Place.events(includeContained:)` walks places inside places): the
 * written ids cannot be matched against the answer, so any write evicts it.
 */
const HIDDEN_HOP_ARGUMENTS = new Set(['includeContained']);

export type OperationPlan =
  { cacheable: false; reason: string } | { cacheable: true; global: boolean; askedIds: Set<string> };

/**
 * Decides whether an operation's answer may be cached and what evicts it: every
 * string it was asked about (literals and variables, so a `node(id:)` that answered
 * null goes when that id is created) and, unless all root fields are lookups by id,
 * any write at all. The ids the answer contains are added while it runs.
 */
export function planOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): OperationPlan {
  if (operation.operation !== 'query') return { cacheable: false, reason: operation.operation };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  const roots = rootFieldNames(operation.selectionSet, fragments, new Set());
  if ([...roots].some((name) => UNCACHED_ROOT_FIELDS.has(name))) return { cacheable: false, reason: 'uncached field' };
  let global = [...roots].some((name) => !BY_ID_ROOT_FIELDS.has(name));

  const askedIds = new Set<string>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      Argument(arg) {
        if (HIDDEN_HOP_ARGUMENTS.has(arg.name.value)) global = true;
      },
      StringValue(value) {
        askedIds.add(value.value);
      },
    });
  walk(operation);
  for (const fragment of fragments.values()) walk(fragment);
  collectStrings(variables, askedIds);
  return { cacheable: true, global, askedIds };
}

/** The names of the root fields, through fragments and inline fragments. */
function rootFieldNames(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
  into = new Set<string>(),
): Set<string> {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) into.add(sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) rootFieldNames(sel.selectionSet, fragments, seen, into);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const fragment = fragments.get(sel.name.value);
      if (fragment) rootFieldNames(fragment.selectionSet, fragments, seen, into);
    }
  }
  return into;
}

/** Every string inside a JSON value. */
export function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, into);
}
