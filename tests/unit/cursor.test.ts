import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/cursor.js';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
};

describe('cursor', () => {
  it('round-trips a keyset through an opaque url-safe string', () => {
    const c = encodeCursor('Person:NAME_ASC', { key: 'kira rudik', id: 'kira-rudik' });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(c).not.toContain('kira');
    expect(decodeCursor('Person:NAME_ASC', c)).toEqual({ key: 'kira rudik', id: 'kira-rudik' });
  });

  it('treats a missing cursor as the start of the list', () => {
    expect(decodeCursor('Person:NAME_ASC', null)).toBeNull();
    expect(decodeCursor('Person:NAME_ASC', undefined)).toBeNull();
  });

  it('refuses a cursor of another ordering or list with BAD_USER_INPUT on `after`', () => {
    const c = encodeCursor('Person:NAME_ASC', { key: 'a', id: 'a' });
    for (const order of ['Person:NAME_DESC', 'Place:NAME_ASC']) {
      const e = refusal(() => decodeCursor(order, c)) as GraphQLError;
      expect(e).toBeInstanceOf(GraphQLError);
      expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('refuses garbage, other JSON shapes and non-string parts', () => {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const bad of [
      'not a cursor',
      '',
      enc({ order: 'Person:NAME_ASC' }),
      enc(['Person:NAME_ASC', 'a']),
      enc(['Person:NAME_ASC', 1, 'a']),
      enc(['Person:NAME_ASC', 'a', 'b', 'c']),
    ]) {
      const e = refusal(() => decodeCursor('Person:NAME_ASC', bad)) as GraphQLError;
      expect(e.extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
