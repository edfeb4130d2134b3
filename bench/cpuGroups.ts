import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/**
 * The layers of one GraphQL request over HTTP, in the order it meets them. A sample's
 * self time goes to the first rule matching its script URL (or, for V8's own entries,
 * its function name); anything else keeps its package or file name.
 */
const RULES: [group: string, test: RegExp][] = [
  ['GC', /^\(garbage collector\)$/],
  ['V8/Node (program, native)', /^\((program|root|native)\)$/],
  ['express-rate-limit', /node_modules\/express-rate-limit\//],
  ['@as-integrations/express5', /node_modules\/@as-integrations\//],
  [
    'express + middlewares (router, body-parser, raw-body, send…)',
    /node_modules\/(express|router|body-parser|raw-body|iconv-lite|type-is|content-type|media-typer|mime-types|mime-db|on-finished|finalhandler|qs|depd|http-errors|statuses|accepts|negotiator|vary|cookie|cors|send|encodeurl|escape-html|parseurl|fresh|etag|range-parser|proxy-addr|forwarded|ipaddr\.js|debug|ms|merge-descriptors|utils-merge|content-disposition|serve-static|path-to-regexp|bytes|unpipe|ee-first|is-promise|call-bind[^/]*|side-channel[^/]*|object-inspect|get-intrinsic|es-[^/]+|function-bind|has-symbols|hasown|gopd|dunder-proto|math-intrinsics)\//,
  ],
  ['graphql-armor', /node_modules\/@escape\.tech\//],
  ['Apollo Server (pipeline, plugins, utils)', /node_modules\/@apollo\//],
  ['@graphql-tools', /node_modules\/@graphql-tools\//],
  ['graphql-js (parse/validate/execute)', /node_modules\/graphql\//],
  ['neo4j-driver', /node_modules\/neo4j-driver[^/]*\//],
  [
    'pino (logging)',
    /node_modules\/(pino|pino-std-serializers|sonic-boom|thread-stream|fast-redact|quick-format-unescaped|atomic-sleep|on-exit-leak-free|safe-stable-stringify)\//,
  ],
  ['lru-cache / dataloader', /node_modules\/(lru-cache|dataloader)\//],
  [
    'ours: src/server.ts, src/http, shutdownGate, context, limits, formatError, logger',
    /\/src\/((server|shutdownGate|context|limits|formatError|logger|ui)\.ts|http\/)/,
  ],
  ['ours: src/cache', /\/src\/cache\//],
  ['ours: src/execution (executor gateway)', /\/src\/execution\//],
  ['ours: src/resolvers', /\/src\/resolvers\//],
  ['ours: src/prefetch', /\/src\/prefetch\//],
  ['ours: src/cypher', /\/src\/cypher\//],
  ['ours: toPlain / records', /\/src\/(db\/toPlain|records)\.ts/],
  ['ours: src/db (database, driver wrapper)', /\/src\/db\//],
  ['ours: other src/', /\/src\//],
  ['node core: http, net, streams, timers', /^node:/],
];

export interface CpuGroup {
  group: string;
  ms: number;
  /** Percent of busy (non-idle) time. */
  share: number;
}

export interface GroupedProfile {
  busyMs: number;
  groups: CpuGroup[];
  /** The largest functions by self time, with the group they fell in. */
  top: { fn: string; group: string; ms: number; share: number }[];
}

/** The group a profile node's self time belongs to. */
export function groupOf(url: string, functionName: string): string {
  const key = url || functionName;
  for (const [group, test] of RULES) if (test.test(key)) return group;
  if (!url) return 'V8/Node (program, native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return pkg ? pkg[1]! : url;
}

/** Self time of a V8 .cpuprofile by request layer (see {@link RULES}). */
export function groupProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, number>();
  const fns = new Map<string, { group: string; ms: number }>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const fn = n.callFrame.functionName || '(anonymous)';
    // Idle is not work; `dispatch` without a script is the inspector itself.
    if (fn === '(idle)' || (fn === 'dispatch' && !n.callFrame.url)) return;
    busy += ms;
    const group = groupOf(n.callFrame.url, fn);
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const file = n.callFrame.url.replace(/^.*\/(node_modules|src)\//, '$1/');
    const key = `${fn} ${file}:${n.callFrame.lineNumber + 1}`;
    const f = fns.get(key) ?? { group, ms: 0 };
    f.ms += ms;
    fns.set(key, f);
  });
  const r = (x: number) => Math.round(x * 10) / 10;
  const result: GroupedProfile = {
    busyMs: r(busy),
    groups: [...groups]
      .map(([group, ms]) => ({ group, ms: r(ms), share: r((100 * ms) / busy) }))
      .sort((a, b) => b.ms - a.ms),
    top: [...fns]
      .map(([fn, v]) => ({ fn, group: v.group, ms: r(v.ms), share: r((100 * v.ms) / busy) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
  return result;
}

export function groupProfileFile(file: string, top?: number): GroupedProfile {
  return groupProfile(JSON.parse(readFileSync(file, 'utf8')), top);
}
