import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { toParams, toPlain } from '../src/db/toPlain.js';
import type { Capture } from './capture.js';
import { peerQuerySdl, type PeerField } from './peer/cypherFields.js';
import type { GraphQLRequest, QueryName } from './queryMix.js';

export interface StatementProfile {
  dbHits: number;
  rows: number;
  /** Size of the result as JSON: what crossed the wire from the database, roughly. */
  resultBytes: number;
  /** First line of the statement, to tell them apart in the report. */
  head: string;
}

export interface QueryProfile {
  ours: { statements: StatementProfile[]; dbHits: number; resultBytes: number };
  peer: { statements: StatementProfile[]; dbHits: number; resultBytes: number; cypher: string[] };
}

interface PlanNode {
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

const sum = (list: StatementProfile[], k: 'dbHits' | 'resultBytes') => list.reduce((a, s) => a + s[k], 0);
const totalHits = (p: PlanNode): number => p.dbHits + p.children.reduce((a, c) => a + totalHits(c), 0);

async function profileStatement(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  params: Record<string, unknown>,
) {
  // @neo4j/graphql prefixes its statements with a version line; PROFILE goes after it.
  const body = cypher.replace(/^CYPHER \d+\s*\n/, '');
  const res = await driver.executeQuery(`PROFILE ${body}`, params, { database, routing: neo4j.routing.READ });
  const plan = res.summary.profile as unknown as PlanNode | false;
  return {
    dbHits: plan ? totalHits(plan) : NaN,
    rows: res.records.length,
    resultBytes: JSON.stringify(res.records.map((r) => toPlain(r.toObject()))).length,
    head: body.split('\n', 1)[0]!.slice(0, 80),
  };
}

/**
 * A driver look-alike for @neo4j/graphql that records each statement it runs. The
 * library only needs `session()` (it duck-types the execution context), and runs
 * reads through `executeRead`, whose transaction's `run` is what we wrap.
 */
function recordingDriver(driver: Driver, tape: { cypher: string; params: Record<string, unknown> }[]) {
  const wrapTx = (tx: ManagedTransaction) =>
    new Proxy(tx, {
      get(t, prop) {
        if (prop === 'run') {
          return (cypher: string, params: Record<string, unknown>) => {
            tape.push({ cypher, params });
            return t.run(cypher, params);
          };
        }
        const v = Reflect.get(t, prop, t) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
    });
  return {
    session: (config: Parameters<Driver['session']>[0]) => {
      const s = driver.session(config);
      return new Proxy(s, {
        get(target, prop) {
          if (prop === 'executeRead') {
            return (work: (tx: ManagedTransaction) => unknown, cfg: unknown) =>
              target.executeRead((tx) => work(wrapTx(tx)), cfg as Parameters<Session['executeRead']>[1]);
          }
          const v = Reflect.get(target, prop, target) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
    },
  };
}

/**
 * PROFILE of every question, ours beside the peer's: ours is the sum over the
 * statements our server was recorded sending; the peer's is the Cypher
 * @neo4j/graphql generates for its request, caught by running the peer's schema in
 * this process over a recording driver and then profiled with its own parameters.
 */
export async function profileMix(
  driver: Driver,
  database: string | undefined,
  captures: Map<QueryName, Capture>,
  peerFields: PeerField[],
  peerRequests: Map<QueryName, GraphQLRequest>,
): Promise<Record<string, QueryProfile>> {
  const typeDefs = [
    readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'peer', 'typeDefs.graphql'), 'utf8'),
    peerQuerySdl(peerFields),
  ].join('\n');
  const tape: { cypher: string; params: Record<string, unknown> }[] = [];
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const out: Record<string, QueryProfile> = {};
  for (const [name, capture] of captures) {
    const ours: StatementProfile[] = [];
    for (const s of capture.statements) {
      ours.push(await profileStatement(driver, database, s.cypher, toParams(s.params) as Record<string, unknown>));
    }
    tape.length = 0;
    const req = peerRequests.get(name)!;
    const res = await graphql({
      schema,
      source: req.query,
      variableValues: req.variables,
      contextValue: {
        executionContext: recordingDriver(driver, tape),
        ...(database ? { sessionConfig: { database } } : {}),
      },
    });
    if (res.errors?.length) throw new Error(`peer ${name}: ${res.errors.map((e) => e.message).join('; ')}`);
    const peer: StatementProfile[] = [];
    // The library probes the server version once (dbms.components) before its first query; not part of the answer.
    const answering = tape.filter((s) => !s.cypher.includes('dbms.components()'));
    for (const s of answering) peer.push(await profileStatement(driver, database, s.cypher, s.params));
    out[name] = {
      ours: { statements: ours, dbHits: sum(ours, 'dbHits'), resultBytes: sum(ours, 'resultBytes') },
      peer: {
        statements: peer,
        dbHits: sum(peer, 'dbHits'),
        resultBytes: sum(peer, 'resultBytes'),
        cypher: answering.map((s) => s.cypher),
      },
    };
  }
  return out;
}
