/** A span of an article that states a fact. `end` is exclusive. */
export interface Mention {
  sourceId: string;
  start: number;
  end: number;
  quote: string;
}

/**
 * Provenance is stored as four parallel list properties on every node and
 * relationship, so Cypher can filter on it without extra nodes or hops.
 */
export function mentionProps(mentions: Mention[]): Record<string, unknown> {
  return {
    mentionSource: mentions.map((m) => m.sourceId),
    mentionStart: mentions.map((m) => m.start),
    mentionEnd: mentions.map((m) => m.end),
    mentionQuote: mentions.map((m) => m.quote),
  };
}

/** Inverse of {@link mentionProps}, for values read back from the database. */
export function readMentions(props: Record<string, unknown>): Mention[] {
  const sources = (props.mentionSource as string[] | null) ?? [];
  const starts = (props.mentionStart as number[] | null) ?? [];
  const ends = (props.mentionEnd as number[] | null) ?? [];
  const quotes = (props.mentionQuote as string[] | null) ?? [];
  return sources.map((sourceId, i) => ({
    sourceId,
    start: starts[i] ?? 0,
    end: ends[i] ?? 0,
    quote: quotes[i] ?? '',
  }));
}
