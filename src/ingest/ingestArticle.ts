import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import { gazetteerFor, matchingEvents, takenIds } from '../cypher/ingestCypher.js';
import { luceneQuery } from '../cypher/searchCypher.js';
import { BadUserInputError } from '../errors.js';
import { relationshipId } from '../ids.js';
import type { Logger } from '../logger.js';
import type { ChangeSet, NodeWrite, RelationshipWrite } from '../write/changeSet.js';
import { slugify } from '../write/slugify.js';
import { writeChangeSet, type WriteResult } from '../write/writer.js';
import { extractArticle } from './extractArticle.js';
import type { EventCue, ExtractedEntity, Extraction, Span } from './extraction.js';
import type { GazetteerEntry } from './matchGazetteer.js';

export interface IngestInput {
  title: string;
  text: string;
  publishedOn: string;
  url?: string | null;
  publisher?: string | null;
}

/** One entity the article mentions, once, with what ingestion did with it. */
export interface IngestedEntityRecord {
  id: string;
  /** The article the mentions are in. */
  articleId: string;
  created: boolean;
  confidence: number;
  mentions: Span[];
}

export interface IngestResult {
  articleId: string;
  entities: IngestedEntityRecord[];
  statementIds: string[];
  figureIds: string[];
  eventIds: string[];
  write: WriteResult;
}

/** A link below this confidence is not trusted: the entity is created instead (and marked extracted). */
export const LINK_THRESHOLD = 0.8;

/** What an article resolves to against the graph, before anything is written. */
export interface ResolvedArticle {
  articleId: string;
  extraction: Extraction;
  /** The graph id of each extracted entity (by key), and whether it links to a node the graph holds. */
  ids: Map<string, EntityId>;
  /** Labels of the gazetteer nodes the extraction could link to. */
  labelOf: Map<string, string>;
  /** Names of those nodes, for showing a link before it is made. */
  nameOf: Map<string, string>;
  events: Map<string, ResolvedEvent>;
  change: ChangeSet;
}

/**
 * Everything ingestion does short of writing: checks the input, extracts, reads the
 * gazetteer and the matching events, and builds the change set. Only reads.
 */
export async function resolveArticle(db: Db, input: IngestInput): Promise<ResolvedArticle> {
  if (typeof input.text !== 'string' || input.text.trim() === '') {
    throw new BadUserInputError('input.text must not be empty.', 'input.text');
  }
  const articleId = `article-${input.publishedOn}-${createHash('sha256').update(input.text).digest('hex').slice(0, 12)}`;
  const article = { title: input.title, text: input.text, publishedOn: input.publishedOn };

  // Pass 1 finds the names; the graph is asked only about those.
  const first = extractArticle(article, []);
  const queries = [
    ...new Set(
      first.entities
        .flatMap((e) => [e.name, ...e.aliases])
        .map(luceneQuery)
        .filter((q): q is string => !!q),
    ),
  ];
  const gazetteer = queries.length ? ((await db.read(gazetteerFor(queries))) as unknown as GazetteerEntry[]) : [];
  const extraction = extractArticle(article, gazetteer);
  const labelOf = new Map(gazetteer.map((g) => [g.id, g.label]));
  const nameOf = new Map(gazetteer.map((g) => [g.id, g.name]));

  const ids = await entityIds(db, extraction.entities, labelOf);
  const events = await resolveEvents(db, extraction, ids, articleId);
  const change = buildChangeSet(articleId, input, extraction, ids, labelOf, events);
  return { articleId, extraction, ids, labelOf, nameOf, events, change };
}

/**
 * Ingests one article: extracts (pure, src/ingest/extract*), resolves what it found
 * against the graph in two batched reads (a gazetteer from the full-text index for
 * its candidate names, and the stored events its attack and talks cues match), and
 * writes it all as one change set. The article's id derives from its date and text,
 * and every record's id from the article's, so ingesting the same text again links
 * to what the first run created and writes nothing new.
 */
export async function ingestArticle(
  db: Db,
  input: IngestInput,
  options: { actor?: string | null; log?: Logger } = {},
): Promise<IngestResult> {
  const { articleId, extraction, ids, events, change } = await resolveArticle(db, input);
  const { result } = await writeChangeSet(db, change, { actor: options.actor ?? null, log: options.log });
  // Two names the extractor kept apart may link to one entity: it is listed once, with both names' mentions.
  const byId = new Map<string, IngestedEntityRecord>();
  for (const e of extraction.entities) {
    const { id, linked } = ids.get(e.key)!;
    const entry = byId.get(id) ?? { id, articleId, created: result.created.includes(id), confidence: 0, mentions: [] };
    entry.confidence = Math.max(entry.confidence, linked ? e.link!.confidence : e.confidence);
    entry.mentions.push(...e.mentions.map(({ start, end, quote }) => ({ start, end, quote })));
    byId.set(id, entry);
  }
  for (const e of byId.values()) e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    articleId,
    entities: [...byId.values()],
    statementIds: extraction.statements.map((s) => `${articleId}-${s.key}`),
    figureIds: extraction.figures.map((f) => `${articleId}-${f.key}`),
    eventIds: [...new Set([...events.values()].map((e) => e.id))],
    write: result,
  };
}

