import type { ChangeSet, MentionInput, NodeWrite, RelationshipWrite } from '../write/changeSet.js';
import type { LoadedSeed } from './loadSeedFile.js';
import type { SeedMention } from './seedFileSchema.js';

const toMentions = (sourceId: string, ms: SeedMention[]): MentionInput[] =>
  ms.map((m) => ({ sourceId, start: m.start, quote: m.quote }));

/**
 * What validated seed files ask the writer to do; pure, so it is unit-tested
 * without a database. Seed files are curated: each node and relationship they
 * define gets exactly the fields they state (`replace`), and their mentions are
 * added beside any that other articles contributed.
 */
export function seedChangeSet(loaded: LoadedSeed[]): ChangeSet {
  const nodes: NodeWrite[] = [];
  const relationships: RelationshipWrite[] = [];
  for (const { file, seed, articleText } of loaded) {
    const a = seed.article;
    const byline = articleText.split('\n', 1)[0] ?? '';
    nodes.push({
      label: 'Article',
      id: a.id,
      mode: 'replace',
      fields: {
        title: a.title,
        text: articleText,
        textFile: a.textFile,
        publishedOn: a.publishedOn,
        publisher: a.publisher,
        url: a.url,
        language: a.language,
      },
      mentions: byline ? [{ sourceId: a.id, start: 0, quote: byline }] : [],
      at: `${file} article`,
    });
    seed.nodes.forEach((n, i) => {
      const { id, type, mentions, ...fields } = n;
      nodes.push({
        label: type,
        id,
        mode: 'replace',
        fields,
        mentions: toMentions(a.id, mentions),
        at: `${file} nodes[${i}]`,
      });
    });
    seed.relationships.forEach((r, i) => {
      relationships.push({
        type: r.type,
        from: r.from,
        to: r.to,
        mode: 'replace',
        properties: r.properties,
        mentions: toMentions(a.id, r.mentions),
        at: `${file} relationships[${i}]`,
      });
    });
  }
  return { kind: 'SEED', nodes, relationships };
}
