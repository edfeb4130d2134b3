import { describe, expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer, type TestServer } from '../helpers/testServer.js';

// Every mutation needs the configured bearer token; with no token configured,
// every mutation is refused while reads stay public. Refusals write nothing.

const P = testPrefix('api-auth');
const TOKEN = 'x'.repeat(32);
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const PROV = `provenance: { sourceId: "${ARTICLE}", quote: "Kyiv", start: 91 }`;
const ROLE = 'vitali-klitschko:HOLDS_ROLE:kyiv';

const entity = (type: string, kind: string | null, fields?: string): [string, string][] => {
  const id = `${P}-${type.toLowerCase()}`;
  const input = `{ id: "${id}", ${fields ?? `name: "Auth ${type}"${kind ? `, kind: ${kind}` : ''}`}, ${PROV} }`;
  return [
    [`create${type}`, `create${type}(input: ${input}) { id }`],
    [`update${type}`, `update${type}(id: "${id}", patch: { ${PROV} }) { id }`],
    [`upsert${type}`, `upsert${type}(input: ${input}) { id }`],
    [`delete${type}`, `delete${type}(id: "${id}") { id }`],
  ];
};

const MUTATIONS: [string, string][] = [
  ...entity('Person', null),
  ...entity('Place', 'CITY'),
  ...entity('Organization', 'OTHER'),
  ...entity('Event', 'OTHER'),
  ...entity('Negotiation', 'OTHER'),
  ...entity('Proposal', 'DEMAND'),
  ...entity('Statement', null, 'text: "Auth statement", cueVerb: "said", attribution: ASSERTED'),
  ...entity('Figure', null, 'measure: KILLED, count: 1, qualifier: EXACTLY, text: "one killed"'),
  [
    'createRelationship',
    `createRelationship(input: { from: "vitali-klitschko", type: HOLDS_ROLE, to: "kyiv", properties: { title: "Hacked" }, ${PROV} }) { id }`,
  ],
  [
    'upsertRelationship',
    `upsertRelationship(input: { from: "vitali-klitschko", type: HOLDS_ROLE, to: "kyiv", properties: { title: "Hacked" }, ${PROV} }) { id }`,
  ],
  ['updateRelationship', `updateRelationship(id: "${ROLE}", properties: { title: "Hacked" }, ${PROV}) { id }`],
  ['deleteRelationship', `deleteRelationship(id: "${ROLE}") { id }`],
  [
    'ingestArticle',
    `ingestArticle(input: { title: "Auth", text: "Hackers in Kyiv said nothing.", publishedOn: "2026-01-25" }) { article { id } }`,
  ],
];

const secured = useTestServer({ env: { AUTH_TOKEN: TOKEN }, cleanupPrefix: P });
const open = useTestServer();

async function refused(server: TestServer, field: string, mutation: string, token?: string) {
  const res = await server.run(`mutation { ${mutation} }`, undefined, token === undefined ? {} : { token });
  expect(res.data).toBeNull();
  expect(res.errors).toHaveLength(1);
  const e = res.errors![0]!;
  expect(e.path).toEqual([field]);
  return e as { message: string; extensions: Record<string, unknown> };
}

describe('mutations on a server with AUTH_TOKEN', () => {
  it('checks that the list covers every mutation of the schema', async () => {
    const res = await secured.run<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    expect(res.data!.__type.fields.map((f) => f.name).sort()).toEqual(MUTATIONS.map(([f]) => f).sort());
  });

  it.each(MUTATIONS)('refuses %s without a token with UNAUTHENTICATED', async (field, mutation) => {
    const e = await refused(secured, field, mutation);
    expect(e.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(e.message).toMatch(/Authorization: Bearer/);
  });

  it.each(MUTATIONS)('refuses %s with a wrong token with UNAUTHENTICATED', async (field, mutation) => {
    const e = await refused(secured, field, mutation, 'y'.repeat(32));
    expect(e.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(e.message).not.toContain(TOKEN);
  });

  it('refuses a token that is a prefix or an extension of the right one', async () => {
    for (const token of [TOKEN.slice(0, 31), `${TOKEN}x`, '']) {
      const e = await refused(secured, 'deleteRelationship', `deleteRelationship(id: "${ROLE}") { id }`, token);
      expect(e.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('accepts the right token', async () => {
    const res = await secured.run(
      `mutation { createPerson(input: { id: "${P}-ok", name: "Authorised", ${PROV} }) { id } }`,
      undefined,
      { token: TOKEN },
    );
    expect(res).toMatchObject({ errors: undefined, data: { createPerson: { id: `${P}-ok` } } });
  });
});

describe('mutations on a server without AUTH_TOKEN', () => {
  it.each(MUTATIONS)('refuses %s with FORBIDDEN and a clear message, token or not', async (field, mutation) => {
    for (const token of [undefined, TOKEN]) {
      const e = await refused(open, field, mutation, token);
      expect(e.extensions).toEqual({ code: 'FORBIDDEN' });
      expect(e.message).toMatch(/AUTH_TOKEN/);
    }
  });

  it('still answers reads', async () => {
    const res = await open.run('{ person(id: "vitali-klitschko") { __typename id } }');
    expect(res).toMatchObject({
      errors: undefined,
      data: { person: { __typename: 'Person', id: 'vitali-klitschko' } },
    });
  });
});

describe('refused mutations', () => {
  it('left the graph untouched', async () => {
    const res = await open.run<Record<string, unknown>>(`{
      person(id: "vitali-klitschko") { roles { id title provenance { quote } } }
      a: node(id: "${P}-person") { id } b: node(id: "${P}-place") { id } c: node(id: "${P}-organization") { id }
      d: node(id: "${P}-event") { id } e: node(id: "${P}-negotiation") { id }
    }`);
    expect(res.data).toEqual({
      person: { roles: [{ id: ROLE, title: 'Mayor of Kyiv', provenance: [{ quote: 'Kyiv Mayor Vitali Klitschko' }] }] },
      a: null,
      b: null,
      c: null,
      d: null,
      e: null,
    });
  });
});
