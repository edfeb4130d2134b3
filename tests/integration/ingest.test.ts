import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readFeedHead } from '../../src/feed/changeFeed.js';
import { ingestArticle } from '../../src/ingest/ingestArticle.js';
import { useTestServer } from '../helpers/testServer.js';

// ingestArticle end to end against the seeded graph: what the dev articles name is
// linked to what the seed holds, new entities are created once, a second article
// links to them, offsets point into the stored text, and the same text twice adds nothing.

const TOKEN = 'i'.repeat(32);
// The first ingestion on a fresh server plans some twenty statements; on a loaded
// two-core machine that alone took over 10 s (the default transaction limit).
const t = useTestServer({ env: { AUTH_TOKEN: TOKEN, MAX_BODY_BYTES: '1000000', NEO4J_TX_TIMEOUT_MS: '120000' } });
const dev = (file: string) => readFileSync(new URL(`../fixtures/ingest-dev/${file}`, import.meta.url), 'utf8');
const D1 = {
  title: 'Most of Kyiv without power as frost deepens',
  text: dev('d1-kyiv-without-power.txt'),
  publishedOn: '2026-01-21',
};
const D2 = {
  title: 'Kyiv restores water and power after another night attack',
  text: dev('d2-kyiv-restores-supply.txt'),
  publishedOn: '2026-01-24',
};

const INGEST = `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) {
  article { id text publishedOn }
  entities { entity { __typename id name } created confidence mentions { id quote start end } }
  statements { id text isDirectQuote speaker { id name } mentions { quote } }
  figures { id measure count qualifier reportedBy { id } places { id } breakdown { count group } }
} }`;

interface Payload {
  ingestArticle: {
    article: { id: string; text: string; publishedOn: string };
    entities: {
      entity: { __typename: string; id: string; name: string };
      created: boolean;
      confidence: number;
      mentions: { id: string; quote: string; start: number; end: number }[];
    }[];
    statements: { id: string; text: string; isDirectQuote: boolean; speaker: { id: string; name: string } | null }[];
    figures: {
      id: string;
      measure: string;
      count: number | null;
      qualifier: string;
      breakdown: { count: number; group: string }[];
      places: { id: string }[];
    }[];
  };
}

const ingest = (input: typeof D1) => t.data<Payload>(INGEST, { i: input }, { token: TOKEN });
const created: string[] = [];

afterAll(async () => {
  // Ingestion names its records after the article; entities it created are listed.
  await t.db.write({
    cypher: `MATCH (n:Node) WHERE n.id IN $ids OR n.id STARTS WITH 'article-2026-01-21-' OR n.id STARTS WITH 'article-2026-01-24-'
             AND NOT n.id = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi' DETACH DELETE n`,
    params: { ids: created },
  });
  await t.db.write({
    cypher: `MATCH (m:Mention) WHERE m.source STARTS WITH 'article-2026-01-21-' OR (m.source STARTS WITH 'article-2026-01-24-' AND m.source <> 'article-2026-01-24-kyiv-kharkiv-abu-dhabi') DELETE m`,
    params: {},
  });
});

