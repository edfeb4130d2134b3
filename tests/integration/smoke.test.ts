import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

describe('the seeded server', () => {
  const t = useTestServer();

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
