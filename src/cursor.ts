import { BadUserInputError } from './errors.js';
import type { Keyset } from './cypher/connectionCypher.js';

/**
 * Cursors are opaque to clients: base64url of the keyset (sort key and id) of a
 * row, tagged with the ordering they belong to so a cursor from one ordering is
 * refused by another.
 */
export function encodeCursor(order: string, keyset: Keyset): string {
  return Buffer.from(JSON.stringify([order, keyset.key, keyset.id])).toString('base64url');
}

/** Decodes a cursor; BAD_USER_INPUT (field `after`) when it is not one of ours. */
export function decodeCursor(order: string, cursor: string | null | undefined): Keyset | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 3 && value[0] === order && value.every((x) => typeof x === 'string')) {
      return { key: value[1] as string, id: value[2] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('`after` is not a valid cursor for this list and ordering.', 'after');
}