describe('ingestArticle', () => {
  let first: Payload['ingestArticle'];

  it('links what the graph holds, creates what it does not, with mentions at exact offsets', async () => {
    first = (await ingest(D1)).ingestArticle;
    created.push(...first.entities.filter((e) => e.created).map((e) => e.entity.id));
    const byName = new Map(first.entities.map((e) => [e.entity.name, e]));
    expect(first.article.text).toBe(D1.text);
    expect(first.article.publishedOn).toBe('2026-01-21');
    for (const [name, id] of [
      ['Kyiv', 'kyiv'],
      ['Volodymyr Zelenskyy', 'volodymyr-zelenskyy'],
      ['Ukraine', 'ukraine'],
    ]) {
      expect(byName.get(name!)).toMatchObject({ entity: { id }, created: false });
    }
    expect(byName.get('Denys Shmyhal')).toMatchObject({ entity: { __typename: 'Person' }, created: true });
    expect(byName.get('DTEK')).toMatchObject({ entity: { __typename: 'Organization' }, created: true });
    const ids = first.entities.map((e) => e.entity.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of first.entities) {
      expect(e.confidence).toBeGreaterThan(0);
      for (const m of e.mentions) expect(D1.text.slice(m.start, m.end)).toBe(m.quote);
    }
  });

  it('finds the quote with its speaker and the injured with their breakdown', () => {
    const quote = first.statements.find((s) => s.text.includes('Nowhere in the world has there been such a thing'));
    expect(quote).toMatchObject({ isDirectQuote: true, speaker: { name: 'DTEK' } });
    const injured = first.figures.find((f) => f.measure === 'INJURED' && f.count === 13);
    expect(injured).toBeDefined();
    expect(injured!.breakdown).toEqual([{ count: 4, group: 'CHILDREN' }]);
  });

  it('marks what it created EXTRACTED with a confidence, while seeded records read back CURATED', async () => {
    const shmyhal = first.entities.find((e) => e.entity.name === 'Denys Shmyhal')!.entity.id;
    const quote = first.statements.find((s) => s.text.includes('Nowhere in the world'))!.id;
    const injured = first.figures.find((f) => f.measure === 'INJURED' && f.count === 13)!.id;
    type Prov = { origin: string; confidence: number | null };
    const d = await t.data<{
      created: Prov;
      seeded: Prov;
      statement: Prov;
      figure: Prov;
      extracted: { edges: { node: { id: string } }[] };
      curated: { edges: { node: { id: string } }[] };
    }>(
      `{ created: person(id: "${shmyhal}") { origin confidence }
         seeded: person(id: "volodymyr-zelenskyy") { origin confidence }
         statement: statement(id: "${quote}") { origin confidence }
         figure: figure(id: "${injured}") { origin confidence }
         extracted: people(first: 100, where: { origin: EXTRACTED }) { edges { node { id } } }
         curated: people(first: 100, where: { origin: CURATED, nameContains: "zelensk" }) { edges { node { id } } } }`,
    );
    expect(d.created.origin).toBe('EXTRACTED');
    expect(d.created.confidence).toBeGreaterThan(0);
    expect(d.created.confidence).toBeLessThanOrEqual(1);
    expect(d.seeded).toEqual({ origin: 'CURATED', confidence: null });
    expect(d.statement.origin).toBe('EXTRACTED');
    expect(d.figure.origin).toBe('EXTRACTED');
    const extracted = d.extracted.edges.map((e) => e.node.id);
    expect(extracted).toContain(shmyhal);
    expect(extracted).not.toContain('volodymyr-zelenskyy');
    expect(d.curated.edges.map((e) => e.node.id)).toContain('volodymyr-zelenskyy');
  });

  it('writes nothing new when the same text is ingested again', async () => {
    const before = await readFeedHead(t.db);
    const again = (await ingest(D1)).ingestArticle;
    expect(again.article.id).toBe(first.article.id);
    expect(again.entities.every((e) => !e.created)).toBe(true);
    expect(again.entities.map((e) => e.entity.id).sort()).toEqual(first.entities.map((e) => e.entity.id).sort());
    expect((await readFeedHead(t.db)).head).toBe(before.head);
  });

  it('links a second article to the entities the first one created', async () => {
    const second = (await ingest(D2)).ingestArticle;
    created.push(...second.entities.filter((e) => e.created).map((e) => e.entity.id));
    const dtek = second.entities.find((e) => e.entity.name === 'DTEK');
    const firstDtek = first.entities.find((e) => e.entity.name === 'DTEK');
    expect(dtek).toMatchObject({ entity: { id: firstDtek!.entity.id }, created: false });
    expect(second.entities.find((e) => e.entity.id === 'vitali-klitschko')).toMatchObject({ created: false });
    const d = await t.data<{ organization: { mentions: { source: { id: string } }[] } }>(
      `{ organization(id: "${dtek!.entity.id}") { mentions(first: 100) { source { id } } } }`,
    );
    expect(new Set(d.organization.mentions.map((m) => m.source.id))).toEqual(
      new Set([first.article.id, second.article.id]),
    );
  });

  it('writes a stored event once when two cues of one article report it, with both mentions', async () => {
    // Both sentences cue an attack in Kyiv on Friday 23 January, which the seed holds:
    // before the fix the event was written twice and the writer refused the duplicate id.
    const text =
      'Russian drones struck Kyiv on Friday, injuring at least three people, the mayor said.\n' +
      'The attack on Kyiv on Friday damaged a school and two houses, officials said.';
    const r = await ingestArticle(t.db, { title: 'Two cues, one attack', text, publishedOn: '2026-01-24' });
    created.push(...r.entities.filter((e) => e.created).map((e) => e.id));
    expect(r.eventIds).toEqual(['attack-kyiv-2026-01-23']);
    const rows = await t.db.read({
      cypher: 'MATCH (m:Mention {target: $id}) WHERE m.source = $source RETURN m.quote AS quote ORDER BY m.start',
      params: { id: 'attack-kyiv-2026-01-23', source: r.articleId },
    });
    expect(rows.map((x) => x.quote)).toEqual(['struck', 'attack']);
  });

  it('needs the bearer token, and refuses an empty text with a coded error', async () => {
    const anonymous = await t.run(INGEST, { i: D1 });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const empty = await t.run(INGEST, { i: { ...D1, text: ' ' } }, { token: TOKEN });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
  });
});
