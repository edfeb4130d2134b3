import { afterAll, describe, expect, it } from 'vitest';
import { ingestedArticle } from '../../src/live/articleIngestedCypher.js';
import { post, subscribe } from './liveClient.js';
import { twoReplicas } from './twoReplicas.js';

// articleIngested on two replicas over the one test Neo4j: this process (A) and a
// child process (B). The payload is rebuilt from the feed record on each replica,
// so it must equal what the ingestArticle mutation answered where it ran.

const TOKEN = 'live-ingest-token-'.padEnd(32, 'x');
const pair = twoReplicas({
  AUTH_TOKEN: TOKEN,
  LIVE_POLL_INTERVAL_MS: '100',
  MAX_BODY_BYTES: '1000000',
  NEO4J_TX_TIMEOUT_MS: '60000',
});
const { a, client } = pair;
const articles: string[] = [];
const createdIds: string[] = [];

afterAll(async () => {
  // What the ingestions created: the articles, their records (ids derive from the article's), new entities, mentions.
  await a.db.write({
    cypher: `MATCH (n:Node) WHERE n.id IN $ids OR any(p IN $articles WHERE n.id STARTS WITH p) DETACH DELETE n
             WITH count(*) AS done MATCH (m:Mention) WHERE m.source IN $articles DETACH DELETE m`,
    params: { ids: createdIds, articles },
  });
});

const PAYLOAD = `{
  article { id title }
  entities { entity { __typename id } created confidence mentions { quote start end } }
  statements { id text speaker { id } }
  figures { id count measure }
}`;

interface Payload {
  article: { id: string; title: string };
  entities: {
    entity: { __typename: string; id: string };
    created: boolean;
    confidence: number;
    mentions: { quote: string; start: number; end: number }[];
  }[];
  statements: { id: string; text: string; speaker: { id: string } | null }[];
  figures: { id: string; count: number | null; measure: string }[];
}

// Made-up names, so every entity but Kyiv is new to the seeded graph; the suffix makes each run's text its own.
const article = (suffix: string) => ({
  title: `Night attack on Kyiv ${suffix}`,
  publishedOn: '2031-05-14',
  text:
    `Kyiv Mayor Vitali Klitschko said 12 people were injured in the night attack on Kyiv. ` +
    `Oksander Vralenko, head of the Velmora Relief Foundation, said: "We are sending every team we have." ` +
    `Among the injured were two children, Klitschko said. Reference ${suffix}.`,
});

const byId = (p: Payload) => ({
  ...p,
  entities: [...p.entities].sort((x, y) => x.entity.id.localeCompare(y.entity.id)),
});

