import { postGraphQL } from './http.js';
import type { GraphQLRequest } from './queryMix.js';

/**
 * A response check for the load generator: the exact bytes of an answer already
 * found correct, or else an answer with no `errors` whose canonical form equals
 * ours. Every target's answers under load are held to our answer this way.
 */
export function verifier(knownGoodRaw: string, canon: (d: unknown) => unknown, expected: string) {
  return (body: string): boolean => {
    if (body === knownGoodRaw) return true;
    try {
      const j = JSON.parse(body) as { data?: unknown; errors?: unknown };
      return !j.errors && JSON.stringify(canon(j.data)) === expected;
    } catch {
      return false;
    }
  };
}

/** One target's answer to one request, checked against ours. */
export interface CheckedAnswer {
  raw: string;
  equal: boolean;
  /** What was wrong, when not equal. */
  problem?: string;
}

/** Asks a target once and compares its canonical answer with the expected (ours) one. */
export async function askAndCompare(
  who: string,
  url: string,
  request: GraphQLRequest,
  canon: (d: unknown) => unknown,
  expected: string,
): Promise<CheckedAnswer> {
  const r = await postGraphQL(url, request);
  if (r.errors) return { raw: r.raw, equal: false, problem: `${who}: ${JSON.stringify(r.errors).slice(0, 300)}` };
  const got = JSON.stringify(canon(r.data));
  if (got !== expected)
    return { raw: r.raw, equal: false, problem: `${who} differs: ${got.slice(0, 300)} vs ${expected.slice(0, 300)}` };
  return { raw: r.raw, equal: true };
}
