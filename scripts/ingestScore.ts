import { readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { extractArticle } from '../src/ingest/extractArticle.js';
import type { ExtractedEntity, Extraction } from '../src/ingest/extraction.js';
import { foldName, variantKey } from '../src/ingest/foldName.js';
import { gazetteerFromSeeds } from '../src/ingest/gazetteerFromSeeds.js';
import type { GazetteerEntry } from '../src/ingest/matchGazetteer.js';
import type { Tagging } from '../src/ingest/prepareText.js';
import type { LoadedSeed } from '../src/seed/loadSeedFile.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';

/**
 * Scores the extractor against the development set (tests/fixtures/ingest-dev)
 * and the curated seed article (seeds/). Pure apart from reading those files, so
 * both `npm run ingest:eval` and the regression test use it.
 */

export interface Score {
  /** Correct predictions. */
  tp: number;
  /** Predictions made. */
  predicted: number;
  /** Gold items. */
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalRow {
  corpus: string;
  kind: string;
  score: Score;
}

export interface GoldName {
  type: string;
  name: string;
  aliases: readonly string[];
  id?: string;
}

export function score(tp: number, predicted: number, gold: number): Score {
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return { tp, predicted, gold, precision: round(precision), recall: round(recall), f1: round(f1) };
}

function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b) || variantKey(a) === variantKey(b);
}

function namesMatch(entity: Pick<ExtractedEntity, 'name' | 'aliases'>, gold: GoldName): boolean {
  const mine = [entity.name, ...entity.aliases];
  return mine.some((m) => [gold.name, ...gold.aliases].some((g) => sameName(m, g)));
}

/** One-to-one matching of extracted entities to gold entities by type and name or alias. */
export function matchEntities(
  entities: readonly ExtractedEntity[],
  gold: readonly GoldName[],
): Map<ExtractedEntity, GoldName> {
  const pairs = new Map<ExtractedEntity, GoldName>();
  const used = new Set<GoldName>();
  for (const e of entities) {
    const g = gold.find((x) => !used.has(x) && x.type === e.type && namesMatch(e, x));
    if (g) {
      pairs.set(e, g);
      used.add(g);
    }
  }
  return pairs;
}

function entityName(x: Extraction, key: string | null): ExtractedEntity | null {
  return x.entities.find((e) => e.key === key) ?? null;
}

export interface DevArticle {
  file: string;
  title: string;
  publishedOn: string;
  entities: Array<{ type: string; name: string; aliases?: string[]; seedId?: string }>;
  optional: string[];
  quotes: Array<{ contains: string; speaker: string | null }>;
  figures: Array<{
    count: number | null;
    measure: string;
    reporter: string | null;
    breakdown?: Array<{ count: number; group: string }>;
  }>;
}

const ROOT = path.resolve(import.meta.dirname, '..');
export const DEV_DIR = path.join(ROOT, 'tests/fixtures/ingest-dev');
export const SEED_FILE = path.join(ROOT, 'seeds/article-2026-01-24-kyiv-kharkiv-abu-dhabi.yaml');

