import { NotFoundError } from '../errors.js';
import type { MentionResolvers } from '../schema/generated/resolvers.js';
import { sentenceAround } from '../sentenceAround.js';

export const Mention: MentionResolvers = {
  id: (m) => `${m.sourceId}:${m.start}-${m.end}`,
  source: async (m, _a, ctx) => {
    const article = await ctx.loaders.node.load(m.sourceId);
    if (!article) throw new NotFoundError(`Source article ${m.sourceId} not found.`, m.sourceId);
    return article;
  },
  sentence: async (m, _a, ctx) => {
    const article = await ctx.loaders.node.load(m.sourceId);
    const text = typeof article?.text === 'string' ? article.text : m.quote;
    return article ? sentenceAround(text, m.start, m.end) : { text: m.quote, start: m.start, end: m.end };
  },
};