export type EntityId = { id: string; linked: boolean };

/** The graph id of each extracted entity: its link, or a new slug that no other node holds. */
async function entityIds(
  db: Db,
  entities: ExtractedEntity[],
  labelOf: Map<string, string>,
): Promise<Map<string, EntityId>> {
  const out = new Map<string, EntityId>();
  const fresh = entities.filter(
    (e) => !(e.link && e.link.confidence >= LINK_THRESHOLD && labelOf.get(e.link.id) === e.type),
  );
  const slugs = fresh.map((e) => slugify(e.name) || `entity-${e.key}`);
  const taken = new Map(
    (slugs.length
      ? await db.read(takenIds([...slugs, ...slugs.map((s, i) => `${s}-${fresh[i]!.type.toLowerCase()}`)]))
      : []
    ).map((r) => [r.id as string, r]),
  );
  for (const e of entities) {
    if (!fresh.includes(e)) {
      out.set(e.key, { id: e.link!.id, linked: true });
      continue;
    }
    const slug = slugify(e.name) || `entity-${e.key}`;
    const holder = taken.get(slug);
    // A node of the same type and name under that id is the same thing (written by an earlier ingestion).
    const same = holder && holder.label === e.type && holder.name === e.name;
    out.set(e.key, { id: !holder || same ? slug : `${slug}-${e.type.toLowerCase()}`, linked: false });
  }
  return out;
}

export type ResolvedEvent = { id: string; label: 'Event' | 'Negotiation'; created: boolean };

/** Each event cue's event: a stored one of the same kind, place and dates, else a new one. */
async function resolveEvents(
  db: Db,
  extraction: Extraction,
  ids: Map<string, EntityId>,
  articleId: string,
): Promise<Map<string, ResolvedEvent>> {
  const cues = extraction.events.map((c) => ({
    key: c.key,
    label: c.kind === 'TALKS' ? ('Negotiation' as const) : ('Event' as const),
    places: c.placeKeys.map((k) => ids.get(k)?.id).filter((x): x is string => !!x),
    from: c.date.from,
    to: c.date.to,
  }));
  const found = new Map(
    (cues.length ? await db.read(matchingEvents(cues.filter((c) => c.places.length))) : []).map((r) => [
      r.key as string,
      r.id as string | null,
    ]),
  );
  const out = new Map<string, ResolvedEvent>();
  for (const c of cues) {
    const id = found.get(c.key);
    out.set(
      c.key,
      id ? { id, label: c.label, created: false } : { id: `${articleId}-${c.key}`, label: c.label, created: true },
    );
  }
  return out;
}

const PLACE_KIND = (name: string) => (/\b(region|oblast|province|state)\b/i.test(name) ? 'REGION' : 'CITY');