/** Entities, linking, direct quotes with speakers and figures of the development articles. */
export function scoreDevSet(gazetteer: readonly GazetteerEntry[], tagging: Tagging = 'lexicon'): EvalRow[] {
  const gold = JSON.parse(readFileSync(path.join(DEV_DIR, 'gold.json'), 'utf8')) as { articles: DevArticle[] };
  type Tally = [number, number, number];
  const sum: Record<'ent' | 'link' | 'quote' | 'fig' | 'rep', Tally> = {
    ent: [0, 0, 0],
    link: [0, 0, 0],
    quote: [0, 0, 0],
    fig: [0, 0, 0],
    rep: [0, 0, 0],
  };
  const add = (k: keyof typeof sum, tp: number, p: number, g: number): void => {
    sum[k] = [sum[k][0] + tp, sum[k][1] + p, sum[k][2] + g];
  };
  for (const article of gold.articles) {
    const text = readFileSync(path.join(DEV_DIR, article.file), 'utf8');
    const x = extractArticle({ title: article.title, text, publishedOn: article.publishedOn }, gazetteer, { tagging });
    const goldNames: GoldName[] = article.entities.map((e) => ({
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      id: e.seedId,
    }));
    const optional = (e: ExtractedEntity): boolean => article.optional.some((o) => sameName(o, e.name));
    const predicted = x.entities.filter((e) => !optional(e));
    const pairs = matchEntities(predicted, goldNames);
    add('ent', pairs.size, predicted.length, goldNames.length);
    // Linking: a linked entity is right if it names the seed node; an unlinked one is right if gold has none.
    let linkedRight = 0;
    for (const [e, g] of pairs) if ((e.link?.id ?? undefined) === g.id) linkedRight += 1;
    add('link', linkedRight, pairs.size, pairs.size);

    const quotes = x.statements.filter((s) => s.isDirectQuote);
    let quoteRight = 0;
    for (const q of article.quotes) {
      const found = quotes.find((s) => s.text.includes(q.contains) || q.contains.includes(s.text));
      const speaker = found && entityName(x, found.speaker?.entityKey ?? null);
      if (found && (q.speaker === null ? !speaker : speaker && sameName(speaker.name, q.speaker))) quoteRight += 1;
    }
    add('quote', quoteRight, quotes.length, article.quotes.length);

    const goldFigures = article.figures.flatMap((f) => [
      { count: f.count, measure: f.measure, group: null as string | null, reporter: f.reporter, part: false },
      ...(f.breakdown ?? []).map((b) => ({
        count: b.count,
        measure: f.measure,
        group: b.group.toUpperCase(),
        reporter: f.reporter,
        part: true,
      })),
    ]);
    let figRight = 0;
    let repRight = 0;
    for (const g of goldFigures) {
      const found = x.figures.find(
        (f) =>
          f.count === g.count &&
          f.measure === g.measure &&
          (g.part ? f.partOf !== null && f.group === g.group : f.partOf === null),
      );
      if (!found) continue;
      figRight += 1;
      const reporter = entityName(x, found.reporter?.entityKey ?? null);
      if (g.reporter === null ? !reporter : reporter && sameName(reporter.name, g.reporter)) repRight += 1;
    }
    add('fig', figRight, x.figures.length, goldFigures.length);
    add('rep', repRight, figRight, figRight);
  }
  return [
    { corpus: 'dev', kind: 'entities (type + name)', score: score(...sum.ent) },
    { corpus: 'dev', kind: 'linking (seedId or none)', score: score(...sum.link) },
    { corpus: 'dev', kind: 'direct quotes + speaker', score: score(...sum.quote) },
    { corpus: 'dev', kind: 'figures (count + measure)', score: score(...sum.fig) },
    { corpus: 'dev', kind: 'figure reporter', score: score(...sum.rep) },
  ];
}

/**
 * The seed article against its curated seed file: entities extracted with an
 * empty gazetteer (an empty graph), linking with the seeded gazetteer, statements
 * matched by overlapping offsets with the speaker compared to SAID_BY, figures by
 * count, measure and group with the reporter compared to REPORTED_BY.
 */
export function scoreSeedArticle(
  seeds: readonly LoadedSeed[] = loadSeedFiles([SEED_FILE]),
  tagging: Tagging = 'lexicon',
): EvalRow[] {
  const loaded = seeds[0]!;
  const { seed, articleText: text } = loaded;
  const article = { title: seed.article.title, text, publishedOn: seed.article.publishedOn };
  const nodes = new Map(seed.nodes.map((n) => [n.id, n]));
  const goldNames: GoldName[] = seed.nodes.flatMap((n) =>
    n.type === 'Person' || n.type === 'Place' || n.type === 'Organization'
      ? [{ type: n.type, name: n.name, aliases: n.aliases ?? [], id: n.id }]
      : [],
  );
  const empty = extractArticle(article, [], { tagging });
  const pairs = matchEntities(empty.entities, goldNames);
  const folded = foldName(text);
  // Gold entities the text names (by name or alias), or that the extractor found under another form.
  const found = new Set(pairs.values());
  const named = goldNames.filter(
    (g) => found.has(g) || [g.name, ...g.aliases].some((n) => folded.includes(foldName(n))),
  );

  const linked = extractArticle(article, gazetteerFromSeeds(seeds), { tagging });
  const linkPairs = matchEntities(linked.entities, goldNames);
  let linkRight = 0;
  for (const [e, g] of linkPairs) if (e.link?.id === g.id) linkRight += 1;

  const rel = (from: string, type: string): string | null =>
    seed.relationships.find((r) => r.from === from && r.type === type)?.to ?? null;
  const speakerRight = (x: Extraction, key: string | null, goldId: string | null): boolean => {
    const e = entityName(x, key);
    if (goldId === null) return e === null;
    const node = nodes.get(goldId);
    if (!e || !node || !('name' in node)) return false;
    return (
      e.link?.id === goldId ||
      namesMatch(e, { type: node.type, name: node.name, aliases: ('aliases' in node ? node.aliases : undefined) ?? [] })
    );
  };

  const goldStatements = seed.nodes.flatMap((n) => (n.type === 'Statement' ? [n] : []));
  const usedStatements = new Set<string>();
  let stSpan = 0;
  let stRight = 0;
  for (const s of empty.statements) {
    const g = goldStatements.find(
      (n) =>
        !usedStatements.has(n.id) &&
        n.mentions.some((m) => m.start < s.span.end && s.span.start < m.start + m.quote.length),
    );
    if (!g) continue;
    usedStatements.add(g.id);
    stSpan += 1;
    if (speakerRight(empty, s.speaker?.entityKey ?? null, rel(g.id, 'SAID_BY'))) stRight += 1;
  }

  const goldFigures = seed.nodes.flatMap((n) => (n.type === 'Figure' ? [n] : []));
  const usedFigures = new Set<string>();
  let figRight = 0;
  let repRight = 0;
  let qualRight = 0;
  for (const f of empty.figures) {
    const g = goldFigures.find(
      (n) => !usedFigures.has(n.id) && n.count === f.count && n.measure === f.measure && n.group === f.group,
    );
    if (!g) continue;
    usedFigures.add(g.id);
    figRight += 1;
    if (g.qualifier === f.qualifier) qualRight += 1;
    if (speakerRight(empty, f.reporter?.entityKey ?? null, rel(g.id, 'REPORTED_BY'))) repRight += 1;
  }

  return [
    {
      corpus: 'seed',
      kind: 'entities (type + name), empty graph',
      score: score(pairs.size, empty.entities.length, goldNames.length),
    },
    {
      corpus: 'seed',
      kind: 'entities named in the text, empty graph',
      score: score([...pairs.values()].filter((g) => named.includes(g)).length, empty.entities.length, named.length),
    },
    { corpus: 'seed', kind: 'linking (seeded graph)', score: score(linkRight, linkPairs.size, linkPairs.size) },
    {
      corpus: 'seed',
      kind: 'statements (span overlap)',
      score: score(stSpan, empty.statements.length, goldStatements.length),
    },
    {
      corpus: 'seed',
      kind: 'statements + speaker',
      score: score(stRight, empty.statements.length, goldStatements.length),
    },
    {
      corpus: 'seed',
      kind: 'figures (count + measure + group)',
      score: score(figRight, empty.figures.length, goldFigures.length),
    },
    { corpus: 'seed', kind: 'figure reporter', score: score(repRight, figRight, figRight) },
    { corpus: 'seed', kind: 'figure qualifier', score: score(qualRight, figRight, figRight) },
  ];
}

