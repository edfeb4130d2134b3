import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeRecord, RelRecord, MentionRecord, SubgraphRecord, PathRecord, SearchHitRecord, ConnectionRecord, ConnectionEdgeRecord } from '../../records.js';
import type { IngestResult, IngestedEntityRecord } from '../../ingest/ingestArticle.js';
import type { ChangeRecord } from '../../feed/feedCypher.js';
import type { Context } from '../../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time zone, as `YYYY-MM-DD` (ISO 8601). */
  Date: { input: string; output: string; }
  /** A date and time with offset (RFC 3339), e.g. `2026-12-02T01:40:00.123Z`. */
  DateTime: { input: string; output: string; }
  /** A JSON object of scalar properties, as stored on a relationship. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** A source article. */
export type Article = Node & {
  __typename?: 'Article';
  /** Authors. */
  authors: Array<Person>;
  id: Scalars['ID']['output'];
  /** Where the byline states authorship. */
  mentions: Array<Mention>;
  /** Publication date; relative dates in the article are resolved against it. */
  publishedOn: Scalars['Date']['output'];
  /** Publisher, where known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The full text; every mention's offsets point into it. */
  text: Scalars['String']['output'];
  /** The headline. */
  title: Scalars['String']['output'];
  /** Address of the original, where known. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A source article. */
export type ArticleMentionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What ingesting an article would do, from `previewArticle`; nothing is written. */
export type ArticlePreview = {
  __typename?: 'ArticlePreview';
  /** The id the article will have once ingested. */
  articleId: Scalars['ID']['output'];
  /** Every entity the article names, with the node it would link to. */
  entities: Array<PreviewEntity>;
  /** Counts of killed, injured, hospitalized, rescued or deployed. */
  figures: Array<PreviewFigure>;
  /** Quotes and reported speech, with their speaker. */
  statements: Array<PreviewStatement>;
  /** The text the spans point into. */
  text: Scalars['String']['output'];
};

/** How the article attributes a statement: asserted as fact, claimed, denied, predicted, reported, demanded or urged. */
export type Attribution =
  | 'ASSERTED'
  | 'CLAIMED'
  | 'DEMANDED'
  | 'DENIED'
  | 'PREDICTED'
  | 'REPORTED'
  | 'URGED';

/** What kind of write a change-feed record stands for. */
export type ChangeKind =
  /** A node or relationship was created. */
  | 'CREATE'
  /** Nodes or relationships were deleted. */
  | 'DELETE'
  /** An article was ingested. */
  | 'INGEST'
  /** A seed file was loaded. */
  | 'SEED'
  /** Fields or properties of existing nodes or relationships were changed. */
  | 'UPDATE'
  /** Created, or replaced when it existed. */
  | 'UPSERT';

/** How precise a date is. A date is stored as the first day of its period: with WEEK the Monday, with MONTH the 1st, with YEAR 1 January. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

/** Where a date comes from when the article that mentions the item does not give it that precisely. */
export type DateSource = {
  __typename?: 'DateSource';
  kind: DateSourceKind;
  /** The Wikidata item id (`Q110999040`) or the URL. */
  ref: Scalars['String']['output'];
  /** A link to the source. */
  url: Scalars['String']['output'];
};

/** Kinds of source, other than the article, that can give a date. */
export type DateSourceKind =
  /** A web page. */
  | 'URL'
  /** A Wikidata item; the date is one of its statements (e.g. start time, P580). */
  | 'WIKIDATA';

/** Sort orders for dated lists (undated items come last). */
export type DatedOrder =
  | 'DATE_ASC'
  | 'DATE_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC';

/** Result of a delete. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** The id that was deleted. */
  id: Scalars['ID']['output'];
  /** Relationships removed with it. */
  relationshipsDeleted: Scalars['Int']['output'];
};

/** Which way a relationship points, seen from the entity being asked. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** From another entity to this one. */
  | 'IN'
  /** From this entity to another. */
  | 'OUT';

/** A relationship in a subgraph or path. */
export type Edge = {
  __typename?: 'Edge';
  /** Id of the start node. */
  from: Scalars['ID']['output'];
  /** Stable id of the relationship. */
  id: Scalars['ID']['output'];
  /** Its own properties. */
  properties: Scalars['JSONObject']['output'];
  /** The sentences of the article that state it. */
  provenance: Array<Mention>;
  /** Id of the end node. */
  to: Scalars['ID']['output'];
  /** Its type. */
  type: RelationshipType;
};


