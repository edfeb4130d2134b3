import type { ArticleInput, Extraction } from './extraction.js';
import { extractEntities } from './extractEntities.js';
import { extractEventCues } from './extractEventCues.js';
import { extractFigures } from './extractFigures.js';
import { extractStatements } from './extractStatements.js';
import type { GazetteerEntry } from './matchGazetteer.js';
import { MentionIndex } from './mentionIndex.js';
import { prepareText, type PreparedText, type Tagging } from './prepareText.js';

/**
 * Everything the ingestion writer needs from one article, with no database
 * access: entities (typed, linked to the gazetteer where possible), statements
 * with speakers, figures with reporters and breakdowns, and event cues with place
 * and date hints. Offsets index `article.text`. Deterministic for a given input.
 * `options.tagging` picks compromise's lexicon (default) or its full tagger;
 * `options.prepared` reuses the text already split by {@link prepareText}.
 */
export function extractArticle(
  article: ArticleInput,
  gazetteer: readonly GazetteerEntry[] = [],
  options: { tagging?: Tagging; prepared?: PreparedText } = {},
): Extraction {
  const prep = options.prepared ?? prepareText(article.text, options.tagging);
  const entities = extractEntities(article.text, gazetteer, prep);
  const mentions = new MentionIndex(entities);
  const statements = extractStatements(prep, mentions);
  const figures = extractFigures(prep, mentions, statements);
  const events = extractEventCues(prep, mentions, article.publishedOn, statements, figures);
  return {
    title: article.title,
    publishedOn: article.publishedOn,
    sentences: prep.sentences,
    entities,
    statements,
    figures,
    events,
  };
}
