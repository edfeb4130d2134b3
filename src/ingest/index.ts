/** The extraction half of ingestion: pure functions from article text to typed candidates. */
export { extractArticle } from './extractArticle.js';
export { extractEntities } from './extractEntities.js';
export { extractStatements } from './extractStatements.js';
export { extractFigures } from './extractFigures.js';
export { extractEventCues } from './extractEventCues.js';
export { matchGazetteer, type GazetteerEntry, type LinkCandidate } from './matchGazetteer.js';
export { foldName, variantKey } from './foldName.js';
export { gazetteerFromSeeds } from './gazetteerFromSeeds.js';
export { prepareText, type PreparedText, type Tagging } from './prepareText.js';
export { MentionIndex } from './mentionIndex.js';
export type * from './extraction.js';