/** A relationship in a subgraph or path. */
export type EdgeProvenanceArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A real-world thing the article talks about: a person, place, organization, event, negotiation or proposal. */
export type Entity = {
  /** Other names and spellings (used by `search`). */
  aliases: Array<Scalars['String']['output']>;
  /** How sure ingestion was of an extracted record, from 0 to 1; null for curated records, which are asserted, not scored. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** A one-line description drawn from the article. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable, globally unique id. */
  id: Scalars['ID']['output'];
  /** The spans of articles that mention or describe this entity, in article and offset order, a page at a time. */
  mentions: Array<Mention>;
  /** The name the article uses. */
  name: Scalars['String']['output'];
  /** Whether it was curated by hand (seed files, mutations) or extracted from article text by ingestion. */
  origin: Origin;
  /** Every relationship touching this entity, optionally filtered by direction and type. */
  relationships: Array<Relationship>;
  /** Wikidata item id (e.g. `Q1899`), where one is well known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A real-world thing the article talks about: a person, place, organization, event, negotiation or proposal. */
export type EntityMentionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A real-world thing the article talks about: a person, place, organization, event, negotiation or proposal. */
export type EntityRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** Entity types `search` can be limited to. */
export type EntityType =
  | 'EVENT'
  | 'NEGOTIATION'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE'
  | 'PROPOSAL';

/** Something that happened: an attack, a rescue, a capture, a war, a forum. */
export type Event = Entity & Node & {
  __typename?: 'Event';
  /** ACLED event type, e.g. `Explosions/Remote violence`. */
  acledEventType?: Maybe<Scalars['String']['output']>;
  /** ACLED sub-event type, e.g. `Air/drone strike`. */
  acledSubEventType?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  /** Negotiations or events happening at the same time. */
  concurrentWith: Array<TimelineItem>;
  /** How sure ingestion was of an extracted record, from 0 to 1; null for curated records, which are asserted, not scored. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** What was hit or damaged. */
  damaged: Array<Scalars['String']['output']>;
  /** The date it happened (or started), resolved against the article's publication date: the first day of the period `datePrecision` names, so read it with `dateLabel`. */
  date?: Maybe<Scalars['Date']['output']>;
  /** `date` (to `endDate`) as precise as its source and no more: `23 January 2026`, `22–23 January 2026`, `week of 19 January 2026`, `January 2026`, `2025`. */
  dateLabel?: Maybe<Scalars['String']['output']>;
  /** How precise `date` is. */
  datePrecision?: Maybe<DatePrecision>;
  /** Who gives `date`, when it is not the article (whose wording is `dateText`); null when the article gives it. */
  dateSource?: Maybe<DateSource>;
  /** The article's own wording of when it happened, e.g. `early hours of Friday`. */
  dateText?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The date it ended, for events spanning days. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Casualty and other figures reported for this event. */
  figures: Array<Figure>;
  /** What came after it. */
  followedBy: Array<TimelineItem>;
  /** What came before it. */
  follows: Array<TimelineItem>;
  id: Scalars['ID']['output'];
  /** What kind of event this is. */
  kind: EventKind;
  mentions: Array<Mention>;
  name: Scalars['String']['output'];
  /** The place it is named after. */
  namedAfter?: Maybe<Place>;
  /** Negotiations that aim to end this event. */
  negotiationsToEnd: Array<Negotiation>;
  /** Whether it was curated by hand (seed files, mutations) or extracted from article text by ingestion. */
  origin: Origin;
  /** The larger event this is part of. */
  partOf?: Maybe<Event>;
  /** People and organizations that took part. */
  participants: Array<Participation>;
  /** Who carried it out. */
  perpetrators: Array<Entity>;
  /** Where it happened. */
  places: Array<Place>;
  relationships: Array<Relationship>;
  /** Organizations that responded. */
  responders: Array<Organization>;
  /** Events this one responded to. */
  respondsTo: Array<Event>;
  /** Events that responded to this one (rescues, emergency responses). */
  responses: Array<Event>;
  /** Statements about this event. */
  statements: Array<Statement>;
  /** Whether it is reported or only claimed by a party. */
  status: EventStatus;
  /** The events that make up this one. */
  subEvents: Array<Event>;
  /** Weapons used, as the article names them. */
  weapons: Array<Scalars['String']['output']>;
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** Something that happened: an attack, a rescue, a capture, a war, a forum. */
export type EventMentionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a rescue, a capture, a war, a forum. */
export type EventRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  /** Number of events matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque keyset cursor; stays valid when items are added before it. */
  cursor: Scalars['String']['output'];
  node: Event;
};

/** Fields of a new or replaced event. */
export type EventInput = {
  acledEventType?: InputMaybe<Scalars['String']['input']>;
  acledSubEventType?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  damaged?: InputMaybe<Array<Scalars['String']['input']>>;
  date?: InputMaybe<Scalars['Date']['input']>;
  datePrecision?: InputMaybe<DatePrecision>;
  dateText?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: EventKind;
  name: Scalars['String']['input'];
  provenance: ProvenanceInput;
  status?: InputMaybe<EventStatus>;
  weapons?: InputMaybe<Array<Scalars['String']['input']>>;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of event. */
export type EventKind =
  | 'AIR_ATTACK'
  | 'EMERGENCY_RESPONSE'
  | 'FORUM'
  | 'OTHER'
  | 'RESCUE'
  | 'STRIKES'
  | 'TERRITORIAL_CAPTURE'
  | 'WAR';

/** Changes to an event; omitted fields keep their value. */
export type EventPatch = {
  acledEventType?: InputMaybe<Scalars['String']['input']>;
  acledSubEventType?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  damaged?: InputMaybe<Array<Scalars['String']['input']>>;
  date?: InputMaybe<Scalars['Date']['input']>;
  datePrecision?: InputMaybe<DatePrecision>;
  dateText?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<EventKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  provenance: ProvenanceInput;
  status?: InputMaybe<EventStatus>;
  weapons?: InputMaybe<Array<Scalars['String']['input']>>;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** How firmly the article reports that an event happened. */
export type EventStatus =
  /** Claimed by one party; not independently verified. */
  | 'CLAIMED'
  /** Confirmed by more than one side. */
  | 'CONFIRMED'
  /** Reported as fact by the article or authorities. */
  | 'REPORTED';

/** Filter for `events`. */
export type EventWhere = {
  /** Only events under way on or after this date: whose last day (`endDate`, else `date`, to the end of its precision period, so a YEAR date covers its year) is on or after it. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only events under way on or before this date: they start on or before it. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only events of these kinds. */
  kind?: InputMaybe<Array<EventKind>>;
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only records of this origin (curated by hand, or extracted by ingestion). */
  origin?: InputMaybe<Origin>;
  /** Only events this entity carried out, responded to or took part in. */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Only events in this place or any place inside it; a part of an event (PART_OF) with no place of its own counts as where the event occurred. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Only events with this status. */
  status?: InputMaybe<EventStatus>;
};

/** A reported figure, such as casualties: a count with its qualifier, who reported it and for which place. */
export type Figure = Node & {
  __typename?: 'Figure';
  /** Figures that break this one down. */
  breakdown: Array<Figure>;
  /** How sure ingestion was of an extracted record, from 0 to 1; null for curated records, which are asserted, not scored. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The number, or null where the article gives none (e.g. `several`). */
  count?: Maybe<Scalars['Int']['output']>;
  /** The event it counts an outcome of. */
  event?: Maybe<Event>;
  /** Who is counted. */
  group: FigureGroup;
  id: Scalars['ID']['output'];
  /** True for totals the article states across several places; kept as stated, never recomputed. */
  isAggregate: Scalars['Boolean']['output'];
  /** What is counted. */
  measure: FigureMeasure;
  /** Where the article states it. */
  mentions: Array<Mention>;
  /** Whether it was curated by hand (seed files, mutations) or extracted from article text by ingestion. */
  origin: Origin;
  /** The larger figure this one is part of (e.g. the child among the injured). */
  partOf?: Maybe<Figure>;
  /** The places it applies to. */
  places: Array<Place>;
  /** How exact the number is. */
  qualifier: FigureQualifier;
  /** Who reported it. */
  reportedBy: Array<Entity>;
  /** Statements that report it or are about it. */
  statements: Array<Statement>;
  /** The article's wording, e.g. `at least fourteen people were injured`. */
  text: Scalars['String']['output'];
};


/** A reported figure, such as casualties: a count with its qualifier, who reported it and for which place. */
export type FigureMentionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who a figure counts. */
export type FigureGroup =
  | 'CHILDREN'
  | 'PEOPLE'
  | 'RESCUE_WORKERS'
  | 'RESIDENTS';

/** Fields of a new or replaced figure. Link it with FIGURE_OF, REPORTED_BY and FOR_PLACE relationships. */
export type FigureInput = {
  /** The number, or null where the source gives none. */
  count?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<FigureGroup>;
  /** Id to use; derived from the text when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  isAggregate?: InputMaybe<Scalars['Boolean']['input']>;
  measure: FigureMeasure;
  provenance: ProvenanceInput;
  qualifier: FigureQualifier;
  text: Scalars['String']['input'];
};

/** What a figure counts. */
export type FigureMeasure =
  | 'DEPLOYED'
  | 'HOSPITALIZED'
  | 'INJURED'
  | 'KILLED'
  | 'RESCUED';

/** Changes to a figure; omitted fields keep their value. */
export type FigurePatch = {
  count?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<FigureGroup>;
  isAggregate?: InputMaybe<Scalars['Boolean']['input']>;
  measure?: InputMaybe<FigureMeasure>;
  provenance: ProvenanceInput;
  qualifier?: InputMaybe<FigureQualifier>;
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How exact a figure is, in the article's words. */
export type FigureQualifier =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'EXACTLY'
  | 'MORE_THAN'
  | 'NEARLY'
  | 'SEVERAL';

/** One committed write, as the change feed records it. */
export type GraphChange = {
  __typename?: 'GraphChange';
  /** When the write committed. */
  committedAt: Scalars['DateTime']['output'];
  /** False when the write touched too many ids to list: anything may have changed; reload. */
  complete: Scalars['Boolean']['output'];
  /** What kind of write it was. */
  kind: ChangeKind;
  /** Ids of the nodes it created, changed or deleted, and of the endpoints of relationships it touched. Empty when `complete` is false. */
  nodeIds: Array<Scalars['ID']['output']>;
  /** Ids of the relationships it created, changed or deleted. Empty when `complete` is false. */
  relationshipIds: Array<Scalars['ID']['output']>;
  /** The write's sequence number: the feed numbers writes 1, 2, 3… in commit order, without gaps. Pass it as `since` to resume. */
  seq: Scalars['String']['output'];
};

/** An article to ingest. */
export type IngestArticleInput = {
  /** Publication date; relative dates in the text are resolved against it. */
  publishedOn: Scalars['Date']['input'];
  /** Publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The full text; every mention's offsets will point into it. */
  text: Scalars['String']['input'];
  /** The headline. */
  title: Scalars['String']['input'];
  /** Address of the original. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What an ingested article added to the graph. */
export type IngestArticlePayload = {
  __typename?: 'IngestArticlePayload';
  /** The stored article. */
  article: Article;
  /** Every entity the article mentions, once each. */
  entities: Array<IngestedEntity>;
  /** Counts of killed, injured, hospitalized, rescued or deployed, with qualifier and reporter. */
  figures: Array<Figure>;
  /** Quotes and reported speech, with the speaker resolved to an entity where the text names one. */
  statements: Array<Statement>;
};

/** An entity an ingested article mentions. */
export type IngestedEntity = {
  __typename?: 'IngestedEntity';
  /** How sure the extraction and the link are, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** True when this ingestion created it (marked `origin: EXTRACTED` in the graph). */
  created: Scalars['Boolean']['output'];
  /** The entity in the graph: one it already held, or a new one. */
  entity: Entity;
  /** Where this article mentions it. */
  mentions: Array<Mention>;
};

/** A span of an article that states a fact: the quote and its character offsets, for highlighting. */
export type Mention = {
  __typename?: 'Mention';
  /** Offset just past the quote's last character. */
  end: Scalars['Int']['output'];
  /** Stable id of the span (`article:start-end`), so clients can cache and deduplicate mentions. */
  id: Scalars['ID']['output'];
  /** The exact quoted text. */
  quote: Scalars['String']['output'];
  /** The whole sentence containing the quote. */
  sentence: Sentence;
  /** The article the quote comes from. */
  source: Article;
  /** Offset of the quote's first character in `source.text` (UTF-16 code units, as JavaScript counts). */
  start: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an event; BAD_USER_INPUT if the id is taken. */
  createEvent: Event;
  /** Creates a figure; BAD_USER_INPUT if the id is taken. */
  createFigure: Figure;
  /** Creates a negotiation; BAD_USER_INPUT if the id is taken. */
  createNegotiation: Negotiation;
  /** Creates an organization; BAD_USER_INPUT if the id is taken. */
  createOrganization: Organization;
  /** Creates a person; BAD_USER_INPUT if the id is taken. */
  createPerson: Person;
  /** Creates a place; BAD_USER_INPUT if the id is taken. */
  createPlace: Place;
  /** Creates a proposal; BAD_USER_INPUT if the id is taken. */
  createProposal: Proposal;
  /** Creates a relationship; CONFLICT if it already exists (use updateRelationship or upsertRelationship). */
  createRelationship: Edge;
  /** Creates a statement; BAD_USER_INPUT if the id is taken. */
  createStatement: Statement;
  /** Deletes an event and its relationships. */
  deleteEvent: DeletePayload;
  /** Deletes a figure and its relationships. */
  deleteFigure: DeletePayload;
  /** Deletes a negotiation and its relationships. */
  deleteNegotiation: DeletePayload;
  /** Deletes an organization and its relationships. */
  deleteOrganization: DeletePayload;
  /** Deletes a person and its relationships. */
  deletePerson: DeletePayload;
  /** Deletes a place and its relationships. */
  deletePlace: DeletePayload;
  /** Deletes a proposal and its relationships. */
  deleteProposal: DeletePayload;
  /** Deletes a relationship. */
  deleteRelationship: DeletePayload;
  /** Deletes a statement and its relationships. */
  deleteStatement: DeletePayload;
  /** Reads an article's text, links what it names to the graph, and writes it with its statements and figures. Ingesting the same text again writes nothing new. */
  ingestArticle: IngestArticlePayload;
  /** Changes an event; NOT_FOUND if the id is unknown. */
  updateEvent: Event;
  /** Changes a figure; NOT_FOUND if the id is unknown. */
  updateFigure: Figure;
  /** Changes a negotiation; NOT_FOUND if the id is unknown. */
  updateNegotiation: Negotiation;
  /** Changes an organization; NOT_FOUND if the id is unknown. */
  updateOrganization: Organization;
  /** Changes a person; NOT_FOUND if the id is unknown. */
  updatePerson: Person;
  /** Changes a place; NOT_FOUND if the id is unknown. */
  updatePlace: Place;
  /** Changes a proposal; NOT_FOUND if the id is unknown. */
  updateProposal: Proposal;
  /** Replaces a relationship's properties and adds provenance. */
  updateRelationship: Edge;
  /** Changes a statement; NOT_FOUND if the id is unknown. */
  updateStatement: Statement;
  /** Creates the event or replaces its fields. */
  upsertEvent: Event;
  /** Creates the figure or replaces its fields. */
  upsertFigure: Figure;
  /** Creates the negotiation or replaces its fields. */
  upsertNegotiation: Negotiation;
  /** Creates the organization or replaces its fields. */
  upsertOrganization: Organization;
  /** Creates the person or replaces its fields. */
  upsertPerson: Person;
  /** Creates the place or replaces its fields. */
  upsertPlace: Place;
  /** Creates the proposal or replaces its fields. */
  upsertProposal: Proposal;
  /** Creates a relationship or, when it exists, adds the provenance and sets the given properties. */
  upsertRelationship: Edge;
  /** Creates the statement or replaces its fields. */
  upsertStatement: Statement;
};


export type MutationCreateEventArgs = {
  input: EventInput;
};


export type MutationCreateFigureArgs = {
  input: FigureInput;
};


export type MutationCreateNegotiationArgs = {
  input: NegotiationInput;
};


export type MutationCreateOrganizationArgs = {
  input: OrganizationInput;
};


export type MutationCreatePersonArgs = {
  input: PersonInput;
};


export type MutationCreatePlaceArgs = {
  input: PlaceInput;
};


export type MutationCreateProposalArgs = {
  input: ProposalInput;
};


export type MutationCreateRelationshipArgs = {
  input: RelationshipInput;
};


export type MutationCreateStatementArgs = {
  input: StatementInput;
};


export type MutationDeleteEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFigureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNegotiationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePlaceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteStatementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  patch: EventPatch;
};


export type MutationUpdateFigureArgs = {
  id: Scalars['ID']['input'];
  patch: FigurePatch;
};


export type MutationUpdateNegotiationArgs = {
  id: Scalars['ID']['input'];
  patch: NegotiationPatch;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  patch: OrganizationPatch;
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  patch: PersonPatch;
};


export type MutationUpdatePlaceArgs = {
  id: Scalars['ID']['input'];
  patch: PlacePatch;
};


export type MutationUpdateProposalArgs = {
  id: Scalars['ID']['input'];
  patch: ProposalPatch;
};


export type MutationUpdateRelationshipArgs = {
  id: Scalars['ID']['input'];
  properties: Scalars['JSONObject']['input'];
  provenance: ProvenanceInput;
};


export type MutationUpdateStatementArgs = {
  id: Scalars['ID']['input'];
  patch: StatementPatch;
};


export type MutationUpsertEventArgs = {
  input: EventInput;
};


export type MutationUpsertFigureArgs = {
  input: FigureInput;
};


export type MutationUpsertNegotiationArgs = {
  input: NegotiationInput;
};


export type MutationUpsertOrganizationArgs = {
  input: OrganizationInput;
};


export type MutationUpsertPersonArgs = {
  input: PersonInput;
};


export type MutationUpsertPlaceArgs = {
  input: PlaceInput;
};


export type MutationUpsertProposalArgs = {
  input: ProposalInput;
};


export type MutationUpsertRelationshipArgs = {
  input: RelationshipInput;
};


export type MutationUpsertStatementArgs = {
  input: StatementInput;
};

/** Sort orders for lists sorted by name. */
export type NameOrder =
  | 'NAME_ASC'
  | 'NAME_DESC';

/** A negotiation or diplomatic contact, or one round or day of it. */
export type Negotiation = Entity & Node & {
  __typename?: 'Negotiation';
  /** Events (such as a war) it aims to end. */
  aimsToEnd: Array<Event>;
  aliases: Array<Scalars['String']['output']>;
  /** Events happening at the same time. */
  concurrentWith: Array<TimelineItem>;
  /** How sure ingestion was of an extracted record, from 0 to 1; null for curated records, which are asserted, not scored. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** When it started (or took place): the first day of the period `datePrecision` names, so read it with `dateLabel`. */
  date?: Maybe<Scalars['Date']['output']>;
  /** `date` (to `endDate`) as precise as its source and no more: `23 January 2026`, `week of 19 January 2026`, `2025`. */
  dateLabel?: Maybe<Scalars['String']['output']>;
  /** How precise `date` is. */
  datePrecision?: Maybe<DatePrecision>;
  /** Who gives `date`, when it is not the article (whose wording is `dateText`); null when the article gives it. */
  dateSource?: Maybe<DateSource>;
  /** The article's own wording of when it happened. */
  dateText?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** When it ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** What came after it. */
  followedBy: Array<TimelineItem>;
  /** What came before it. */
  follows: Array<TimelineItem>;
  id: Scalars['ID']['output'];
  /** What kind of negotiation this is. */
  kind: NegotiationKind;
  mentions: Array<Mention>;
  name: Scalars['String']['output'];
  /** The place it is named after. */
  namedAfter?: Maybe<Place>;
  /** Whether it was curated by hand (seed files, mutations) or extracted from article text by ingestion. */
  origin: Origin;
  /** The negotiation this is a round or day of. */
  partOf?: Maybe<Negotiation>;
  /** Delegates, envoys and others who took part, with their roles. */
  participants: Array<Participation>;
  /** The countries or organizations that are parties to it. */
  parties: Array<Entity>;
  /** Proposals discussed at it. */
  proposals: Array<Proposal>;
  relationships: Array<Relationship>;
  /** Its round number, for a round of talks. */
  round?: Maybe<Scalars['Int']['output']>;
  /** Its rounds or days. */
  rounds: Array<Negotiation>;
  /** Statements about it, including how each side described it. */
  statements: Array<Statement>;
  /** Where it was held. */
  venues: Array<Place>;
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A negotiation or diplomatic contact, or one round or day of it. */
export type NegotiationMentionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A negotiation or diplomatic contact, or one round or day of it. */
export type NegotiationRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of negotiations. */
export type NegotiationConnection = {
  __typename?: 'NegotiationConnection';
  edges: Array<NegotiationEdge>;
  pageInfo: PageInfo;
  /** Number of negotiations matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type NegotiationEdge = {
  __typename?: 'NegotiationEdge';
  /** Opaque keyset cursor; stays valid when items are added before it. */
  cursor: Scalars['String']['output'];
  node: Negotiation;
};

/** Fields of a new or replaced negotiation. */
export type NegotiationInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  date?: InputMaybe<Scalars['Date']['input']>;
  datePrecision?: InputMaybe<DatePrecision>;
  dateText?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: NegotiationKind;
  name: Scalars['String']['input'];
  provenance: ProvenanceInput;
  round?: InputMaybe<Scalars['Int']['input']>;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of negotiation or diplomatic contact. */
export type NegotiationKind =
  | 'OTHER'
  | 'PEACE_TALKS'
  | 'SHUTTLE_DIPLOMACY'
  | 'SUMMIT'
  | 'TALKS_ROUND';

/** Changes to a negotiation; omitted fields keep their value. */
export type NegotiationPatch = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  date?: InputMaybe<Scalars['Date']['input']>;
  datePrecision?: InputMaybe<DatePrecision>;
  dateText?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<NegotiationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  provenance: ProvenanceInput;
  round?: InputMaybe<Scalars['Int']['input']>;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Filter for `negotiations`. */
export type NegotiationWhere = {
  /** Only negotiations under way on or after this date: whose last day (`endDate`, else `date`, to the end of its precision period, so a YEAR date covers its year) is on or after it. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only negotiations under way on or before this date: they start on or before it. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only negotiations of these kinds. */
  kind?: InputMaybe<Array<NegotiationKind>>;
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only records of this origin (curated by hand, or extracted by ingestion). */
  origin?: InputMaybe<Origin>;
  /** Only negotiations this entity is a party to or took part in. */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Only negotiations held in this place or any place inside it; a round or day (PART_OF) with no venue of its own counts as held where its negotiation was. */
  place?: InputMaybe<Scalars['ID']['input']>;
};

/** Anything with a globally unique, stable id. Ids are readable slugs such as `vitali-klitschko`. */
export type Node = {
  /** Stable, globally unique id. */
  id: Scalars['ID']['output'];
};

/** An organization, agency, office, delegation or group of officials. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  /** How sure ingestion was of an extracted record, from 0 to 1; null for curated records, which are asserted, not scored. */
  confidence?: Maybe<Scalars['Float']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Events it carried out. */
  eventsCarriedOut: Array<Event>;
  /** Figures it reported. */
  figuresReported: Array<Figure>;
  id: Scalars['ID']['output'];
  /** What kind of organization this is. */
  kind: OrganizationKind;
  /** Where it is based. */
  locatedIn: Array<Place>;
  /** People acting for it. */
  members: Array<Role>;
  mentions: Array<Mention>;
  name: Scalars['String']['output'];
  /** Negotiations it is a party to. */
  negotiations: Array<Negotiation>;
  /** Whether it was curated by hand (seed files, mutations) or extracted from article text by ingestion. */
  origin: Origin;
  /** Negotiations and events it took part in. */
  participations: Array<Participation>;
  /** Positions it takes on proposals. */
  positions: Array<Position>;
  /** Proposals it pushes. */
  proposals: Array<Proposal>;
  relationships: Array<Relationship>;
  /** Events it responded to. */
  respondedTo: Array<Event>;
  /** Statements it made. */
  statements: Array<Statement>;
  /** Statements made about it. */
  statementsAbout: Array<Statement>;
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** An organization, agency, office, delegation or group of officials. */
export type OrganizationMentionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization, agency, office, delegation or group of officials. */
export type OrganizationRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  /** Number of organizations matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque keyset cursor; stays valid when items are added before it. */
  cursor: Scalars['String']['output'];
  node: Organization;
};

/** Fields of a new or replaced organization. */
export type OrganizationInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: OrganizationKind;
  name: Scalars['String']['input'];
  provenance: ProvenanceInput;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of organization. */
export type OrganizationKind =
  | 'AUTHORITIES'
  | 'DELEGATION'
  | 'EXECUTIVE_OFFICE'
  | 'GOVERNMENT'
  | 'GOVERNMENT_AGENCY'
  | 'INTERNATIONAL_FORUM'
  | 'LEGISLATURE'
  | 'MINISTRY'
  | 'OTHER';

/** Changes to an organization; omitted fields keep their value. */
export type OrganizationPatch = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  provenance: ProvenanceInput;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Filter for `organizations`. */
export type OrganizationWhere = {
  /** Only organizations of these kinds. */
  kind?: InputMaybe<Array<OrganizationKind>>;
  /** Only organizations based in this place or a place inside it. */
  locatedIn?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only records of this origin (curated by hand, or extracted by ingestion). */
  origin?: InputMaybe<Origin>;
};

/** Where a record comes from: curated by hand, or extracted from an article's text by ingestion. */
export type Origin =
  /** Written by hand: seed files and mutations. */
  | 'CURATED'
  /** Extracted from article text by `ingestArticle`. */
  | 'EXTRACTED';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on the page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge on the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Taking part in a negotiation or event. */
export type Participation = {
  __typename?: 'Participation';
  /** Relationship id. */
  id: Scalars['ID']['output'];
  /** The negotiation or event. */
  in: Entity;
  /** Who took part. */
  participant: Entity;
  /** Where the article states it. */
  provenance: Array<Mention>;
  /** Their role, e.g. `special envoy`. */
  role?: Maybe<Scalars['String']['output']>;
};


/** Taking part in a negotiation or event. */
export type ParticipationProvenanceArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A path between two nodes. */
export type Path = {
  __typename?: 'Path';
  /** The edges in order; an edge's `from`/`to` keep the stored direction. */
  edges: Array<Edge>;
  /** Number of edges. */
  length: Scalars['Int']['output'];
  /** The nodes in order, from start to end. */
  nodes: Array<Node>;
};

/** A person named in the article. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  /** Articles this person wrote. */
  authored: Array<Article>;
  /** How sure ingestion was of an extracted record, from 0 to 1; null for curated records, which are asserted, not scored. */
  confidence?: Maybe<Scalars['Float']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Figures this person reported. */
  figuresReported: Array<Figure>;
  id: Scalars['ID']['output'];
  mentions: Array<Mention>;
  name: Scalars['String']['output'];
  /** Whether it was curated by hand (seed files, mutations) or extracted from article text by ingestion. */
  origin: Origin;
  /** Negotiations and events this person took part in. */
  participations: Array<Participation>;
  /** Positions this person takes on proposals. */
  positions: Array<Position>;
  /** Proposals this person pushes. */
  proposals: Array<Proposal>;
  relationships: Array<Relationship>;
  /** The roles the article gives this person and whom they act for. */
  roles: Array<Role>;
  /** Statements this person made. */
  statements: Array<Statement>;
  /** Statements made about this person. */
  statementsAbout: Array<Statement>;
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A person named in the article. */
export type PersonMentionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in the article. */
export type PersonRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  /** Number of people matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque keyset cursor; stays valid when items are added before it. */
  cursor: Scalars['String']['output'];
  node: Person;
};

/** Fields of a new or replaced person. */
export type PersonInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Id to use; derived from the name when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  provenance: ProvenanceInput;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a person; omitted fields keep their value. */
export type PersonPatch = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  provenance: ProvenanceInput;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Filter for `people`. */
export type PersonWhere = {
  /** Only people holding a role for this organization or place. */
  actsFor?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only records of this origin (curated by hand, or extracted by ingestion). */
  origin?: InputMaybe<Origin>;
};

/** A place: a country, region, city, district or village. */
export type Place = Entity & Node & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  /** The capital of this country. */
  capital?: Maybe<Place>;
  /** The country this place is the capital of. */
  capitalOf?: Maybe<Place>;
  /** How sure ingestion was of an extracted record, from 0 to 1; null for curated records, which are asserted, not scored. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The places that lie directly in this one. */
  contains: Array<Place>;
  description?: Maybe<Scalars['String']['output']>;
  /** Events that happened here (and, with `includeContained`, in the places inside it). */
  events: Array<Event>;
  /** Events this country carried out. */
  eventsCarriedOut: Array<Event>;
  /** Casualty and other figures reported for this place. */
  figures: Array<Figure>;
  /** Figures this country reported. */
  figuresReported: Array<Figure>;
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 code for countries, ISO 3166-2 for their subdivisions. */
  iso3166?: Maybe<Scalars['String']['output']>;
  /** What kind of place this is. */
  kind: PlaceKind;
  /** Latitude in decimal degrees (WGS 84). */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Longitude in decimal degrees (WGS 84). */
  longitude?: Maybe<Scalars['Float']['output']>;
  mentions: Array<Mention>;
  name: Scalars['String']['output'];
  /** Proposals, events and negotiations named after this place (the Anchorage formula). */
  namesakes: Array<Entity>;
  /** Negotiations this country is a party to. */
  negotiations: Array<Negotiation>;
  /** Negotiations held here. */
  negotiationsHeld: Array<Negotiation>;
  /** People who act for this place (mayors, presidents, lawmakers). */
  officials: Array<Role>;
  /** Organizations based here. */
  organizations: Array<Organization>;
  /** Whether it was curated by hand (seed files, mutations) or extracted from article text by ingestion. */
  origin: Origin;
  /** The places this one lies in, nearest first. */
  partOf: Array<Place>;
  /** Negotiations and events this country took part in (e.g. as a party to a war). */
  participations: Array<Participation>;
  /** Positions this country takes on proposals. */
  positions: Array<Position>;
  /** Proposals this country pushes. */
  proposals: Array<Proposal>;
  /** Proposals that concern this place. */
  proposalsConcerning: Array<Proposal>;
  relationships: Array<Relationship>;
  /** Statements attributed to this country. */
  statements: Array<Statement>;
  /** Statements about this place. */
  statementsAbout: Array<Statement>;
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A place: a country, region, city, district or village. */
export type PlaceEventsArgs = {
  includeContained?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A place: a country, region, city, district or village. */
export type PlaceMentionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place: a country, region, city, district or village. */
export type PlaceRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of places. */
export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceEdge>;
  pageInfo: PageInfo;
  /** Number of places matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  /** Opaque keyset cursor; stays valid when items are added before it. */
  cursor: Scalars['String']['output'];
  node: Place;
};

/** Fields of a new or replaced place. */
export type PlaceInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  iso3166?: InputMaybe<Scalars['String']['input']>;
  kind: PlaceKind;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  provenance: ProvenanceInput;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of place. */
export type PlaceKind =
  | 'CITY'
  | 'COUNTRY'
  | 'DISTRICT'
  | 'HISTORICAL_REGION'
  | 'REGION'
  | 'VILLAGE';

/** Changes to a place; omitted fields keep their value. */
export type PlacePatch = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  iso3166?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PlaceKind>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  provenance: ProvenanceInput;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Filter for `places`. */
export type PlaceWhere = {
  /** Only places of these kinds. */
  kind?: InputMaybe<Array<PlaceKind>>;
  /** Case-insensitive substring of the name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only records of this origin (curated by hand, or extracted by ingestion). */
  origin?: InputMaybe<Origin>;
  /** Only places lying (at any depth) inside this place. */
  within?: InputMaybe<Scalars['ID']['input']>;
};

/** A party's position on a proposal. */
export type Position = {
  __typename?: 'Position';
  /** Who holds the position. */
  holder: Entity;
  /** Relationship id. */
  id: Scalars['ID']['output'];
  /** The proposal. */
  proposal: Proposal;
  /** Where the article states it. */
  provenance: Array<Mention>;
  /** Their stance. */
  stance: Stance;
  /** Their position in a sentence. */
  summary?: Maybe<Scalars['String']['output']>;
};


/** A party's position on a proposal. */
export type PositionProvenanceArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An entity found in a previewed article. */
export type PreviewEntity = {
  __typename?: 'PreviewEntity';
  /** How sure the extraction (or, when linked, the link) is, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The node it would link to, or the one it would create. */
  link: PreviewLink;
  /** Where the article names it. */
  mentions: Array<TextSpan>;
  /** The fullest name the article uses. */
  name: Scalars['String']['output'];
  /** PERSON, PLACE or ORGANIZATION. */
  type: EntityType;
};

/** A figure found in a previewed article. */
export type PreviewFigure = {
  __typename?: 'PreviewFigure';
  /** Null when the article gives no number. */
  count?: Maybe<Scalars['Int']['output']>;
  /** What is counted. */
  measure: FigureMeasure;
  /** How exact the count is. */
  qualifier: FigureQualifier;
  /** How the article names who reported it. */
  reporter?: Maybe<Scalars['String']['output']>;
  /** The words that give the figure. */
  span: TextSpan;
};

/** Where a previewed entity would go. */
export type PreviewLink = {
  __typename?: 'PreviewLink';
  /** The node's id: an existing node's, or the id a new node would get. */
  id: Scalars['ID']['output'];
  /** True when ingesting would create the node. */
  isNew: Scalars['Boolean']['output'];
  /** The node's label: Person, Place or Organization. */
  label: Scalars['String']['output'];
  /** The existing node's name, or the new node's. */
  name: Scalars['String']['output'];
};

/** A quote or reported speech found in a previewed article. */
export type PreviewStatement = {
  __typename?: 'PreviewStatement';
  /** True for words inside quotation marks. */
  isDirectQuote: Scalars['Boolean']['output'];
  /** The quoted words or the reported clause. */
  span: TextSpan;
  /** How the article names the speaker. */
  speaker?: Maybe<Scalars['String']['output']>;
  /** The speaker's node id (existing or new), when the speaker is an entity. */
  speakerId?: Maybe<Scalars['ID']['output']>;
  /** The quote or the reported clause, as it would be stored. */
  text: Scalars['String']['output'];
};

/** A proposal, demand, condition or appeal pushed by a party. */
export type Proposal = Entity & Node & {
  __typename?: 'Proposal';
  aliases: Array<Scalars['String']['output']>;
  /** The places (land) it concerns. */
  concerns: Array<Place>;
  /** How sure ingestion was of an extracted record, from 0 to 1; null for curated records, which are asserted, not scored. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** What it asks for. */
  demands: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Negotiations where it was discussed. */
  discussedAt: Array<Negotiation>;
  id: Scalars['ID']['output'];
  /** What kind of proposal this is. */
  kind: ProposalKind;
  mentions: Array<Mention>;
  name: Scalars['String']['output'];
  /** The place it is named after. */
  namedAfter?: Maybe<Place>;
  /** Whether it was curated by hand (seed files, mutations) or extracted from article text by ingestion. */
  origin: Origin;
  /** Each side's position on it. */
  positions: Array<Position>;
  /** Who pushes it. */
  proposedBy: Array<Entity>;
  relationships: Array<Relationship>;
  /** Statements about it. */
  statements: Array<Statement>;
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A proposal, demand, condition or appeal pushed by a party. */
export type ProposalMentionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal, demand, condition or appeal pushed by a party. */
export type ProposalRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** Fields of a new or replaced proposal. */
export type ProposalInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  demands?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ProposalKind;
  name: Scalars['String']['input'];
  provenance: ProvenanceInput;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of proposal. */
export type ProposalKind =
  | 'APPEAL'
  | 'CONDITION'
  | 'DEMAND'
  | 'PEACE_FRAMEWORK';

/** Changes to a proposal; omitted fields keep their value. */
export type ProposalPatch = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  demands?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ProposalKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  provenance: ProvenanceInput;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Where a fact written through the API comes from: an article and the exact quote stating it. */
export type ProvenanceInput = {
  /** The exact text in the article that states the fact; it must occur in the article. */
  quote: Scalars['String']['input'];
  /** Id of the source article. */
  sourceId: Scalars['ID']['input'];
  /** Offset of the quote; required when it occurs more than once (BAD_USER_INPUT lists the candidates). */
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** An article by id. */
  article?: Maybe<Article>;
  /** All source articles. */
  articles: Array<Article>;
  /** An event by id. */
  event?: Maybe<Event>;
  /** Events, a page at a time. */
  events: EventConnection;
  /** A figure by id. */
  figure?: Maybe<Figure>;
  /** Figures, optionally only one measure or those of one event. */
  figures: Array<Figure>;
  /** A negotiation by id. */
  negotiation?: Maybe<Negotiation>;
  /** Negotiations, a page at a time. */
  negotiations: NegotiationConnection;
  /** The nodes within `depth` hops of a node (at most `limit` of them, the node itself included, nearest first) and the edges between them. */
  neighborhood: Subgraph;
  /** Any node by id. */
  node?: Maybe<Node>;
  /** An organization by id. */
  organization?: Maybe<Organization>;
  /** Organizations, a page at a time. */
  organizations: OrganizationConnection;
  /** People, a page at a time. */
  people: PersonConnection;
  /** A person by id. */
  person?: Maybe<Person>;
  /** A place by id. */
  place?: Maybe<Place>;
  /** Places, a page at a time. */
  places: PlaceConnection;
  /** What `ingestArticle` would do with this article, without writing anything: its entities with the links proposed, its quotes and its figures. */
  previewArticle: ArticlePreview;
  /** A proposal by id. */
  proposal?: Maybe<Proposal>;
  /** All proposals, demands and conditions. */
  proposals: Array<Proposal>;
  /** Full-text search over entity names, aliases and descriptions; tolerant of typos and missing diacritics; best first. */
  search: Array<SearchHit>;
  /** A shortest path between two nodes, or null when none exists within `maxDepth` hops. */
  shortestPath?: Maybe<Path>;
  /** A statement by id. */
  statement?: Maybe<Statement>;
  /** Statements, optionally only those by one speaker or with one attribution. */
  statements: Array<Statement>;
  /** Events and negotiations in date order (undated last). */
  timeline: Array<TimelineItem>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedOrder>;
  where?: InputMaybe<EventWhere>;
};


export type QueryFigureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFiguresArgs = {
  event?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  measure?: InputMaybe<FigureMeasure>;
};


export type QueryNegotiationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNegotiationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedOrder>;
  where?: InputMaybe<NegotiationWhere>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
  where?: InputMaybe<OrganizationWhere>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
  where?: InputMaybe<PlaceWhere>;
};


export type QueryPreviewArticleArgs = {
  input: IngestArticleInput;
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryShortestPathArgs = {
  fromId: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  toId: Scalars['ID']['input'];
};


export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementsArgs = {
  attribution?: InputMaybe<Attribution>;
  first?: InputMaybe<Scalars['Int']['input']>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTimelineArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<TimelineWhere>;
};

/** A relationship seen from one of its ends. */
export type Relationship = {
  __typename?: 'Relationship';
  /** OUT when the asking entity is the start of the relationship. */
  direction: Direction;
  /** The start node. */
  from: Node;
  /** Stable id of the relationship (`from:TYPE:to`). */
  id: Scalars['ID']['output'];
  /** The node at the other end from the asking entity. */
  other: Node;
  /** The relationship's own properties, such as a role title or a stance. */
  properties: Scalars['JSONObject']['output'];
  /** The sentences of the article that state this relationship. */
  provenance: Array<Mention>;
  /** The end node. */
  to: Node;
  /** The relationship type. */
  type: RelationshipType;
};


/** A relationship seen from one of its ends. */
export type RelationshipProvenanceArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A new relationship between two existing nodes. */
export type RelationshipInput = {
  /** Id of the start node. */
  from: Scalars['ID']['input'];
  /** Properties allowed for the type (e.g. `title` for HOLDS_ROLE, `stance` for HAS_POSITION). */
  properties?: InputMaybe<Scalars['JSONObject']['input']>;
  provenance: ProvenanceInput;
  /** Id of the end node. */
  to: Scalars['ID']['input'];
  /** The relationship type; the kinds of both ends must fit it. */
  type: RelationshipType;
};

/** Every relationship type in the graph. */
export type RelationshipType =
  /** A statement is about something. */
  | 'ABOUT'
  /** A negotiation aims to end an event such as a war. */
  | 'AIMS_TO_END'
  /** A person wrote an article. */
  | 'AUTHORED'
  /** A city is the capital of a country. */
  | 'CAPITAL_OF'
  /** An event was carried out by a country or organization. */
  | 'CARRIED_OUT_BY'
  /** A proposal concerns a place. */
  | 'CONCERNS'
  /** Two events or negotiations happened at the same time. */
  | 'CONCURRENT_WITH'
  /** A proposal was discussed at a negotiation. */
  | 'DISCUSSED_AT'
  /** A figure counts an outcome of an event. */
  | 'FIGURE_OF'
  /** A negotiation or event follows another. */
  | 'FOLLOWS'
  /** A figure applies to a place. */
  | 'FOR_PLACE'
  /** Someone takes a position (`stance`, `summary`) on a proposal. */
  | 'HAS_POSITION'
  /** A negotiation was held in a place. */
  | 'HELD_IN'
  /** A person holds a role (the `title` property) acting for an organization or country. */
  | 'HOLDS_ROLE'
  /** An organization is based in a place. */
  | 'LOCATED_IN'
  /** A proposal is named after a place. */
  | 'NAMED_AFTER'
  /** An event took place in a place. */
  | 'OCCURRED_IN'
  /** A person, organization or country took part in a negotiation or event (the `role` property). */
  | 'PARTICIPATED_IN'
  /** A country or organization is a party to a negotiation. */
  | 'PARTY_TO'
  /** A place lies in a larger place; an event or negotiation is part of a larger one; a figure is part of a larger figure. */
  | 'PART_OF'
  /** A proposal is pushed by someone. */
  | 'PROPOSED_BY'
  /** A figure was reported by someone. */
  | 'REPORTED_BY'
  /** An organization or event responded to an event. */
  | 'RESPONDED_TO'
  /** A statement was made by someone. */
  | 'SAID_BY';

/** A role held by a person, acting for an organization or a country. */
export type Role = {
  __typename?: 'Role';
  /** The organization or place the person acts for. */
  actsFor: Entity;
  /** Relationship id. */
  id: Scalars['ID']['output'];
  /** The person holding the role. */
  person: Person;
  /** Where the article states the role. */
  provenance: Array<Mention>;
  /** The title as the article gives it, e.g. `Mayor`. */
  title: Scalars['String']['output'];
};


/** A role held by a person, acting for an organization or a country. */
export type RoleProvenanceArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A full-text search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** Relevance; higher is better. Only comparable within one search. */
  score: Scalars['Float']['output'];
};

/** A sentence of an article, with its offsets. */
export type Sentence = {
  __typename?: 'Sentence';
  /** Offset just past its last character. */
  end: Scalars['Int']['output'];
  /** Offset of its first character. */
  start: Scalars['Int']['output'];
  /** The sentence text. */
  text: Scalars['String']['output'];
};

/** Stances a party can take on a proposal. */
export type Stance =
  | 'DEMANDS'
  | 'NEUTRAL'
  | 'OPPOSES'
  | 'REJECTS'
  | 'SUPPORTS';

/** Something someone said, as the article reports it. A claim is a statement whose attribution is CLAIMED. */
export type Statement = Node & {
  __typename?: 'Statement';
  /** What it is about. */
  about: Array<Node>;
  /** How firmly it is put. */
  attribution: Attribution;
  /** How sure ingestion was of an extracted record, from 0 to 1; null for curated records, which are asserted, not scored. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The article's verb for it, e.g. `confirmed`, `warned`, `claiming`. */
  cueVerb: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True when `text` is a direct quote. */
  isDirectQuote: Scalars['Boolean']['output'];
  /** Where the article reports it. */
  mentions: Array<Mention>;
  /** Whether it was curated by hand (seed files, mutations) or extracted from article text by ingestion. */
  origin: Origin;
  /** The person, organization or country it is attributed to. */
  speaker?: Maybe<Entity>;
  /** How the article names the speaker, e.g. `Russian sources`. */
  speakerLabel?: Maybe<Scalars['String']['output']>;
  /** The quote or the article's paraphrase. */
  text: Scalars['String']['output'];
};


/** Something someone said, as the article reports it. A claim is a statement whose attribution is CLAIMED. */
export type StatementMentionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields of a new or replaced statement. Link it to its speaker and subjects with SAID_BY and ABOUT relationships. */
export type StatementInput = {
  attribution: Attribution;
  cueVerb: Scalars['String']['input'];
  /** Id to use; derived from the text when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  isDirectQuote?: InputMaybe<Scalars['Boolean']['input']>;
  provenance: ProvenanceInput;
  speakerLabel?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

/** Changes to a statement; omitted fields keep their value. */
export type StatementPatch = {
  attribution?: InputMaybe<Attribution>;
  cueVerb?: InputMaybe<Scalars['String']['input']>;
  isDirectQuote?: InputMaybe<Scalars['Boolean']['input']>;
  provenance: ProvenanceInput;
  speakerLabel?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Nodes and the edges between them: what a graph view draws. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The edges between those nodes. */
  edges: Array<Edge>;
  /** The nodes, the starting node first. */
  nodes: Array<Node>;
  /** True when `limit` cut the neighborhood short. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * Live updates over WebSocket (`graphql-transport-ws` protocol, at the same address as HTTP: `ws://host:port/graphql`).
 * Every replica follows the change feed in Neo4j, so a write through any replica reaches subscribers on all of them.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every article ingested through any replica, once its write commits, as `ingestArticle` answers it (read back from the
   * graph: an entity linked to one the graph held reports its stored confidence, not the link's). Ingesting a text that
   * is already stored writes nothing and delivers nothing.
   */
  articleIngested: IngestArticlePayload;
  /**
   * Every committed write, in sequence order without gaps. `types` keeps writes that touched a node with one of these labels
   * (e.g. `Person`; labels are looked up when the change is delivered, so a deleted node matches no type), `ids` keeps writes
   * that touched one of these node or relationship ids; both given, either matches. `since` first replays the writes after
   * that sequence number still in the feed; FEED_PRUNED if some were pruned.
   */
  graphChanged: GraphChange;
  /** The node's current state after every committed write that changes it or its relationships; `null` once it is deleted (or if it does not exist). */
  nodeChanged?: Maybe<Node>;
};


/**
 * Live updates over WebSocket (`graphql-transport-ws` protocol, at the same address as HTTP: `ws://host:port/graphql`).
 * Every replica follows the change feed in Neo4j, so a write through any replica reaches subscribers on all of them.
 */
export type SubscriptionGraphChangedArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  since?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Live updates over WebSocket (`graphql-transport-ws` protocol, at the same address as HTTP: `ws://host:port/graphql`).
 * Every replica follows the change feed in Neo4j, so a write through any replica reaches subscribers on all of them.
 */
export type SubscriptionNodeChangedArgs = {
  id: Scalars['ID']['input'];
};

/** A stretch of a previewed text (UTF-16 offsets, end exclusive). */
export type TextSpan = {
  __typename?: 'TextSpan';
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  /** The text between `start` and `end`. */
  quote: Scalars['String']['output'];
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
};

/** Events and negotiations, as they appear on a timeline. */
export type TimelineItem = Event | Negotiation;

/** Filter for `timeline`. */
export type TimelineWhere = {
  /** Only items under way on or after this date (see `EventWhere.dateFrom`). */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only items under way on or before this date (see `EventWhere.dateTo`). */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only events of these kinds (negotiations are kept unless `negotiationKind` is set or `includeNegotiations` is false). */
  eventKind?: InputMaybe<Array<EventKind>>;
  /** Include events (default true). */
  includeEvents?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include negotiations (default true). */
  includeNegotiations?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only negotiations of these kinds. */
  negotiationKind?: InputMaybe<Array<NegotiationKind>>;
  /** Only items this entity carried out, is a party to or took part in. */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Only items in this place or any place inside it, parts without a place of their own included (see `EventWhere.place`). */
  place?: InputMaybe<Scalars['ID']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  TimelineItem:
    | ( NodeRecord )
    | ( NodeRecord )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
  ;
  Node:
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<NodeRecord>;
  ArticlePreview: ResolverTypeWrapper<ArticlePreview>;
  Attribution: Attribution;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeKind: ChangeKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateSource: ResolverTypeWrapper<DateSource>;
  DateSourceKind: DateSourceKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DatedOrder: DatedOrder;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  Direction: Direction;
  Edge: ResolverTypeWrapper<RelRecord>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<NodeRecord>;
  EventConnection: ResolverTypeWrapper<ConnectionRecord>;
  EventEdge: ResolverTypeWrapper<ConnectionEdgeRecord>;
  EventInput: EventInput;
  EventKind: EventKind;
  EventPatch: EventPatch;
  EventStatus: EventStatus;
  EventWhere: EventWhere;
  Figure: ResolverTypeWrapper<NodeRecord>;
  FigureGroup: FigureGroup;
  FigureInput: FigureInput;
  FigureMeasure: FigureMeasure;
  FigurePatch: FigurePatch;
  FigureQualifier: FigureQualifier;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphChange: ResolverTypeWrapper<ChangeRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticleInput: IngestArticleInput;
  IngestArticlePayload: ResolverTypeWrapper<IngestResult>;
  IngestedEntity: ResolverTypeWrapper<IngestedEntityRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Mention: ResolverTypeWrapper<MentionRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameOrder: NameOrder;
  Negotiation: ResolverTypeWrapper<NodeRecord>;
  NegotiationConnection: ResolverTypeWrapper<ConnectionRecord>;
  NegotiationEdge: ResolverTypeWrapper<ConnectionEdgeRecord>;
  NegotiationInput: NegotiationInput;
  NegotiationKind: NegotiationKind;
  NegotiationPatch: NegotiationPatch;
  NegotiationWhere: NegotiationWhere;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<NodeRecord>;
  OrganizationConnection: ResolverTypeWrapper<ConnectionRecord>;
  OrganizationEdge: ResolverTypeWrapper<ConnectionEdgeRecord>;
  OrganizationInput: OrganizationInput;
  OrganizationKind: OrganizationKind;
  OrganizationPatch: OrganizationPatch;
  OrganizationWhere: OrganizationWhere;
  Origin: Origin;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<RelRecord>;
  Path: ResolverTypeWrapper<PathRecord>;
  Person: ResolverTypeWrapper<NodeRecord>;
  PersonConnection: ResolverTypeWrapper<ConnectionRecord>;
  PersonEdge: ResolverTypeWrapper<ConnectionEdgeRecord>;
  PersonInput: PersonInput;
  PersonPatch: PersonPatch;
  PersonWhere: PersonWhere;
  Place: ResolverTypeWrapper<NodeRecord>;
  PlaceConnection: ResolverTypeWrapper<ConnectionRecord>;
  PlaceEdge: ResolverTypeWrapper<ConnectionEdgeRecord>;
  PlaceInput: PlaceInput;
  PlaceKind: PlaceKind;
  PlacePatch: PlacePatch;
  PlaceWhere: PlaceWhere;
  Position: ResolverTypeWrapper<RelRecord>;
  PreviewEntity: ResolverTypeWrapper<PreviewEntity>;
  PreviewFigure: ResolverTypeWrapper<PreviewFigure>;
  PreviewLink: ResolverTypeWrapper<PreviewLink>;
  PreviewStatement: ResolverTypeWrapper<PreviewStatement>;
  Proposal: ResolverTypeWrapper<NodeRecord>;
  ProposalInput: ProposalInput;
  ProposalKind: ProposalKind;
  ProposalPatch: ProposalPatch;
  ProvenanceInput: ProvenanceInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relationship: ResolverTypeWrapper<RelRecord>;
  RelationshipInput: RelationshipInput;
  RelationshipType: RelationshipType;
  Role: ResolverTypeWrapper<RelRecord>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Sentence: ResolverTypeWrapper<Sentence>;
  Stance: Stance;
  Statement: ResolverTypeWrapper<NodeRecord>;
  StatementInput: StatementInput;
  StatementPatch: StatementPatch;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TextSpan: ResolverTypeWrapper<TextSpan>;
  TimelineItem: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TimelineItem']>;
  TimelineWhere: TimelineWhere;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: NodeRecord;
  ArticlePreview: ArticlePreview;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateSource: DateSource;
  DateTime: Scalars['DateTime']['output'];
  DeletePayload: DeletePayload;
  Edge: RelRecord;
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  Event: NodeRecord;
  EventConnection: ConnectionRecord;
  EventEdge: ConnectionEdgeRecord;
  EventInput: EventInput;
  EventPatch: EventPatch;
  EventWhere: EventWhere;
  Figure: NodeRecord;
  FigureInput: FigureInput;
  FigurePatch: FigurePatch;
  Float: Scalars['Float']['output'];
  GraphChange: ChangeRecord;
  ID: Scalars['ID']['output'];
  IngestArticleInput: IngestArticleInput;
  IngestArticlePayload: IngestResult;
  IngestedEntity: IngestedEntityRecord;
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Mention: MentionRecord;
  Mutation: Record<PropertyKey, never>;
  Negotiation: NodeRecord;
  NegotiationConnection: ConnectionRecord;
  NegotiationEdge: ConnectionEdgeRecord;
  NegotiationInput: NegotiationInput;
  NegotiationPatch: NegotiationPatch;
  NegotiationWhere: NegotiationWhere;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: NodeRecord;
  OrganizationConnection: ConnectionRecord;
  OrganizationEdge: ConnectionEdgeRecord;
  OrganizationInput: OrganizationInput;
  OrganizationPatch: OrganizationPatch;
  OrganizationWhere: OrganizationWhere;
  PageInfo: PageInfo;
  Participation: RelRecord;
  Path: PathRecord;
  Person: NodeRecord;
  PersonConnection: ConnectionRecord;
  PersonEdge: ConnectionEdgeRecord;
  PersonInput: PersonInput;
  PersonPatch: PersonPatch;
  PersonWhere: PersonWhere;
  Place: NodeRecord;
  PlaceConnection: ConnectionRecord;
  PlaceEdge: ConnectionEdgeRecord;
  PlaceInput: PlaceInput;
  PlacePatch: PlacePatch;
  PlaceWhere: PlaceWhere;
  Position: RelRecord;
  PreviewEntity: PreviewEntity;
  PreviewFigure: PreviewFigure;
  PreviewLink: PreviewLink;
  PreviewStatement: PreviewStatement;
  Proposal: NodeRecord;
  ProposalInput: ProposalInput;
  ProposalPatch: ProposalPatch;
  ProvenanceInput: ProvenanceInput;
  Query: Record<PropertyKey, never>;
  Relationship: RelRecord;
  RelationshipInput: RelationshipInput;
  Role: RelRecord;
  SearchHit: SearchHitRecord;
  Sentence: Sentence;
  Statement: NodeRecord;
  StatementInput: StatementInput;
  StatementPatch: StatementPatch;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
  Subscription: Record<PropertyKey, never>;
  TextSpan: TextSpan;
  TimelineItem: ResolversUnionTypes<ResolversParentTypes>['TimelineItem'];
  TimelineWhere: TimelineWhere;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  authors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<ArticleMentionsArgs, 'first'>>;
  publishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticlePreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticlePreview'] = ResolversParentTypes['ArticlePreview']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['PreviewEntity']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['PreviewFigure']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['PreviewStatement']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DateSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DateSource'] = ResolversParentTypes['DateSource']> = {
  kind?: Resolver<ResolversTypes['DateSourceKind'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<EdgeProvenanceArgs, 'first'>>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Event' | 'Negotiation' | 'Organization' | 'Person' | 'Place' | 'Proposal', ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  acledEventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  acledSubEventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concurrentWith?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  damaged?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  dateSource?: Resolver<Maybe<ResolversTypes['DateSource']>, ParentType, ContextType>;
  dateText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  followedBy?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  follows?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<EventMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namedAfter?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  negotiationsToEnd?: Resolver<Array<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Origin'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  perpetrators?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<EventRelationshipsArgs, 'direction' | 'first'>>;
  responders?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  respondsTo?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  responses?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  subEvents?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  weapons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type FigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = {
  breakdown?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['FigureGroup'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAggregate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['FigureMeasure'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<FigureMentionsArgs, 'first'>>;
  origin?: Resolver<ResolversTypes['Origin'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['FigureQualifier'], ParentType, ContextType>;
  reportedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphChange'] = ResolversParentTypes['GraphChange']> = {
  committedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  relationshipIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestArticlePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestArticlePayload'] = ResolversParentTypes['IngestArticlePayload']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['IngestedEntity']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
};

export type IngestedEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestedEntity'] = ResolversParentTypes['IngestedEntity']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Sentence'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  createFigure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType, RequireFields<MutationCreateFigureArgs, 'input'>>;
  createNegotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType, RequireFields<MutationCreateNegotiationArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'input'>>;
  createPlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationCreatePlaceArgs, 'input'>>;
  createProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationCreateProposalArgs, 'input'>>;
  createRelationship?: Resolver<ResolversTypes['Edge'], ParentType, ContextType, RequireFields<MutationCreateRelationshipArgs, 'input'>>;
  createStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationCreateStatementArgs, 'input'>>;
  deleteEvent?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteEventArgs, 'id'>>;
  deleteFigure?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteFigureArgs, 'id'>>;
  deleteNegotiation?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteNegotiationArgs, 'id'>>;
  deleteOrganization?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteOrganizationArgs, 'id'>>;
  deletePerson?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeletePersonArgs, 'id'>>;
  deletePlace?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeletePlaceArgs, 'id'>>;
  deleteProposal?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteProposalArgs, 'id'>>;
  deleteRelationship?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteRelationshipArgs, 'id'>>;
  deleteStatement?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteStatementArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestArticlePayload'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'id' | 'patch'>>;
  updateFigure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType, RequireFields<MutationUpdateFigureArgs, 'id' | 'patch'>>;
  updateNegotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType, RequireFields<MutationUpdateNegotiationArgs, 'id' | 'patch'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'id' | 'patch'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'id' | 'patch'>>;
  updatePlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationUpdatePlaceArgs, 'id' | 'patch'>>;
  updateProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationUpdateProposalArgs, 'id' | 'patch'>>;
  updateRelationship?: Resolver<ResolversTypes['Edge'], ParentType, ContextType, RequireFields<MutationUpdateRelationshipArgs, 'id' | 'properties' | 'provenance'>>;
  updateStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationUpdateStatementArgs, 'id' | 'patch'>>;
  upsertEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpsertEventArgs, 'input'>>;
  upsertFigure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType, RequireFields<MutationUpsertFigureArgs, 'input'>>;
  upsertNegotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType, RequireFields<MutationUpsertNegotiationArgs, 'input'>>;
  upsertOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpsertOrganizationArgs, 'input'>>;
  upsertPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUpsertPersonArgs, 'input'>>;
  upsertPlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationUpsertPlaceArgs, 'input'>>;
  upsertProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationUpsertProposalArgs, 'input'>>;
  upsertRelationship?: Resolver<ResolversTypes['Edge'], ParentType, ContextType, RequireFields<MutationUpsertRelationshipArgs, 'input'>>;
  upsertStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationUpsertStatementArgs, 'input'>>;
};

export type NegotiationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Negotiation'] = ResolversParentTypes['Negotiation']> = {
  aimsToEnd?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concurrentWith?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  dateSource?: Resolver<Maybe<ResolversTypes['DateSource']>, ParentType, ContextType>;
  dateText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  followedBy?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  follows?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NegotiationKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<NegotiationMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namedAfter?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Origin'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<NegotiationRelationshipsArgs, 'direction' | 'first'>>;
  round?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  venues?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NegotiationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NegotiationConnection'] = ResolversParentTypes['NegotiationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NegotiationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NegotiationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NegotiationEdge'] = ResolversParentTypes['NegotiationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Event' | 'Figure' | 'Negotiation' | 'Organization' | 'Person' | 'Place' | 'Proposal' | 'Statement', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventsCarriedOut?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  figuresReported?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  locatedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<OrganizationMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  negotiations?: Resolver<Array<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Origin'], ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<OrganizationRelationshipsArgs, 'direction' | 'first'>>;
  respondedTo?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  statementsAbout?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  in?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<ParticipationProvenanceArgs, 'first'>>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authored?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  figuresReported?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<PersonMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Origin'], ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PersonRelationshipsArgs, 'direction' | 'first'>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  statementsAbout?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  capital?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  capitalOf?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  contains?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<PlaceEventsArgs, 'includeContained'>>;
  eventsCarriedOut?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  figuresReported?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso3166?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<PlaceMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namesakes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  negotiations?: Resolver<Array<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  negotiationsHeld?: Resolver<Array<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  officials?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Origin'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  proposalsConcerning?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PlaceRelationshipsArgs, 'direction' | 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  statementsAbout?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  holder?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<PositionProvenanceArgs, 'first'>>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PreviewEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewEntity'] = ResolversParentTypes['PreviewEntity']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['PreviewLink'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type PreviewFigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewFigure'] = ResolversParentTypes['PreviewFigure']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['FigureMeasure'], ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['FigureQualifier'], ParentType, ContextType>;
  reporter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  span?: Resolver<ResolversTypes['TextSpan'], ParentType, ContextType>;
};

export type PreviewLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewLink'] = ResolversParentTypes['PreviewLink']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PreviewStatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewStatement'] = ResolversParentTypes['PreviewStatement']> = {
  isDirectQuote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  span?: Resolver<ResolversTypes['TextSpan'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speakerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  demands?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discussedAt?: Resolver<Array<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProposalKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<ProposalMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namedAfter?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Origin'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  proposedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ProposalRelationshipsArgs, 'direction' | 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'orderBy'>>;
  figure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType, RequireFields<QueryFigureArgs, 'id'>>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType, RequireFields<QueryFiguresArgs, 'first'>>;
  negotiation?: Resolver<Maybe<ResolversTypes['Negotiation']>, ParentType, ContextType, RequireFields<QueryNegotiationArgs, 'id'>>;
  negotiations?: Resolver<ResolversTypes['NegotiationConnection'], ParentType, ContextType, RequireFields<QueryNegotiationsArgs, 'first' | 'orderBy'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first' | 'orderBy'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'orderBy'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, RequireFields<QueryPlacesArgs, 'first' | 'orderBy'>>;
  previewArticle?: Resolver<ResolversTypes['ArticlePreview'], ParentType, ContextType, RequireFields<QueryPreviewArticleArgs, 'input'>>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<QueryProposalArgs, 'id'>>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'fromId' | 'maxDepth' | 'toId'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first'>>;
};

export type RelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<RelationshipProvenanceArgs, 'first'>>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  actsFor?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<RoleProvenanceArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SentenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sentence'] = ResolversParentTypes['Sentence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  attribution?: Resolver<ResolversTypes['Attribution'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cueVerb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDirectQuote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<StatementMentionsArgs, 'first'>>;
  origin?: Resolver<ResolversTypes['Origin'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  speakerLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  articleIngested?: SubscriptionResolver<ResolversTypes['IngestArticlePayload'], "articleIngested", ParentType, ContextType>;
  graphChanged?: SubscriptionResolver<ResolversTypes['GraphChange'], "graphChanged", ParentType, ContextType, Partial<SubscriptionGraphChangedArgs>>;
  nodeChanged?: SubscriptionResolver<Maybe<ResolversTypes['Node']>, "nodeChanged", ParentType, ContextType, RequireFields<SubscriptionNodeChangedArgs, 'id'>>;
};

export type TextSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  __resolveType: TypeResolveFn<'Event' | 'Negotiation', ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Article?: ArticleResolvers<ContextType>;
  ArticlePreview?: ArticlePreviewResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateSource?: DateSourceResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  GraphChange?: GraphChangeResolvers<ContextType>;
  IngestArticlePayload?: IngestArticlePayloadResolvers<ContextType>;
  IngestedEntity?: IngestedEntityResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Negotiation?: NegotiationResolvers<ContextType>;
  NegotiationConnection?: NegotiationConnectionResolvers<ContextType>;
  NegotiationEdge?: NegotiationEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PreviewEntity?: PreviewEntityResolvers<ContextType>;
  PreviewFigure?: PreviewFigureResolvers<ContextType>;
  PreviewLink?: PreviewLinkResolvers<ContextType>;
  PreviewStatement?: PreviewStatementResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Sentence?: SentenceResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
};

