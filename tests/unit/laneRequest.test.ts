import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/cache/cacheKey.js';
import { laneRequest } from '../../src/cache/laneRequest.js';

// How the response cache's HTTP lane reads a request, without a server: which
// requests it may answer (those Apollo would read into the same cache key) and
// which it leaves to Apollo. tests/integration/responseCacheLane.test.ts checks the
// same rules against Apollo itself.

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const QUERY = '{ person(id: "vitali-klitschko") { id } }';
const JSON_TYPE = { 'content-type': 'application/json' };
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const search = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe('laneRequest', () => {
  it('reads POST and GET into the same key parts, hashing the text', () => {
    const expected = {
      queryHash: sha256(QUERY),
      query: QUERY,
      registers: false,
      operationName: 'A',
      variables: { x: 1 },
    };
    const body = { query: QUERY, operationName: 'A', variables: { x: 1 } };
    expect(laneRequest('POST', JSON_TYPE, '', body)).toEqual(expected);
    const params = { query: QUERY, operationName: 'A', variables: '{"x":1}' };
    expect(laneRequest('GET', PREFLIGHT, search(params), undefined)).toEqual(expected);
    expect(laneRequest('GET', JSON_TYPE, search(params), undefined)).toEqual(expected);
    // Null fields are absent fields, as Apollo reads them.
    expect(laneRequest('POST', JSON_TYPE, '', { query: QUERY, operationName: null, variables: null })).toMatchObject({
      operationName: undefined,
      variables: undefined,
    });
  });

  it('takes the APQ hash as the key, checks it against a text sent with it, and notes that the text registers it', () => {
    const hash = sha256(QUERY);
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    expect(laneRequest('GET', PREFLIGHT, search({ extensions: JSON.stringify(extensions) }), undefined)).toEqual({
      queryHash: hash,
      query: undefined,
      registers: false,
      operationName: undefined,
      variables: undefined,
    });
    expect(laneRequest('POST', JSON_TYPE, '', { query: QUERY, extensions })).toMatchObject({ registers: true });
    const wrong = { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } };
    expect(laneRequest('POST', JSON_TYPE, '', { query: QUERY, extensions: wrong })).toBeUndefined();
    const v2 = { persistedQuery: { version: 2, sha256Hash: hash } };
    expect(laneRequest('POST', JSON_TYPE, '', { query: QUERY, extensions: v2 })).toBeUndefined();
  });

  it('leaves to Apollo what it refuses or reads otherwise', () => {
    const refused: [string, Record<string, string>, string, unknown][] = [
      // CSRF prevention: no JSON content type and no non-empty preflight header.
      ['GET', {}, search({ query: QUERY }), undefined],
      ['GET', { 'apollo-require-preflight': '' }, search({ query: QUERY }), undefined],
      ['POST', { 'content-type': 'text/plain' }, '', { query: QUERY }],
      // A GET with a content type other than JSON.
      ['GET', { ...PREFLIGHT, 'content-type': 'text/plain' }, search({ query: QUERY }), undefined],
      // Parameters given twice, or not JSON objects.
      ['GET', PREFLIGHT, `?query=${encodeURIComponent(QUERY)}&query=x`, undefined],
      ['GET', PREFLIGHT, search({ query: QUERY, variables: '[1]' }), undefined],
      ['GET', PREFLIGHT, search({ query: QUERY, variables: '{' }), undefined],
      // Batches, empty bodies, fields of the wrong type.
      ['POST', JSON_TYPE, '', [{ query: QUERY }]],
      ['POST', JSON_TYPE, '', {}],
      ['POST', JSON_TYPE, '', { query: QUERY, variables: '{}' }],
      ['POST', JSON_TYPE, '', { query: QUERY, operationName: 1 }],
      ['POST', JSON_TYPE, '', { query: { kind: 'Document' } }],
      // No query at all.
      ['POST', JSON_TYPE, '', { query: '' }],
      ['PUT', JSON_TYPE, '', { query: QUERY }],
    ];
    for (const [method, headers, s, body] of refused) expect(laneRequest(method, headers, s, body)).toBeUndefined();
  });
});

describe('cacheKey', () => {
  it('tells an absent operation name from an empty one, and variables apart', () => {
    const keys = new Set([
      cacheKey('h', undefined, undefined),
      cacheKey('h', '', undefined),
      cacheKey('h', 'A', undefined),
      cacheKey('h', undefined, { id: 'a' }),
    ]);
    expect(keys.size).toBe(4);
    expect(cacheKey('h', null, {})).toBe(cacheKey('h', undefined, undefined));
  });
});
