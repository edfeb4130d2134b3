import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedHead } from '../../src/feed/changeFeed.js';
import { useTestServer } from '../helpers/testServer.js';

// previewArticle runs ingestion's reads against the seeded graph and writes nothing:
// the feed head is the same before and after, and the article it names does not exist.

const t = useTestServer({ env: { AUTH_TOKEN: 'p'.repeat(32), MAX_BODY_BYTES: '1000000' } });
const D1 = {
  title: 'Most of Kyiv without power as frost deepens',
  text: readFileSync(new URL('../fixtures/ingest-dev/d1-kyiv-without-power.txt', import.meta.url), 'utf8'),
  publishedOn: '2026-01-21',
};

const PREVIEW = `query($i: IngestArticleInput!) { previewArticle(input: $i) {
  articleId text
  entities { name type confidence mentions { start end quote } link { id isNew name label } }
  statements { text isDirectQuote speaker speakerId span { start end quote } }
  figures { measure count qualifier reporter span { start end quote } }
} }`;

interface Span {
  start: number;
  end: number;
  quote: string;
}
interface Preview {
  previewArticle: {
    articleId: string;
    text: string;
    entities: {
      name: string;
      type: string;
      confidence: number;
      mentions: Span[];
      link: { id: string; isNew: boolean; name: string; label: string };
    }[];
    statements: {
      text: string;
      isDirectQuote: boolean;
      speaker: string | null;
      speakerId: string | null;
      span: Span;
    }[];
    figures: { measure: string; count: number | null; qualifier: string; reporter: string | null; span: Span }[];
  };
}

describe('previewArticle', () => {
  it('proposes links to what the graph holds and new nodes for the rest, without a token and without writing', async () => {
    const before = await readFeedHead(t.db);
    const p = (await t.data<Preview>(PREVIEW, { i: D1 })).previewArticle;
    expect((await readFeedHead(t.db)).head).toBe(before.head);
    expect(p.articleId).toMatch(/^article-2026-01-21-[0-9a-f]{12}$/);
    const stored = await t.db.read({
      cypher: 'MATCH (n:Node {id: $id}) RETURN n.id AS id',
      params: { id: p.articleId },
    });
    expect(stored).toHaveLength(0);

    const byName = new Map(p.entities.map((e) => [e.name, e]));
    expect(byName.get('Kyiv')).toMatchObject({
      type: 'PLACE',
      link: { id: 'kyiv', isNew: false, name: 'Kyiv', label: 'Place' },
    });
    expect(byName.get('Volodymyr Zelenskyy')?.link).toMatchObject({ id: 'volodymyr-zelenskyy', isNew: false });
    expect(byName.get('Denys Shmyhal')).toMatchObject({ type: 'PERSON', link: { isNew: true, label: 'Person' } });
    for (const e of p.entities) {
      expect(e.confidence).toBeGreaterThan(0);
      for (const m of e.mentions) expect(D1.text.slice(m.start, m.end)).toBe(m.quote);
    }
  });

  it('lists the quote with its speaker and the figures with measure and qualifier, at exact offsets', async () => {
    const p = (await t.data<Preview>(PREVIEW, { i: D1 })).previewArticle;
    const quote = p.statements.find((s) => s.text.includes('Nowhere in the world has there been such a thing'));
    expect(quote).toMatchObject({ isDirectQuote: true, speaker: 'DTEK' });
    expect(quote!.speakerId).toBe(p.entities.find((e) => e.name === 'DTEK')!.link.id);
    expect(p.figures.find((f) => f.measure === 'INJURED' && f.count === 13)).toBeDefined();
    for (const s of [...p.statements.map((x) => x.span), ...p.figures.map((x) => x.span)]) {
      expect(D1.text.slice(s.start, s.end)).toBe(s.quote);
    }
  });

  it('refuses an empty text and a bad date with coded errors', async () => {
    const empty = await t.run(PREVIEW, { i: { ...D1, text: '  ' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    const badDate = await t.run(PREVIEW, { i: { ...D1, publishedOn: '2026-13-40' } });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
