import type { Attribution, FigureGroup, FigureMeasure, FigureQualifier } from './modelTypes.js';

/**
 * The typed output of {@link extractArticle}. Every offset is a UTF-16 index into
 * the article text that was passed in (end exclusive), and every `quote` equals
 * `text.slice(start, end)`, so the writer can store mentions without re-checking.
 * Records refer to each other by `key` ("e3", "s1", "f2"), stable for one input.
 */

export type EntityType = 'Person' | 'Place' | 'Organization';

/** A stretch of the article text. */
export interface Span {
  start: number;
  end: number;
  quote: string;
}

/** One place the article names an entity, with the title or apposition that typed it. */
export interface EntityMention extends Span {
  /** How this mention was found: a name, a back-reference, a group noun… */
  via: 'name' | 'backReference' | 'group' | 'gazetteer';
  /** A title or role seen with this mention ("Mayor", "chief executive"). */
  role: string | null;
}

/** A node the graph already holds that an entity links to. */
export interface GazetteerMatch {
  id: string;
  confidence: number;
  /** The gazetteer name or alias that matched. */
  matched: string;
  rule: MatchRule;
}

export type MatchRule = 'exact' | 'folded' | 'variant' | 'partial';

export interface ExtractedEntity {
  key: string;
  type: EntityType;
  /** The fullest form the article uses (back-references and titles removed). */
  name: string;
  /** Other surface forms seen in this article. */
  aliases: string[];
  mentions: EntityMention[];
  /** Confidence in the type and the span, 0–1. */
  confidence: number;
  link: GazetteerMatch | null;
  /** Titles and roles seen with the entity, as written ("Kyiv Mayor"). */
  roles: string[];
  /** Organizations or places the roles belong to (entity keys). */
  roleOf: string[];
}

/** Who said or reported something: an entity when one is named, else only a label ("local officials"). */
export interface SpeakerRef {
  entityKey: string | null;
  label: string;
  span: Span;
  resolvedBy: 'name' | 'pronoun' | 'nounPhrase' | 'group';
}

export interface ExtractedStatement {
  key: string;
  /** The quoted words, or the reported clause. */
  text: string;
  isDirectQuote: boolean;
  cueVerb: string;
  attribution: Attribution;
  speaker: SpeakerRef | null;
  /** The quote itself (inside the quotation marks) or the reported clause. */
  span: Span;
  /** The whole attribution: the sentence stretch with speaker, verb and clause. */
  evidence: Span;
}

export interface ExtractedFigure {
  key: string;
  measure: FigureMeasure;
  /** Null when the article gives no number ("several residents"). */
  count: number | null;
  qualifier: FigureQualifier;
  group: FigureGroup;
  reporter: SpeakerRef | null;
  /** Key of the figure this one is a breakdown of ("including four children"). */
  partOf: string | null;
  /** Entity key of the place the figure is for, when the sentence names one. */
  placeKey: string | null;
  span: Span;
}

export type EventCueKind = 'ATTACK' | 'TALKS';

/** A date range a cue points at, resolved against the publication date (ISO dates, inclusive). */
export interface DateHint {
  from: string;
  to: string;
  precision: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
  /** The words that gave the date, or null when the range defaults to the days before publication. */
  span: Span | null;
}

/** An attack or talks the article reports, with what a resolver needs to match an existing event. */
export interface EventCue {
  key: string;
  kind: EventCueKind;
  /** The cue word ("strikes", "talks") in its sentence. */
  span: Span;
  sentence: Span;
  placeKeys: string[];
  date: DateHint;
  /** Figures and statements from the same sentence. */
  figureKeys: string[];
  statementKeys: string[];
}

export interface ArticleInput {
  title: string;
  text: string;
  /** ISO date, YYYY-MM-DD. */
  publishedOn: string;
}

export interface Extraction {
  title: string;
  publishedOn: string;
  sentences: Span[];
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
  figures: ExtractedFigure[];
  events: EventCue[];
}
