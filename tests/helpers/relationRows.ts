import { expect } from 'vitest';
import type { TestServer } from './testServer.js';

/**
 * One relationship-field check: a lookup by id, the selection to read, and the
 * answer expected. The apiRelations* files list these per type, both ends of
 * every relationship.
 */
export type RelationRow = [field: string, lookup: string, id: string, selection: string, expected: unknown];

/** Runs a row's lookup and compares its answer. */
export async function checkRelationRow(t: Pick<TestServer, 'run'>, [, lookup, id, selection, expected]: RelationRow) {
  const res = await t.run<{ x: unknown }>(`query($id: ID!) { x: ${lookup}(id: $id) { ${selection} } }`, { id });
  expect(res.errors).toBeUndefined();
  expect(res.data?.x).toEqual(expected);
}

/** `[{ id }, …]`, as a list field selected with `{ id }` answers. */
export const ids = (...list: string[]) => list.map((id) => ({ id }));

/** `[{ __typename, id }, …]` for nodes of one type. */
export const typed = (__typename: string, ...list: string[]) => list.map((id) => ({ __typename, id }));
