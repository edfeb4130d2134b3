import type { NodeLabel, RelationshipType } from '../model.js';
import { mentionProps, type Mention } from '../cypher/mentionProps.js';
import { relationshipId, type NodeRow, type RelationshipRow } from '../cypher/upsertCypher.js';
import type { LoadedSeed } from './loadSeedFile.js';
import type { SeedMention } from './seedFileSchema.js';

/** What one or more seed files become: rows to write, grouped by label and type. */
export interface SeedRows {
  nodes: Map<NodeLabel, NodeRow[]>;
  relationships: Map<RelationshipType, RelationshipRow[]>;
}

const toMentions = (sourceId: string, ms: SeedMention[]): Mention[] =>
  ms.map((m) => ({ sourceId, start: m.start, end: m.start + m.quote.length, quote: m.quote }));

/** Flattens validated seed files into rows; pure, so it is unit-tested without a database. */
export function seedRows(loaded: LoadedSeed[]): SeedRows {
  const nodes = new Map<NodeLabel, NodeRow[]>();
  const relationships = new Map<RelationshipType, RelationshipRow[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

  for (const { seed, articleText } of loaded) {
    const a = seed.article;
    const byline = articleText.split('\n', 1)[0] ?? '';
    push(nodes, 'Article', {
      id: a.id,
      props: {
        title: a.title,
        text: articleText,
        textFile: a.textFile,
        publisher: a.publisher ?? null,
        url: a.url ?? null,
        language: a.language,
        ...mentionProps([{ sourceId: a.id, start: 0, end: byline.length, quote: byline }]),
      },
      dates: { publishedOn: a.publishedOn },
    });

    for (const n of seed.nodes) {
      const { id, type, mentions, ...rest } = n;
      const { date, endDate, ...props } = rest as Record<string, unknown> & { date?: string; endDate?: string };
      if ('aliases' in props) props.aliasesText = (props.aliases as string[]).join(' | ');
      for (const [k, v] of Object.entries(props)) if (v === undefined) props[k] = null;
      push(nodes, type, {
        id,
        props: { ...props, ...mentionProps(toMentions(a.id, mentions)) },
        dates: { date: date ?? null, endDate: endDate ?? null },
      });
    }

    for (const r of seed.relationships) {
      const type = r.type as RelationshipType;
      push(relationships, type, {
        id: relationshipId(r.from, type, r.to),
        from: r.from,
        to: r.to,
        props: { ...r.properties, ...mentionProps(toMentions(a.id, r.mentions)) },
      });
    }
  }
  return { nodes, relationships };
}
