import { createHash } from 'node:crypto';
import type { Db, Row } from '../db/database.js';
import { gazetteerFor, gazetteerQuery, takenIdsAndEvents } from '../cypher/ingestCypher.js';
import { BadUserInputError } from '../errors.js';
import { relationshipId } from '../ids.js';
import type { Logger } from '../logger.js';
import type { ChangeSet, NodeWrite, RelationshipWrite } from '../write/changeSet.js';
import { slugify } from '../write/slugify.js';
import { writeChangeSet, type WriteResult } from '../write/writer.js';
import { extractArticle } from './extractArticle.js';
import { extractEntities } from './extractEntities.js';
import { prepareText } from './prepareText.js';
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

  // Pass 1 finds the names; the graph is asked only about those. The text is split
  // once for both passes, and pass 1 extracts only entities (a third of the work).
  const prepared = prepareText(input.text);
  const queries = [
    ...new Set(
      extractEntities(input.text, [], prepared)
        .flatMap((e) => [e.name, ...e.aliases])
        .map(gazetteerQuery)
        .filter((q): q is string => !!q),
    ),
  ];
  const gazetteer = queries.length ? ((await db.read(gazetteerFor(queries))) as unknown as GazetteerEntry[]) : [];
  const extraction = extractArticle(article, gazetteer, { prepared });
  const labelOf = new Map(gazetteer.map((g) => [g.id, g.label]));
  const nameOf = new Map(gazetteer.map((g) => [g.id, g.name]));

  const { ids, events } = await entityAndEventIds(db, extraction, labelOf, articleId);
  const change = buildChangeSet(articleId, input, extraction, ids, labelOf, events);
  return { articleId, extraction, ids, labelOf, nameOf, events, change };
}

/**
 * Ingests one article: extracts (pure, src/ingest/extract*), resolves what it found
 * against the graph in two batched reads (a gazetteer from the full-text index for
 * its candidate names; then the ids new entities may take and the stored events its
 * attack and talks cues match), and
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

export type ResolvedEvent = { id: string; label: 'Event' | 'Negotiation'; created: boolean };

/**
 * The graph id of each extracted entity (its link, or a new slug that no other node
 * holds) and each event cue's event (a stored one of the same kind, place and dates,
 * else a new one), from one read.
 */
async function entityAndEventIds(
  db: Db,
  extraction: Extraction,
  labelOf: Map<string, string>,
  articleId: string,
): Promise<{ ids: Map<string, EntityId>; events: Map<string, ResolvedEvent> }> {
  const { entities } = extraction;
  const linked = (e: ExtractedEntity) =>
    !!e.link && e.link.confidence >= LINK_THRESHOLD && labelOf.get(e.link.id) === e.type;
  const slugOf = (e: ExtractedEntity) => slugify(e.name) || `entity-${e.key}`;
  // A new entity gets its slug, or, when another node holds that, its slug and type.
  const idsItMayGet = (e: ExtractedEntity) =>
    linked(e) ? [e.link!.id] : [slugOf(e), `${slugOf(e)}-${e.type.toLowerCase()}`];
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const cues = extraction.events.map((c) => ({
    key: c.key,
    label: c.kind === 'TALKS' ? ('Negotiation' as const) : ('Event' as const),
    places: [...new Set(c.placeKeys.flatMap((k) => (byKey.has(k) ? idsItMayGet(byKey.get(k)!) : [])))],
    from: c.date.from,
    to: c.date.to,
  }));
  const fresh = entities.filter((e) => !linked(e)).flatMap(idsItMayGet);
  const asked = cues.filter((c) => c.places.length);
  const [row] = fresh.length || asked.length ? await db.read(takenIdsAndEvents(fresh, asked)) : [];
  const taken = new Map(((row?.taken ?? []) as Row[]).map((r) => [r.id as string, r]));

  const ids = new Map<string, EntityId>();
  for (const e of entities) {
    if (linked(e)) {
      ids.set(e.key, { id: e.link!.id, linked: true });
      continue;
    }
    const slug = slugOf(e);
    const holder = taken.get(slug);
    // A node of the same type and name under that id is the same thing (written by an earlier ingestion).
    const same = holder && holder.label === e.type && holder.name === e.name;
    ids.set(e.key, { id: !holder || same ? slug : `${slug}-${e.type.toLowerCase()}`, linked: false });
  }

  // Of the rows for each place id a cue's place may have had, those of the id it got; the earliest event wins.
  const found = new Map<string, { id: string; date: string }>();
  for (const r of (row?.events ?? []) as Row[]) {
    const cue = extraction.events.find((c) => c.key === r.key)!;
    const got = cue.placeKeys.map((k) => ids.get(k)?.id);
    if (!r.id || !got.includes(r.place as string)) continue;
    const best = found.get(r.key as string);
    const hit = { id: r.id as string, date: r.date as string };
    if (!best || hit.date < best.date || (hit.date === best.date && hit.id < best.id)) found.set(r.key as string, hit);
  }
  const events = new Map<string, ResolvedEvent>();
  for (const c of cues) {
    const hit = found.get(c.key);
    events.set(
      c.key,
      hit
        ? { id: hit.id, label: c.label, created: false }
        : { id: `${articleId}-${c.key}`, label: c.label, created: true },
    );
  }
  return { ids, events };
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
  // Two cues of one article may report the same stored event: it is written once, with both mentions.
  const eventWrites = new Map<string, NodeWrite>();
  for (const c of x.events) {
    const ev = events.get(c.key)!;
    const earlier = eventWrites.get(ev.id);
    if (earlier) earlier.mentions!.push(mention(c.span));
    else if (ev.created) eventWrites.set(ev.id, newEvent(c, ev, x, ids, mention));
    else eventWrites.set(ev.id, { label: ev.label, id: ev.id, mode: 'patch', fields: {}, mentions: [mention(c.span)] });
    if (ev.created) {
      for (const k of c.placeKeys) {
        const place = entityId(k);
        if (place) rel(ev.label === 'Event' ? 'OCCURRED_IN' : 'HELD_IN', ev.id, place, c.span);
      }
    }
  }
  nodes.push(...eventWrites.values());
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
