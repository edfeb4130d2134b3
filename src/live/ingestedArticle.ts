import type { Db } from '../db/database.js';
import type { ChangeRecord } from '../feed/feedCypher.js';
import type { IngestedEntityRecord, IngestResult } from '../ingest/ingestArticle.js';
import type { Span } from '../ingest/extraction.js';
import { ingestedArticle } from './articleIngestedCypher.js';

/**
 * Rebuilds an ingestion's payload on any replica from its feed record: the record
 * lists every node the write touched and which of them it created; the graph gives
 * the rest. The link confidence of an entity the graph already held is not stored,
 * so such an entity reports the confidence stored on it (its own extraction's, for
 * one an earlier article created) or 1 for a curated one.
 * Null when the record names no article.
 */
export async function readIngestedArticle(db: Db, change: ChangeRecord): Promise<IngestResult | null> {
  const [row] = await db.read(ingestedArticle(change.nodeIds));
  if (!row) return null;
  const articleId = row.articleId as string;
  const created = new Set(change.createdIds);
  const entities = (row.entities as { id: string; confidence: number | null; mentions: Span[] }[]).map(
    (e): IngestedEntityRecord => ({
      id: e.id,
      articleId,
      created: created.has(e.id),
      confidence: e.confidence ?? 1,
      mentions: e.mentions,
    }),
  );
  return {
    articleId,
    entities,
    statementIds: row.statementIds as string[],
    figureIds: row.figureIds as string[],
    eventIds: [],
    write: {
      seq: change.seq,
      committedAt: change.committedAt,
      nodeIds: change.nodeIds,
      relationshipIds: change.relationshipIds,
      created: change.createdIds,
      overwritten: [],
      deletedNodes: [],
      deletedRelationships: [],
      mentionsAdded: 0,
    },
  };
}
