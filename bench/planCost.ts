import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  execute,
  parse,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
} from 'graphql';
import { planFromInfo, planSelections, selectionsAt, selectsAny } from '../src/prefetch/fetchPlan.js';
import { typeDefs } from '../src/schema/typeDefs.js';
import { queryMix, type QueryName } from './queryMix.js';
import type { Targets } from './targets.js';

/**
 * CPU of the fetch planner per request, for each question of the bench's mix: the
 * root resolver plans as ours does (same depth 3, same paths), timed around the
 * planner's calls only, over one parsed document, as Apollo Server reuses it for a
 * repeated query string. "walk" plans from the selection on every request (what
 * planFromInfo did before it kept its plans); "kept" calls planFromInfo and selectsAny.
 *
 *   npx tsx bench/planCost.ts
 */

const PATHS: Record<QueryName, { plan: string[]; edges?: boolean }> = {
  byId: { plan: [] },
  search: { plan: ['entity'] },
  people: { plan: ['edges', 'node'] },
  neighborhood: { plan: ['nodes'], edges: true },
  shortestPath: { plan: ['nodes'], edges: true },
  timeline: { plan: [] },
};

const schema = buildASTSchema(typeDefs);
const targets = {
  searchText: 'kyiv',
  personId: 'p',
  fromId: 'p',
  toId: 'q',
  distance: 3,
  regionId: 'r',
  regionEvents: 1,
} as Targets;
const N = 4000;

const walkEdges = (info: GraphQLResolveInfo, fields: string[]) =>
  selectionsAt(info, ['edges']).some((s) =>
    Object.values(s).some((byAlias) => Object.values(byAlias).some((t) => fields.includes(t.name))),
  );

function run(document: DocumentNode, variables: Record<string, unknown>, name: QueryName, kept: boolean): number {
  let spent = 0;
  const { plan, edges } = PATHS[name];
  const capture: GraphQLFieldResolver<unknown, unknown> = (_s, _a, _c, info) => {
    if (info.parentType.name !== 'Query') return null;
    const t0 = process.hrtime.bigint();
    if (kept) {
      planFromInfo(info, 3, plan);
      if (edges && !selectsAny(info, ['edges'], ['provenance'])) selectsAny(info, ['edges'], ['properties']);
    } else {
      planSelections(info.schema, selectionsAt(info, plan), 3);
      if (edges && !walkEdges(info, ['provenance'])) walkEdges(info, ['properties']);
    }
    spent += Number(process.hrtime.bigint() - t0);
    return null;
  };
  for (let i = 0; i < N; i++) execute({ schema, document, fieldResolver: capture, variableValues: variables });
  return spent / N / 1000;
}

const rows = queryMix(targets).map((q) => {
  const document = parse(q.ours.query);
  const times = { walk: [] as number[], kept: [] as number[] };
  // The two take turns, three rounds each after a warm-up; the median is kept.
  run(document, q.ours.variables, q.name, false);
  run(document, q.ours.variables, q.name, true);
  for (let r = 0; r < 3; r++) {
    times.walk.push(run(document, q.ours.variables, q.name, false));
    times.kept.push(run(document, q.ours.variables, q.name, true));
  }
  const median = (l: number[]) => [...l].sort((a, b) => a - b)[1]!;
  return { query: q.name, walkUs: +median(times.walk).toFixed(1), keptUs: +median(times.kept).toFixed(1) };
});
console.table(rows);
mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  path.join(import.meta.dirname, 'results', 'plan-cost.json'),
  JSON.stringify({ at: new Date().toISOString(), iterations: N, rows }, null, 2) + '\n',
);
