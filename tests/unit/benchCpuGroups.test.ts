import { describe, expect, it } from 'vitest';
import { groupOf, groupProfile } from '../../bench/cpuGroups.js';

describe('groupOf', () => {
  it('files each request layer under its own group', () => {
    expect(groupOf('file:///w/node_modules/express-rate-limit/dist/index.mjs', 'f')).toBe('express-rate-limit');
    expect(groupOf('file:///w/node_modules/router/index.js', 'next')).toMatch(/^express \+ middlewares/);
    expect(groupOf('file:///w/node_modules/@apollo/server/dist/esm/requestPipeline.js', 'p')).toMatch(/^Apollo/);
    expect(groupOf('file:///w/node_modules/@escape.tech/graphql-armor-cost-limit/x.js', 'r')).toBe('graphql-armor');
    expect(groupOf('file:///w/node_modules/neo4j-driver-bolt-connection/lib/a.js', 'u')).toBe('neo4j-driver');
    expect(groupOf('file:///w/src/db/toPlain.ts', 'toPlain')).toBe('ours: toPlain / records');
    expect(groupOf('file:///w/src/resolvers/query.ts', 'person')).toBe('ours: src/resolvers');
    expect(groupOf('node:internal/streams/writable', 'write')).toMatch(/^node core/);
    expect(groupOf('', '(garbage collector)')).toBe('GC');
    expect(groupOf('', 'writeBuffer')).toBe('V8/Node (program, native)');
    expect(groupOf('file:///w/node_modules/@scope/other/i.js', 'x')).toBe('@scope/other');
  });
});

describe('groupProfile', () => {
  it('sums self time per group, leaves idle out and gives shares of busy time', () => {
    const frame = (id: number, functionName: string, url = '') => ({
      id,
      callFrame: { functionName, url, lineNumber: 0 },
    });
    const g = groupProfile({
      nodes: [
        frame(1, '(idle)'),
        frame(2, 'executeField', 'file:///w/node_modules/graphql/execution/execute.js'),
        frame(3, '(garbage collector)'),
      ],
      samples: [1, 2, 2, 3],
      timeDeltas: [5000, 3000, 1000, 1000],
    });
    expect(g.busyMs).toBe(5);
    expect(g.groups).toEqual([
      { group: 'graphql-js (parse/validate/execute)', ms: 4, share: 80 },
      { group: 'GC', ms: 1, share: 20 },
    ]);
    expect(g.top[0]).toMatchObject({ fn: expect.stringMatching(/^executeField /), ms: 4 });
  });
});