/** Every row: the dev set with the seeded gazetteer and with none, then the seed article. */
export function evaluateIngestion(): EvalRow[] {
  const seeds = loadSeedFiles([SEED_FILE]);
  const gazetteer = gazetteerFromSeeds(seeds);
  return [
    ...scoreDevSet(gazetteer),
    ...scoreDevSet([])
      .filter((r) => r.kind.startsWith('entities'))
      .map((r) => ({ ...r, kind: `${r.kind}, empty graph` })),
    ...scoreSeedArticle(seeds),
  ];
}

/**
 * compromise on its own: its people(), places() and organizations() on a text,
 * trimmed of punctuation and possessives, one entity per name.
 */
export function compromiseAloneEntities(text: string): ExtractedEntity[] {
  const doc = nlp(text);
  const out: ExtractedEntity[] = [];
  const kinds = [
    ['Person', doc.people()],
    ['Place', doc.places()],
    ['Organization', doc.organizations()],
  ] as const;
  for (const [type, view] of kinds) {
    for (const raw of view.out('array') as string[]) {
      const name = raw
        .replace(/['’]s\b/g, '')
        .replace(/[^\p{L}\p{N}]+$/u, '')
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .trim();
      if (!name || out.some((e) => e.type === type && foldName(e.name) === foldName(name))) continue;
      out.push({
        key: `c${out.length}`,
        type,
        name,
        aliases: [],
        mentions: [],
        confidence: 1,
        link: null,
        roles: [],
        roleOf: [],
      });
    }
  }
  return out;
}

/** The baseline: compromiseAloneEntities on the same texts. */
export function scoreCompromiseAlone(seeds: readonly LoadedSeed[] = loadSeedFiles([SEED_FILE])): EvalRow[] {
  const entitiesOf = compromiseAloneEntities;
  const gold = JSON.parse(readFileSync(path.join(DEV_DIR, 'gold.json'), 'utf8')) as { articles: DevArticle[] };
  let tp = 0;
  let predicted = 0;
  let goldCount = 0;
  for (const article of gold.articles) {
    const goldNames: GoldName[] = article.entities.map((e) => ({
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
    }));
    const mine = entitiesOf(readFileSync(path.join(DEV_DIR, article.file), 'utf8')).filter(
      (e) => !article.optional.some((o) => sameName(o, e.name)),
    );
    tp += matchEntities(mine, goldNames).size;
    predicted += mine.length;
    goldCount += goldNames.length;
  }
  const { seed, articleText } = seeds[0]!;
  const seedGold: GoldName[] = seed.nodes.flatMap((n) =>
    n.type === 'Person' || n.type === 'Place' || n.type === 'Organization'
      ? [{ type: n.type, name: n.name, aliases: n.aliases ?? [] }]
      : [],
  );
  const seedMine = entitiesOf(articleText);
  return [
    { corpus: 'dev', kind: 'compromise alone: entities', score: score(tp, predicted, goldCount) },
    {
      corpus: 'seed',
      kind: 'compromise alone: entities',
      score: score(matchEntities(seedMine, seedGold).size, seedMine.length, seedGold.length),
    },
  ];
}
