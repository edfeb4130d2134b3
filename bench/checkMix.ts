import type { Driver as Neo4jDriver } from 'neo4j-driver';
import { askAndCompare, verifier } from './answers.js';
import type { PeerFormProbe, SizeResult } from './benchResult.js';
import type { Capture } from './capture.js';
import type { FloorClient } from './floorClient.js';
import { measure, type Driver, type Target } from './measure.js';
import type { GraphQLRequest, MixQuery, PeerForm, QueryName } from './queryMix.js';
import { settle } from './settle.js';

export interface MixTargets {
  ours: { url: string };
  cached: { url: string } | undefined;
  peer: { url: string; pid: number };
  floor: FloorClient;
}

export interface CheckedMix {
  /** How each target is asked each question under load. */
  drivers: Map<QueryName, Partial<Record<Target, Driver>>>;
  /** The peer form kept for each question (the fastest that answers as ours). */
  peerRequests: Map<QueryName, GraphQLRequest>;
  /** Questions some target answered differently, with what differed. */
  problems: Map<QueryName, string[]>;
}

/**
 * Asks every target every question once before anything is timed and compares each
 * answer with ours (captured through the driver). The peer's forms that agree are
 * probed for `probeSec` at c16 and the fastest is kept. Fills the size's
 * `statements`, `peerForms` and `equivalence`, and returns the load drivers, each
 * holding its target's known-good answer for the checks under load.
 */
export async function checkMix(
  mix: MixQuery[],
  captures: Map<QueryName, Capture>,
  peerForms: Map<QueryName, (PeerForm & { req: GraphQLRequest })[]>,
  targets: MixTargets,
  sizeResult: SizeResult,
  probe: { sec: number; maxRequests: number; raw: Neo4jDriver; database: string | undefined },
): Promise<CheckedMix> {
  const out: CheckedMix = { drivers: new Map(), peerRequests: new Map(), problems: new Map() };
  for (const q of mix) {
    const cap = captures.get(q.name)!;
    sizeResult.statements[q.name] = {
      count: cap.statements.length,
      waves: new Set(cap.statements.map((s) => s.wave)).size,
    };
    const expected = JSON.stringify(q.canonOurs(cap.data));
    const problems: string[] = [];
    const http = (url: string, request: GraphQLRequest, raw: string, canon: (d: unknown) => unknown): Driver => ({
      kind: 'http',
      url,
      body: JSON.stringify(request),
      verify: verifier(raw, canon, expected),
    });
    const a = await askAndCompare('ours', targets.ours.url, q.ours, q.canonOurs, expected);
    if (!a.equal) problems.push(`${a.problem} (over HTTP, against the captured answer)`);
    const d: Partial<Record<Target, Driver>> = {
      ours: http(targets.ours.url, q.ours, a.raw, q.canonOurs),
      floor: { kind: 'floor', floor: targets.floor, name: q.name },
    };
    if (targets.cached) {
      const c = await askAndCompare('cached', targets.cached.url, q.ours, q.canonOurs, expected);
      if (!c.equal) problems.push(c.problem!);
      d.cached = http(targets.cached.url, q.ours, c.raw, q.canonOurs);
    }
    const probes: (PeerFormProbe & { driver?: Driver; req: GraphQLRequest })[] = [];
    for (const f of peerForms.get(q.name)!) {
      const b = await askAndCompare(`peer (${f.form})`, targets.peer.url, f.req, f.canon, expected);
      probes.push({
        form: f.form,
        equal: b.equal,
        ...(b.problem ? { note: b.problem } : {}),
        rps: null,
        kept: false,
        req: f.req,
        ...(b.equal ? { driver: http(targets.peer.url, f.req, b.raw, f.canon) } : {}),
      });
    }
    const agreeing = probes.filter((p) => p.driver);
    if (agreeing.length > 1) {
      for (const p of agreeing) {
        const m = await measure(p.driver!, targets.peer.pid, undefined, {
          connections: 16,
          durationSec: probe.sec,
          maxRequests: probe.maxRequests,
        });
        p.rps = m.rps;
        await settle(probe.raw, probe.database);
      }
    }
    const keep = agreeing.reduce<(typeof agreeing)[number] | undefined>(
      (best, p) => (!best || (p.rps ?? 0) > (best.rps ?? 0) ? p : best),
      undefined,
    );
    if (keep) {
      keep.kept = true;
      d.peer = keep.driver!;
      out.peerRequests.set(q.name, keep.req);
    } else {
      problems.push(...probes.map((p) => p.note!));
      // Still timed (its runs then count wrong answers), in its first form.
      const first = probes[0]!;
      d.peer = http(targets.peer.url, first.req, '', peerForms.get(q.name)![0]!.canon);
      out.peerRequests.set(q.name, first.req);
    }
    sizeResult.peerForms[q.name] = probes.map(({ form, equal, note, rps, kept }) => ({
      form,
      equal,
      ...(note ? { note } : {}),
      rps,
      kept,
    }));
    sizeResult.equivalence[q.name] = problems.length ? { equal: false, note: problems.join('; ') } : { equal: true };
    if (problems.length) out.problems.set(q.name, problems);
    out.drivers.set(q.name, d);
  }
  return out;
}