describe('Subscription.articleIngested', () => {
  it('delivers an ingestion through B to subscribers on A and on B, as the mutation answered it', async () => {
    const onA = subscribe<{ articleIngested: Payload }>(client(a.url), `subscription { articleIngested ${PAYLOAD} }`);
    const onB = subscribe<{ articleIngested: Payload }>(
      client(pair.b.url),
      `subscription { articleIngested ${PAYLOAD} }`,
    );
    await new Promise((r) => setTimeout(r, 400));

    const input = article(Math.random().toString(36).slice(2, 8));
    const res = await post<{ ingestArticle: Payload }>(
      pair.b.url,
      `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) ${PAYLOAD} }`,
      { i: input },
      TOKEN,
    );
    expect(res.errors).toBeUndefined();
    const answered = res.data!.ingestArticle;
    articles.push(answered.article.id);
    createdIds.push(...answered.entities.filter((e) => e.created).map((e) => e.entity.id));
    // The text names an entity the seed holds and ones it does not: both kinds of `created` are checked.
    expect(answered.entities.some((e) => e.created)).toBe(true);
    expect(answered.entities.some((e) => !e.created)).toBe(true);
    expect(answered.statements.length).toBeGreaterThan(0);
    expect(answered.figures.length).toBeGreaterThan(0);

    for (const s of [onA, onB]) {
      await s.until((x) => x.results.length >= 1, 60_000);
      expect(s.results[0]!.errors).toBeUndefined();
      const got = s.results[0]!.data!.articleIngested;
      // Created entities carry their stored confidence; a linked one's link confidence is not stored.
      const strip = (p: Payload) => ({
        ...byId(p),
        entities: byId(p).entities.map((e) => (e.created ? e : { ...e, confidence: 0 })),
      });
      expect(strip(got)).toEqual(strip(answered));
      expect(got.statements.map((x) => x.id)).toEqual(answered.statements.map((x) => x.id));
      expect(got.figures.map((x) => x.id)).toEqual(answered.figures.map((x) => x.id));
    }
  }, 150_000);

  it('delivers an ingestion on the replica that made it, and nothing for other writes or for the same text again', async () => {
    const s = subscribe<{ articleIngested: Payload }>(client(a.url), `subscription { articleIngested ${PAYLOAD} }`);
    await new Promise((r) => setTimeout(r, 400));
    const input = article(Math.random().toString(36).slice(2, 8));
    const first = await a.run<{ ingestArticle: Payload }>(
      `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { article { id } entities { entity { id } created } } }`,
      { i: input },
      { token: TOKEN },
    );
    expect(first.errors).toBeUndefined();
    articles.push(first.data!.ingestArticle.article.id);
    createdIds.push(...first.data!.ingestArticle.entities.filter((e) => e.created).map((e) => e.entity.id));
    await s.until((x) => x.results.length >= 1, 60_000);
    expect(s.results[0]!.data!.articleIngested.article).toEqual({
      id: first.data!.ingestArticle.article.id,
      title: input.title,
    });

    // The same text again writes nothing; a plain mutation is no ingestion.
    const again = await a.run(
      `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { article { id } } }`,
      { i: input },
      { token: TOKEN },
    );
    expect(again.errors).toBeUndefined();
    const id = `t-live-ingest-${Math.random().toString(36).slice(2, 8)}`;
    createdIds.push(id);
    const person = await post(
      a.url,
      'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
      {
        input: {
          id,
          name: id,
          provenance: { sourceId: first.data!.ingestArticle.article.id, quote: 'Oksander Vralenko' },
        },
      },
      TOKEN,
    );
    expect(person.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 800));
    expect(s.results).toHaveLength(1);
  }, 150_000);
});

describe('articleIngested read-back Cypher', () => {
  it('starts from the record ids and the mention index prefix', () => {
    const q = ingestedArticle(['article-x', 'kyiv']);
    expect(q.params).toEqual({ nodeIds: ['article-x', 'kyiv'], entityLabels: ['Person', 'Place', 'Organization'] });
    expect(q.cypher).toMatchInlineSnapshot(`
      "MATCH (a:Article) WHERE a.id IN $nodeIds
      WITH a ORDER BY a.id LIMIT 1
      CALL (a) {
        UNWIND $nodeIds AS id
        MATCH (e:Node {id: id}) WHERE any(l IN labels(e) WHERE l IN $entityLabels)
        CALL (e, a) {
          MATCH (m:Mention {target: e.id, source: a.id})
          WITH m ORDER BY m.start, m.end
          RETURN collect(m {.start, .end, .quote}) AS mentions
        }
        WITH e, mentions WHERE size(mentions) > 0
        WITH e, mentions ORDER BY mentions[0].start, e.id
        RETURN collect({id: e.id, confidence: e.confidence, origin: e.origin, mentions: mentions}) AS entities
      }
      CALL (a) {
        UNWIND $nodeIds AS id
        MATCH (r:Node {id: id}) WHERE (r:Statement OR r:Figure) AND r.id STARTS WITH a.id + '-'
        OPTIONAL MATCH (m:Mention {target: r.id, source: a.id})
        WITH r, min(m.start) AS at ORDER BY at, r.id
        RETURN [x IN collect(r) WHERE x:Statement | x.id] AS statementIds, [x IN collect(r) WHERE x:Figure | x.id] AS figureIds
      }
      RETURN a.id AS articleId, entities, statementIds, figureIds"
    `);
  });
});