function buildChangeSet(
  articleId: string,
  input: IngestInput,
  x: Extraction,
  ids: Map<string, EntityId>,
  labelOf: Map<string, string>,
  events: Map<string, ResolvedEvent>,
): ChangeSet {
  const nodes: NodeWrite[] = [];
  const relationships: RelationshipWrite[] = [];
  const mention = (s: Span) => ({ sourceId: articleId, quote: s.quote, start: s.start });
  const rel = (
    type: RelationshipWrite['type'],
    from: string,
    to: string,
    span: Span,
    properties?: Record<string, unknown>,
  ) => {
    if (
      from === to ||
      relationships.some((r) => relationshipId(r.from, r.type, r.to) === relationshipId(from, type, to))
    )
      return;
    relationships.push({
      type,
      from,
      to,
      mode: 'merge',
      mentions: [mention(span)],
      ...(properties ? { properties } : {}),
    });
  };

  nodes.push({
    label: 'Article',
    id: articleId,
    mode: 'merge',
    fields: {
      title: input.title,
      text: input.text,
      publishedOn: input.publishedOn,
      url: input.url ?? undefined,
      publisher: input.publisher ?? undefined,
    },
    at: 'input',
  });

  const entityWrites = new Map<string, NodeWrite>();
  for (const e of x.entities) {
    const { id, linked } = ids.get(e.key)!;
    const mentions = e.mentions.map(mention);
    const earlier = entityWrites.get(id);
    if (earlier) {
      earlier.mentions!.push(...mentions);
      continue;
    }
    if (linked) {
      // What the graph holds stays as it is; the article adds its mentions.
      entityWrites.set(id, { label: labelOf.get(id) as 'Person', id, mode: 'patch', fields: {}, mentions });
      continue;
    }
    const fields: Record<string, unknown> = {
      name: e.name,
      aliases: e.aliases.filter((a) => a !== e.name).slice(0, 50),
      origin: 'EXTRACTED',
      confidence: e.confidence,
    };
    if (e.type === 'Place') fields.kind = PLACE_KIND(e.name);
    if (e.type === 'Organization') fields.kind = 'OTHER';
    entityWrites.set(id, { label: e.type, id, mode: 'merge', fields, mentions });
  }
  nodes.push(...entityWrites.values());

  const entityId = (key: string | null | undefined) => (key ? ids.get(key)?.id : undefined);
  for (const c of x.events) {
    const ev = events.get(c.key)!;
    if (ev.created) nodes.push(newEvent(c, ev, x, ids, mention));
    else nodes.push({ label: ev.label, id: ev.id, mode: 'patch', fields: {}, mentions: [mention(c.span)] });
    if (ev.created) {
      for (const k of c.placeKeys) {
        const place = entityId(k);
        if (place) rel(ev.label === 'Event' ? 'OCCURRED_IN' : 'HELD_IN', ev.id, place, c.span);
      }
    }
  }
  const eventOfFigure = new Map<string, ResolvedEvent>();
  const eventOfStatement = new Map<string, ResolvedEvent>();
  for (const c of x.events) {
    for (const f of c.figureKeys) eventOfFigure.set(f, events.get(c.key)!);
    for (const s of c.statementKeys) eventOfStatement.set(s, events.get(c.key)!);
  }

  for (const s of x.statements) {
    const id = `${articleId}-${s.key}`;
    nodes.push({
      label: 'Statement',
      id,
      mode: 'merge',
      fields: {
        text: s.text.slice(0, 2_000),
        isDirectQuote: s.isDirectQuote,
        cueVerb: s.cueVerb.slice(0, 200) || 'said',
        attribution: s.attribution,
        ...(s.speaker && !s.speaker.entityKey ? { speakerLabel: s.speaker.label.slice(0, 200) } : {}),
        origin: 'EXTRACTED',
      },
      mentions: [mention(s.span)],
    });
    const speaker = entityId(s.speaker?.entityKey);
    if (speaker) rel('SAID_BY', id, speaker, s.speaker!.span);
    const ev = eventOfStatement.get(s.key);
    if (ev) rel('ABOUT', id, ev.id, s.span);
  }

  for (const f of x.figures) {
    const id = `${articleId}-${f.key}`;
    nodes.push({
      label: 'Figure',
      id,
      mode: 'merge',
      fields: {
        measure: f.measure,
        count: f.count,
        qualifier: f.qualifier,
        group: f.group,
        text: f.span.quote.slice(0, 2_000),
        origin: 'EXTRACTED',
      },
      mentions: [mention(f.span)],
    });
    const reporter = entityId(f.reporter?.entityKey);
    if (reporter) rel('REPORTED_BY', id, reporter, f.reporter!.span);
    const place = entityId(f.placeKey);
    if (place && labelOfNew(place, x, ids, labelOf) === 'Place') rel('FOR_PLACE', id, place, f.span);
    if (f.partOf) rel('PART_OF', id, `${articleId}-${f.partOf}`, f.span);
    const ev = eventOfFigure.get(f.key);
    if (ev?.label === 'Event') rel('FIGURE_OF', id, ev.id, f.span);
  }
  return { kind: 'INGEST', nodes, relationships };
}

/** The label of an entity id this ingestion resolved: linked (from the graph) or new (from extraction). */
function labelOfNew(
  id: string,
  x: Extraction,
  ids: Map<string, EntityId>,
  labelOf: Map<string, string>,
): string | undefined {
  if (labelOf.has(id)) return labelOf.get(id);
  return x.entities.find((e) => ids.get(e.key)?.id === id)?.type;
}

function newEvent(
  c: EventCue,
  ev: ResolvedEvent,
  x: Extraction,
  ids: Map<string, EntityId>,
  mention: (s: Span) => { sourceId: string; quote: string; start: number },
): NodeWrite {
  const place = x.entities.find((e) => e.key === c.placeKeys[0])?.name;
  const what = ev.label === 'Event' ? 'Attack' : 'Talks';
  return {
    label: ev.label,
    id: ev.id,
    mode: 'merge',
    fields: {
      name: `${what}${place ? ` on ${place}` : ''}, ${c.date.from}`.slice(0, 200),
      kind: ev.label === 'Event' ? 'AIR_ATTACK' : 'PEACE_TALKS',
      date: c.date.from,
      ...(c.date.to !== c.date.from ? { endDate: c.date.to } : {}),
      datePrecision: c.date.precision,
      ...(c.date.span ? { dateText: c.date.span.quote.slice(0, 200) } : {}),
      origin: 'EXTRACTED',
    },
    mentions: [mention(c.span)],
  };
}
