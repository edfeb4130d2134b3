import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { timeline, timelineFilter } from '../src/cypher/graphCypher.js';

/**
 * The whole-graph timeline before and after the stored sortKey, as the event count
 * grows: adds synthetic events (ids `growth-*`, keyed as the writer keys them) to the
 * Neo4j at NEO4J_URI in steps, PROFILEs both statements at each step (db hits, plan)
 * and times 7 runs of each (median), then deletes the events it added.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=… npx tsx bench/timelineGrowth.ts [10000 100000]
 *
 * Writes bench/results/timeline-growth.json.
 */

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('set NEO4J_URI (a test or throwaway database: events are added, then removed)');
const steps = (process.argv.length > 2 ? process.argv.slice(2) : ['10000', '100000']).map(Number);
if (steps.some((n) => !Number.isInteger(n) || n <= 0 || n > 1_000_000)) throw new Error('steps: 1..1000000');

const filter = timelineFilter();
const after = timeline(filter, 20).cypher;
// The statement before the sortKey: a label scan, an OR of labels, a sort on an expression.
const before = after
  .replace(
    /^MATCH \(n:Node\) WHERE n\.sortKey IS NOT NULL\n {2}AND CASE\n[^]*?ELSE false END/,
    [
      'MATCH (n:Event|Negotiation)',
      'WHERE ((n:Event AND $includeEvents AND ($eventKinds IS NULL OR n.kind IN $eventKinds))',
      '    OR (n:Negotiation AND $includeNegotiations AND ($negotiationKinds IS NULL OR n.kind IN $negotiationKinds)))',
    ].join('\n'),
  )
  .replace('ORDER BY n.sortKey', "ORDER BY coalesce(n.date, date('9999-12-31')), n.name");
if (before === after || before.includes('sortKey')) throw new Error('could not rebuild the earlier statement');

interface Plan {
  operatorType: string;
  dbHits?: number;
  children?: Plan[];
}
const hits = (p: Plan): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((a, c) => a + hits(c), 0);
const ops = (p: Plan): string[] => [p.operatorType.replace('@neo4j', ''), ...(p.children ?? []).flatMap(ops)];

const driver = neo4j.driver(
  uri,
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);
const session = driver.session();
const params = { ...filter, first: neo4j.int(20) };
const results: unknown[] = [];
try {
  let have = 0;
  for (const target of steps) {
    for (let i = have; i < target; i += 10_000) {
      await session.run(
        `UNWIND range($from, $to) AS i
         CREATE (e:Node:Entity:Event {id: 'growth-' + i, name: 'Growth event ' + i, nameKey: 'growth event ' + i,
           kind: 'OTHER', date: date('2000-01-01') + duration({days: (i * 7919) % 9000})})
         SET e.sortKey = toString(e.date) + ' ' + e.name`,
        { from: neo4j.int(i), to: neo4j.int(Math.min(i + 9_999, target - 1)) },
      );
    }
    have = Math.max(have, target);
    await session.run('CALL db.awaitIndexes(300)');
    for (const [statement, cypher] of [
      ['before', before],
      ['after', after],
    ] as const) {
      const profile = (await session.run(`PROFILE ${cypher}`, params)).summary.profile as unknown as Plan;
      const ms: number[] = [];
      for (let k = 0; k < 7; k++) {
        const t = performance.now();
        await session.run(cypher, params);
        ms.push(performance.now() - t);
      }
      ms.sort((a, b) => a - b);
      const row = {
        addedEvents: target,
        statement,
        dbHits: hits(profile),
        medianMs: Number(ms[3]!.toFixed(1)),
        plan: ops(profile).join(' < '),
      };
      console.log(JSON.stringify(row));
      results.push(row);
    }
  }
} finally {
  for (let left = 1; left > 0;) {
    const r = await session.run(
      "MATCH (e:Event) WHERE e.id STARTS WITH 'growth-' WITH e LIMIT 20000 DETACH DELETE e RETURN count(*) AS n",
    );
    left = (r.records[0]?.get('n') as { toNumber(): number }).toNumber();
  }
  await session.close();
  await driver.close();
}
const file = path.join(import.meta.dirname, 'results', 'timeline-growth.json');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify({ when: new Date().toISOString(), results }, null, 2) + '\n');
console.log(`wrote ${file}`);
