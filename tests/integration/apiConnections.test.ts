import { describe, expect, it } from 'vitest';
import { writeNodes } from '../../src/cypher/writeCypher.js';
import { ensureSchema } from '../../src/seed/seedGraph.js';
import { cleanup, testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// Relay connections: first, middle and last pages, empty pages, bad cursors and
// page sizes, and keyset cursors that survive rows being added before them.

const P = testPrefix('api-conn');
const t = useTestServer({ cleanupPrefix: P });

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { __typename: string; id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE =
  'totalCount edges { cursor node { __typename id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

async function page(list: string, args: Record<string, unknown>): Promise<Page> {
  const res = await t.run<Record<string, Page>>(
    `query($first: Int, $after: String, $order: ${list === 'events' || list === 'negotiations' ? 'DatedOrder' : 'NameOrder'}) {
      ${list}(first: $first, after: $after, orderBy: $order) { ${PAGE} } }`,
    args,
  );
  expect(res.errors).toBeUndefined();
  return res.data![list]!;
}

async function refusal(query: string, variables?: Record<string, unknown>) {
  const res = await t.run(query, variables);
  expect(res.data).toBeNull();
  expect(res.errors).toHaveLength(1);
  return res.errors![0]!;
}

const PEOPLE = [
  'dmitry-peskov',
  'donald-trump',
  'kira-rudik',
  'micah-jonah',
  'steve-witkoff',
  'vitali-klitschko',
  'vladimir-putin',
  'volodymyr-zelenskyy',
];

describe('first and following pages', () => {
  it('returns the first page with cursors and page info', async () => {
    const p = await page('people', { first: 3 });
    expect(p.totalCount).toBe(8);
    expect(p.edges.map((e) => e.node)).toEqual(PEOPLE.slice(0, 3).map((id) => ({ __typename: 'Person', id })));
    expect(p.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: p.edges[0]!.cursor,
      endCursor: p.edges[2]!.cursor,
    });
    expect(new Set(p.edges.map((e) => e.cursor)).size).toBe(3);
  });

  it.each([
    ['people', 'NAME_ASC'],
    ['people', 'NAME_DESC'],
    ['places', 'NAME_ASC'],
    ['organizations', 'NAME_DESC'],
    ['events', 'DATE_ASC'],
    ['events', 'DATE_DESC'],
    ['events', 'NAME_ASC'],
    ['negotiations', 'DATE_DESC'],
  ])(
    'walks %s in %s order two at a time, ending on a last page, the same rows as one big page',
    async (list, order) => {
      const whole = await page(list, { first: 100, order });
      expect(whole.pageInfo.hasNextPage).toBe(false);
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i += 1) {
        const p = await page(list, { first: 2, after, order });
        expect(p.totalCount).toBe(whole.totalCount);
        expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...p.edges.map((e) => e.node.id));
        if (!p.pageInfo.hasNextPage) break;
        expect(p.edges).toHaveLength(2);
        after = p.pageInfo.endCursor;
      }
      expect(seen).toEqual(whole.edges.map((e) => e.node.id));
      expect(seen).toHaveLength(whole.totalCount);
    },
  );

  it('sorts descending as the exact reverse of ascending for names', async () => {
    const asc = await page('people', { first: 100, order: 'NAME_ASC' });
    const desc = await page('people', { first: 100, order: 'NAME_DESC' });
    expect(asc.edges.map((e) => e.node.id)).toEqual(PEOPLE);
    expect(desc.edges.map((e) => e.node.id)).toEqual([...PEOPLE].reverse());
  });

  it('keeps undated events last in both date orders', async () => {
    const asc = await page('events', { first: 100, order: 'DATE_ASC' });
    const desc = await page('events', { first: 100, order: 'DATE_DESC' });
    const undated = ['strikes-dnipropetrovsk', 'village-capture-northeast-of-kharkiv'];
    expect(asc.edges.slice(-2).map((e) => e.node.id)).toEqual(undated);
    expect(desc.edges.slice(-2).map((e) => e.node.id)).toEqual([...undated].reverse());
    expect(asc.edges[0]!.node.id).toBe('russia-ukraine-war');
    expect(desc.edges.at(-3)!.node.id).toBe('russia-ukraine-war');
  });

  it('returns an empty last page after the final cursor', async () => {
    const whole = await page('people', { first: 100 });
    const past = await page('people', { first: 5, after: whole.pageInfo.endCursor });
    expect(past).toEqual({
      totalCount: 8,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });
});

describe('empty and zero-sized pages', () => {
  it('returns an empty connection when the filter matches nothing', async () => {
    const res = await t.run(`{ people(where: { nameContains: "no such person" }) { ${PAGE} } }`);
    expect(res).toMatchObject({
      errors: undefined,
      data: {
        people: {
          totalCount: 0,
          edges: [],
          pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        },
      },
    });
  });

  it('returns no edges for first: 0 but still counts and reports that rows follow', async () => {
    const p = await page('places', { first: 0 });
    expect(p.edges).toEqual([]);
    expect(p.totalCount).toBe(18);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

describe('refused arguments', () => {
  it('refuses a cursor that is not one with BAD_USER_INPUT naming `after`', async () => {
    const e = await refusal('{ people(after: "bm90IGEgY3Vyc29y") { totalCount } }');
    expect(e).toMatchObject({ path: ['people'], extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('refuses a cursor from another ordering or another list', async () => {
    const desc = await page('people', { first: 1, order: 'NAME_DESC' });
    const e1 = await refusal('query($a: String) { people(after: $a, orderBy: NAME_ASC) { totalCount } }', {
      a: desc.pageInfo.endCursor,
    });
    expect(e1).toMatchObject({ path: ['people'], extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    const e2 = await refusal('query($a: String) { places(after: $a) { totalCount } }', {
      a: (await page('people', { first: 1 })).pageInfo.endCursor,
    });
    expect(e2).toMatchObject({ path: ['places'], extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it.each([101, -1])('refuses first: %i with BAD_USER_INPUT naming the page-size limit', async (first) => {
    const e = await refusal('query($first: Int) { events(first: $first) { totalCount } }', { first });
    expect(e).toMatchObject({
      path: ['events'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first', limit: 'MAX_PAGE_SIZE', max: 100 },
    });
  });
});

describe('keyset cursors', () => {
  it('continue exactly where they left off when a row is added before them', async () => {
    const first = await page('people', { first: 3, order: 'NAME_ASC' });
    expect(first.edges.map((e) => e.node.id)).toEqual(PEOPLE.slice(0, 3));
    // "Aaron" sorts before every seeded name, so an offset-based cursor would now repeat Kira Rudik.
    await t.db.write(
      writeNodes('Person', 'replace', [{ id: `${P}-aaron`, props: { name: 'Aaron Aardvark' }, dates: {} }]),
    );
    try {
      const second = await page('people', { first: 3, after: first.pageInfo.endCursor, order: 'NAME_ASC' });
      expect(second.edges.map((e) => e.node.id)).toEqual(PEOPLE.slice(3, 6));
      expect(second.totalCount).toBe(9);
      const restart = await page('people', { first: 1, order: 'NAME_ASC' });
      expect(restart.edges[0]!.node.id).toBe(`${P}-aaron`);
    } finally {
      await cleanup(t.db, P);
    }
  });

  it('break ties between equal names by id, so no row is skipped or repeated', async () => {
    const twins = ['c', 'a', 'b'].map((x) => ({ id: `${P}-twin-${x}`, props: { name: 'Zz Twin' }, dates: {} }));
    await t.db.write(writeNodes('Person', 'replace', twins));
    try {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const p = await page('people', { first: 1, after, order: 'NAME_DESC' });
        seen.push(...p.edges.map((e) => e.node.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(seen.slice(0, 3)).toEqual([`${P}-twin-c`, `${P}-twin-b`, `${P}-twin-a`]);
      expect(seen).toHaveLength(11);
    } finally {
      await cleanup(t.db, P);
    }
  });
});

describe('name order', () => {
  it('lists a person written by hand without nameKey once the start-up schema step has filled it in', async () => {
    const id = `${P}-by-hand`;
    const ids = async () => (await page('people', { first: 100, order: 'NAME_ASC' })).edges.map((e) => e.node.id);
    await t.db.write({ cypher: "CREATE (:Node:Entity:Person {id: $id, name: 'KIRILL By-Hand'})", params: { id } });
    try {
      expect(await ids()).not.toContain(id);
      await ensureSchema(t.db);
      const after = await ids();
      expect(after).toContain(id);
      // Sorted by the lower-cased name ("kirill…" after "kira rudik"), not by the capitals.
      expect(after.indexOf(id)).toBe(after.indexOf('kira-rudik') + 1);
    } finally {
      await cleanup(t.db, P);
    }
  });
});
