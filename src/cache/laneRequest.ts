import type { IncomingHttpHeaders } from 'node:http';
import { sha256 } from './cacheKey.js';

/** What the HTTP lane needs of a GraphQL request Apollo would run: the parts of the cache key, and the APQ facts. */
export interface LaneRequest {
  /** SHA-256 of the query text, or the APQ hash (checked against the text when both came). */
  queryHash: string;
  /** The text, when the request carried it; undefined for an APQ request by hash alone. */
  query: string | undefined;
  /** True when the request carried both the text and its APQ hash: Apollo then registers the hash. */
  registers: boolean;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
}

/** Headers whose presence proves a browser preflighted the request (Apollo's recommended CSRF headers). */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];
/** `application/json`, with or without parameters, as whatwg-mimetype (Apollo's parser) would read it. */
const JSON_CONTENT_TYPE = /^[\t\n\r ]*application\/json[\t\n\r ]*(;|$)/i;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && !Buffer.isBuffer(v);

/**
 * Reads a GraphQL-over-HTTP request as Apollo Server 5 does (runHttpQuery.ts,
 * preventCsrf.ts and the APQ step of requestPipeline.ts), or returns undefined for
 * any request Apollo would refuse or read differently, which then goes to Apollo
 * unchanged. It is stricter than Apollo where exactness would cost code: a
 * content-type it cannot read as JSON, or an odd persisted-query extension, falls
 * through. `search` is the URL's query string (GET), `body` the parsed JSON (POST).
 */
export function laneRequest(
  method: string,
  headers: IncomingHttpHeaders,
  search: string,
  body: unknown,
): LaneRequest | undefined {
  const contentType = header(headers, 'content-type');
  const json = contentType !== undefined && JSON_CONTENT_TYPE.test(contentType);
  // CSRF prevention: without a non-simple content-type, one of the preflight headers must be there.
  if (!json && !PREFLIGHT_HEADERS.some((name) => (header(headers, name)?.length ?? 0) > 0)) return undefined;

  let fields: Fields | undefined;
  if (method === 'POST') fields = postFields(body);
  // A GET may carry no content-type other than JSON (Apollo answers 415).
  else if (method === 'GET' && (contentType === undefined || json)) fields = getFields(search);
  if (!fields) return undefined;
  const { query, operationName, variables, extensions } = fields;

  const persisted = extensions?.persistedQuery;
  if (persisted) {
    if (!isRecord(persisted) || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string') return undefined;
    const queryHash = persisted.sha256Hash;
    if (query === undefined) return { queryHash, query, registers: false, operationName, variables };
    // Apollo refuses a hash that is not the text's.
    if (sha256(query) !== queryHash) return undefined;
    return { queryHash, query, registers: true, operationName, variables };
  }
  if (!query) return undefined;
  return { queryHash: sha256(query), query, registers: false, operationName, variables };
}

interface Fields {
  query: string | undefined;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  extensions: Record<string, unknown> | undefined;
}

/** A POST body as runHttpQuery checks it: an object with keys, each field of its type or null. */
function postFields(body: unknown): Fields | undefined {
  if (!isRecord(body) || Object.keys(body).length === 0) return undefined;
  const { query, operationName, variables, extensions } = body;
  if (query && typeof query !== 'string') return undefined;
  const recordOrNull = (v: unknown) => v === undefined || v === null || isRecord(v);
  if (!recordOrNull(variables) || !recordOrNull(extensions)) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  return {
    query: typeof query === 'string' ? query : undefined,
    operationName: typeof operationName === 'string' ? operationName : undefined,
    variables: isRecord(variables) ? variables : undefined,
    extensions: isRecord(extensions) ? extensions : undefined,
  };
}

/** A GET's search parameters: each at most once, variables and extensions JSON objects. */
function getFields(search: string): Fields | undefined {
  const params = new URLSearchParams(search);
  const once = (name: string): string | undefined | null => {
    const values = params.getAll(name);
    return values.length > 1 ? null : values[0];
  };
  const record = (name: string): Record<string, unknown> | undefined | null => {
    const text = once(name);
    if (text === undefined || text === null) return text;
    try {
      const value: unknown = JSON.parse(text);
      return isRecord(value) ? value : null;
    } catch {
      return null;
    }
  };
  const query = once('query');
  const operationName = once('operationName');
  const variables = record('variables');
  const extensions = record('extensions');
  if (query === null || operationName === null || variables === null || extensions === null) return undefined;
  return { query, operationName, variables, extensions };
}

/** A header as Apollo's Express integration reads it: repeated values joined with a comma. */
function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
