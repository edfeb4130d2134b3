import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface CpuBreakdown {
  /** Sampled CPU time, idle excluded, in ms. */
  busyMs: number;
  /** Self time by package (node_modules/<name>), project file (src/…), or V8/Node bucket, share of busy time. */
  byArea: { area: string; ms: number; share: number }[];
  /** The functions with most self time. */
  topFunctions: { fn: string; area: string; ms: number; share: number }[];
}

function areaOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  const src = /\/(src|bench)\/(.+)$/.exec(url);
  if (src) return `${src[1]}/${src[2]}`;
  if (url.startsWith('node:')) return 'node (core)';
  return url;
}

/** Summarizes a V8 .cpuprofile (written by `node --cpu-prof`) into where the time went. */
export function summarizeCpuProfile(file: string, top = 15): CpuBreakdown {
  const p = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const areas = new Map<string, number>();
  const fns = new Map<string, { area: string; ms: number }>();
  let busy = 0;
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    const fn = n.callFrame.functionName || '(anonymous)';
    // Idle time is not work; `dispatch` (no script) is the inspector serializing the
    // profile when it is stopped, which the sampler still records.
    if (fn === '(idle)' || (fn === 'dispatch' && !n.callFrame.url)) continue;
    busy += ms;
    const area = areaOf(n.callFrame.url, fn);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const key = `${fn} ${area}:${n.callFrame.lineNumber + 1}`;
    const f = fns.get(key) ?? { area, ms: 0 };
    f.ms += ms;
    fns.set(key, f);
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    busyMs: r(busy),
    byArea: [...areas]
      .map(([area, ms]) => ({ area, ms: r(ms), share: r((100 * ms) / busy) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 20),
    topFunctions: [...fns]
      .map(([fn, v]) => ({ fn, area: v.area, ms: r(v.ms), share: r((100 * v.ms) / busy) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
}
