import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { docExamples } from '../helpers/docExamples.js';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// Runs every example of docs/queries.md against the seeded graph: each must answer
// without errors and with a non-empty result, and each sample answer printed in the
// document must still be part of the real one (lists may be cut short, not reordered).

const P = testPrefix('doc');
const TOKEN = 'x'.repeat(32);

/** True when `sample` is contained in `actual`: objects by key, lists as an in-order subsequence. */
function contained(sample: unknown, actual: unknown): boolean {
  if (Array.isArray(sample)) {
    if (!Array.isArray(actual)) return false;
    let i = 0;
    for (const item of sample) {
      while (i < actual.length && !contained(item, actual[i])) i += 1;
      if (i === actual.length) return false;
      i += 1;
    }
    return true;
  }
  if (sample !== null && typeof sample === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(sample).every(
      ([k, v]) => k in actual && contained(v, (actual as Record<string, unknown>)[k]),
    );
  }
  return Object.is(sample, actual);
}

/** A written id gets this file's prefix, so the write lands where cleanup finds it. */
function prefixIds(value: unknown, ids: Set<string>): unknown {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'string' && ids.has(v) ? `${P}-${v}` : v));
}

const isMutation = (query: string) =>
  parse(query).definitions.some((d) => (d as OperationDefinitionNode).operation === 'mutation');

const list = docExamples();
const t = useTestServer({ env: { AUTH_TOKEN: TOKEN }, cleanupPrefix: P });

describe('docs/queries.md', () => {
  it('holds an example for each question a reader asks, each under its own heading', () => {
    expect(list.length).toBeGreaterThanOrEqual(14);
    expect(new Set(list.map((e) => e.title)).size).toBe(list.length);
    for (const e of list) expect(e.sample, `${e.title} has a sample answer`).toBeDefined();
    const text = list.map((e) => e.query).join('\n');
    const fields = ['people', 'events', 'figures', 'negotiation', 'proposals', 'statements', 'shortestPath'];
    fields.push('neighborhood', 'search', 'timeline', 'places', 'createOrganization');
    for (const field of fields) expect(text).toMatch(new RegExp(`\\b${field}\\b`));
  });

  it('notices a sample that changed, was reordered or names a missing field', () => {
    const actual = {
      a: [
        { id: 'x', n: 1 },
        { id: 'y', n: 2 },
        { id: 'z', n: 3 },
      ],
      b: null,
    };
    expect(contained({ a: [{ id: 'x' }, { id: 'z', n: 3 }], b: null }, actual)).toBe(true);
    expect(contained({ a: [{ id: 'z' }, { id: 'x' }] }, actual)).toBe(false);
    expect(contained({ a: [{ id: 'x', n: 2 }] }, actual)).toBe(false);
    expect(contained({ c: 1 }, actual)).toBe(false);
    expect(contained({ b: {} }, actual)).toBe(false);
  });

  it.each(list.map((e) => [e.title, e] as const))('runs "%s" as printed', async (_title, example) => {
    const mutation = isMutation(example.query);
    let { variables, sample } = example;
    if (mutation) {
      const input = (variables?.input ?? {}) as { id?: string };
      const ids = new Set(input.id ? [input.id] : []);
      variables = prefixIds(variables, ids) as Record<string, unknown>;
      sample = prefixIds(sample, ids);
      // Without the token the same write is refused, and nothing is written.
      const refused = await t.run(example.query, variables);
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    }
    const res = await t.run<Record<string, unknown>>(example.query, variables, mutation ? { token: TOKEN } : {});
    expect(res.errors).toBeUndefined();
    expect(res.data).toBeTruthy();
    for (const [field, value] of Object.entries(res.data!)) {
      expect(value, `${field} is empty`).not.toBeNull();
      if (Array.isArray(value)) expect(value.length, `${field} is empty`).toBeGreaterThan(0);
      const edges = (value as { edges?: unknown[] }).edges;
      if (edges) expect(edges.length, `${field} has no edges`).toBeGreaterThan(0);
    }
    expect(
      contained(sample, res.data),
      `the sample answer of "${example.title}" is no longer part of the real one`,
    ).toBe(true);
  });
});
