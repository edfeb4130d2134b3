import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { testConfig, testDb } from '../helpers/testDb.js';
import { testServer, type TestServer } from '../helpers/testServer.js';

describe('the seeded server', () => {
  let db: Database;
  let t: TestServer;
  beforeAll(async () => {
    const config = testConfig();
    db = testDb(config);
    t = await testServer(config, db);
  });
  afterAll(async () => {
    await t.server.stop();
    await db.close();
  });

  it('answers __typename', async () => {
    const res = await t.run('{ __typename }');
    expect(res).toMatchObject({ data: { __typename: 'Query' }, errors: undefined });
  });

  it('finds Klitschko as the mayor of Kyiv', async () => {
    const res = await t.run<{ person: unknown }>(
      '{ person(id: "vitali-klitschko") { name roles { title actsFor { id } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.person).toEqual({
      name: 'Vitali Klitschko',
      roles: [{ title: 'Mayor of Kyiv', actsFor: { id: 'kyiv' } }],
    });
  });
});
