import type { CypherQuery } from '../db/cypherQuery.js';

/** Where a page of mentions starts: just after this span (the `id` of the last Mention seen). */
export interface MentionCursor {
  source: string;
  start: number;
  end: number;
}

export interface MentionPage {
  first: number;
  after: MentionCursor | null;
  /** Only mentions in this article. */
  source: string | null;
}

/** The default page: what a `mentions` field without arguments reads, and what root statements fold in. */
export const DEFAULT_MENTION_PAGE: MentionPage = { first: 100, after: null, source: null };

/** A mention as the API returns it. */
export const mentionMap = (v: string): string => `${v} {sourceId: ${v}.source, .start, .end, .quote}`;

/**
 * The default page of mentions of `target` (a node's or relationship's id, as a
 * Cypher expression), as a COLLECT subquery a root statement can fold into its
 * projection. The (target, source, start, end) index hands them over in order.
 */
export const mentionList = (target: string): string =>
  `COLLECT { MATCH (x:Mention {target: ${target}}) WITH x ORDER BY x.source, x.start, x.end ` +
  `LIMIT ${DEFAULT_MENTION_PAGE.first} RETURN ${mentionMap('x')} }`;

/**
 * A page of mentions for each target, in article and offset order: each page costs
 * what it returns, however many mentions the target has in other articles.
 */
export function mentionsOf(targets: readonly string[], page: MentionPage): CypherQuery {
  return {
    cypher: [
      'UNWIND $targets AS t',
      'CALL (t) {',
      '  MATCH (m:Mention {target: t})',
      '  WHERE ($source IS NULL OR m.source = $source)',
      '    AND ($after IS NULL OR m.source > $after.source OR (m.source = $after.source AND',
      '      (m.start > $after.start OR (m.start = $after.start AND m.end > $after.end))))',
      '  WITH m ORDER BY m.source, m.start, m.end LIMIT $first',
      `  RETURN collect(${mentionMap('m')}) AS items`,
      '}',
      'RETURN t AS id, items',
    ].join('\n'),
    params: { targets, first: page.first, after: page.after, source: page.source },
  };
}
