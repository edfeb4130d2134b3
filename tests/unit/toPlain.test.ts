import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/db/toPlain.js';

describe('toPlain', () => {
  it('converts integers and dates inside plain maps, lists and null-prototype objects', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { n: neo4j.int(7) });
    const row = {
      node: {
        id: 'e-1',
        start: neo4j.int(42),
        date: new neo4j.types.Date(2026, 1, 23),
        aliases: ['a', null],
        roles: [{ props: { since: new neo4j.types.Date(2020, 12, 1), weight: 0.5 } }],
        missing: undefined,
      },
      bare,
      count: neo4j.int(3),
    };
    expect(toPlain(row)).toEqual({
      node: {
        id: 'e-1',
        start: 42,
        date: '2026-01-23',
        aliases: ['a', null],
        roles: [{ props: { since: '2020-12-01', weight: 0.5 } }],
        missing: null,
      },
      bare: { n: 7 },
      count: 3,
    });
  });

  it('converts a node to its properties and keeps only own keys of a map', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Person'], { name: 'P', born: neo4j.int(1970) }, 'el-1');
    expect(toPlain(node)).toEqual({ name: 'P', born: 1970 });
    const inherited = Object.assign(Object.create({ hidden: 1 }) as Record<string, unknown>, { shown: 2 });
    expect(toPlain({ m: inherited })).toEqual({ m: { shown: 2 } });
  });

  it("converts the driver's lists and plain maps in place, without copying them", () => {
    const edge = { id: 'r-1', weight: neo4j.int(2) };
    const row = { nodes: [{ id: 'n-1', name: 'N' }], edges: [edge] };
    const out = toPlain(row) as typeof row;
    expect(out).toBe(row);
    expect(out.nodes[0]).toBe(row.nodes[0]);
    expect(out.edges[0]).toBe(edge);
    expect(edge).toEqual({ id: 'r-1', weight: 2 });
  });
});
