import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { ingestArticle, type IngestResult } from '../ingest/ingestArticle.js';
import { previewArticle, type ArticlePreview } from '../ingest/previewArticle.js';
import type { NodeRecord } from '../records.js';
import type {
  IngestArticlePayloadResolvers,
  IngestedEntityResolvers,
  MutationIngestArticleArgs,
  QueryPreviewArticleArgs,
} from '../schema/generated/resolvers.js';
import { requireWriter } from '../requireWriter.js';

/** Mutation.ingestArticle: needs the bearer token, like every write. */
export function ingestArticleMutation(
  _p: unknown,
  { input }: MutationIngestArticleArgs,
  ctx: Context,
): Promise<IngestResult> {
  const actor = requireWriter(ctx);
  return ingestArticle(ctx.db, input, { actor, log: ctx.log });
}

/** Query.previewArticle: a read like any other query, so public; it writes nothing. */
export function previewArticleQuery(
  _p: unknown,
  { input }: QueryPreviewArticleArgs,
  ctx: Context,
): Promise<ArticlePreview> {
  return previewArticle(ctx.db, input);
}

const node = async (id: string, ctx: Context): Promise<NodeRecord> => {
  const n = await ctx.loaders.node.load(id);
  if (!n) throw new NotFoundError(`Node ${id} no longer exists.`, id);
  return n;
};

const nodes = async (ids: string[], ctx: Context): Promise<NodeRecord[]> =>
  (await ctx.loaders.node.loadMany(ids)).filter((n): n is NodeRecord => !!n && !(n instanceof Error));

export const IngestArticlePayload: IngestArticlePayloadResolvers = {
  article: (r, _a, ctx) => node(r.articleId, ctx),
  entities: (r) => r.entities,
  statements: (r, _a, ctx) => nodes(r.statementIds, ctx),
  figures: (r, _a, ctx) => nodes(r.figureIds, ctx),
};

export const IngestedEntity: IngestedEntityResolvers = {
  entity: (e, _a, ctx) => node(e.id, ctx),
  mentions: (e) => e.mentions.map((m) => ({ sourceId: e.articleId, ...m })),
};
