import type { CypherQuery } from '../db/cypherQuery.js';

/** The labels ingestion extracts as entities (events it matches are not listed as entities). */
const EXTRACTED_LABELS = ['Person', 'Place', 'Organization'];

/**
 * Reads back, on any replica, what one ingestion wrote, from the ids its feed
 * record lists: the article, the entities among those ids that the article
 * mentions (with its mentions of each, in text order), and the statements and
 * figures the article holds (their ids derive from the article's). Every lookup
 * starts from an id or the (target, source) prefix of the mention index.
 * No row when the record names no article.
 */
export function ingestedArticle(nodeIds: string[]): CypherQuery {
  return {
    cypher: [
      'MATCH (a:Article) WHERE a.id IN $nodeIds',
      'WITH a ORDER BY a.id LIMIT 1',
      'CALL (a) {',
      '  UNWIND $nodeIds AS id',
      '  MATCH (e:Node {id: id}) WHERE any(l IN labels(e) WHERE l IN $entityLabels)',
      '  CALL (e, a) {',
      '    MATCH (m:Mention {target: e.id, source: a.id})',
      '    WITH m ORDER BY m.start, m.end',
      '    RETURN collect(m {.start, .end, .quote}) AS mentions',
      '  }',
      '  WITH e, mentions WHERE size(mentions) > 0',
      '  WITH e, mentions ORDER BY mentions[0].start, e.id',
      '  RETURN collect({id: e.id, confidence: e.confidence, origin: e.origin, mentions: mentions}) AS entities',
      '}',
      'CALL (a) {',
      '  UNWIND $nodeIds AS id',
      "  MATCH (r:Node {id: id}) WHERE (r:Statement OR r:Figure) AND r.id STARTS WITH a.id + '-'",
      '  OPTIONAL MATCH (m:Mention {target: r.id, source: a.id})',
      '  WITH r, min(m.start) AS at ORDER BY at, r.id',
      '  RETURN [x IN collect(r) WHERE x:Statement | x.id] AS statementIds, [x IN collect(r) WHERE x:Figure | x.id] AS figureIds',
      '}',
      'RETURN a.id AS articleId, entities, statementIds, figureIds',
    ].join('\n'),
    params: { nodeIds, entityLabels: EXTRACTED_LABELS },
  };
}
