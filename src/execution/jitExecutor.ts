import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  execute,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';

/** What one request hands the executor (the part of Apollo's request context it reads). */
export interface ExecutionRequest {
  /** The query text; nothing is compiled without it. */
  source?: string;
  /** Apollo's SHA-256 of the text: compiled queries are kept under it, not under the text itself. */
  queryHash?: string;
  document: DocumentNode;
  operation?: OperationDefinitionNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  contextValue: unknown;
}

export type Execute = (request: ExecutionRequest) => Promise<ExecutionResult>;

/** The jit executor, with how many documents it holds compiled (for tests and benchmarks). */
export type JitExecute = Execute & { compiledCount(): number };

/** graphql-js's `execute`, as the executor that does nothing else. */
export const graphqlExecute =
  (schema: GraphQLSchema): Execute =>
  async (r) =>
    execute({
      schema,
      document: r.document,
      operationName: r.operationName,
      variableValues: r.variables,
      contextValue: r.contextValue,
    });

// Nothing compiled: the document runs on graphql-js instead.
const FALL_BACK = Symbol('graphql-js');

/**
 * Runs queries as graphql-jit compiles them: the compiled function knows the
 * document's fields, so it skips graphql-js's per-request walk of the selection.
 * Compiled queries are kept in a bounded LRU under their text's hash and operation name;
 * a document's first request runs on graphql-js, its second compiles it.
 *
 * What clients see stays graphql-js's, byte for byte:
 * - variables are checked by graphql-js's own coercion first, so a bad one gets
 *   its message and no `data` (Apollo answers 400 on that);
 * - jit's errors are rebuilt as graphql-js GraphQLErrors (same message, locations,
 *   path, extensions and cause), which Apollo and formatError expect;
 * - mutations, and any document jit cannot compile, run on graphql-js.
 */
export function jitExecute(schema: GraphQLSchema, maxCompiled = 500): JitExecute {
  const fallback = graphqlExecute(schema);
  const compiled = new LRUCache<string, CompiledQuery | typeof FALL_BACK>({ max: maxCompiled });
  // Documents seen once. Compiling one costs up to about twice what parsing and validating
  // it cost, several times what running it costs, so a document is compiled on its
  // second request: one-off documents (an explorer's, or a flood of distinct ones)
  // cost what they cost on graphql-js.
  const seenOnce = new LRUCache<string, true>({ max: maxCompiled * 4 });

  const compile = (r: ExecutionRequest): CompiledQuery | typeof FALL_BACK => {
    if (r.source === undefined || r.operation?.operation !== 'query') return FALL_BACK;
    const key = `${r.operationName ?? ''}\n${r.queryHash ?? r.source}`;
    let entry = compiled.get(key);
    if (entry === undefined) {
      if (!seenOnce.has(key)) {
        seenOnce.set(key, true);
        return FALL_BACK;
      }
      seenOnce.delete(key);
      try {
        const result = compileQuery(schema, r.document, r.operationName ?? undefined);
        entry = isCompiledQuery(result) ? result : FALL_BACK;
      } catch {
        entry = FALL_BACK;
      }
      compiled.set(key, entry);
    }
    return entry;
  };

  const run = async (r: ExecutionRequest): Promise<ExecutionResult> => {
    const query = compile(r);
    if (query === FALL_BACK) return fallback(r);
    const variables = getVariableValues(schema, r.operation?.variableDefinitions ?? [], r.variables ?? {}, {
      maxErrors: 50,
    });
    if (variables.errors) return { errors: variables.errors };
    const result = await query.query(undefined, r.contextValue, r.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };
  return Object.assign(run, {
    compiledCount: () => [...compiled.values()].filter((q) => q !== FALL_BACK).length,
  });
}

/**
 * jit's errors inherit from graphql-js's GraphQLError but lack its fields behind
 * `toJSON` (nodes, positions, an extensions object when there are none); this
 * copies one into a real GraphQLError, keeping the locations jit computed.
 */
function asGraphqlJsError(e: GraphQLError): GraphQLError {
  const out = new GraphQLError(e.message, {
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions: e.extensions ?? undefined,
  });
  if (e.locations?.length) (out as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return out;
}
