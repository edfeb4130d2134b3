import { createHash } from 'node:crypto';

/** SHA-256 of a query text, as Apollo hashes it (and as APQ names it). */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The response cache's key: what Apollo would answer from, as the client sent it.
 * `queryHash` is the SHA-256 of the query text (or the APQ hash, which Apollo has
 * checked against that text); the operation name is the one the request named, not
 * the one Apollo resolved, so the HTTP lane (cacheLane.ts) can compute it without
 * parsing. An absent name and an empty one differ: Apollo resolves the first to the
 * only operation and refuses the second.
 */
export function cacheKey(
  queryHash: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): string {
  const name = operationName === null || operationName === undefined ? '' : `=${operationName}`;
  return `${queryHash}\u0000${name}\u0000${JSON.stringify(variables ?? {})}`;
}
