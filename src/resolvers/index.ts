import type { Resolvers } from '../schema/generated/resolvers.js';
import { Entity, Node, TimelineItem } from './abstractTypes.js';
import { Article } from './article.js';
import { Event } from './event.js';
import { Figure } from './figure.js';
import { IngestArticlePayload, IngestedEntity } from './ingest.js';
import { Mention } from './mention.js';
import { Mutation } from './mutation.js';
import { Negotiation } from './negotiation.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { Proposal } from './proposal.js';
import { Query } from './query.js';
import { Edge, Participation, Position, Relationship, Role } from './relationship.js';
import { Date, DateTime, JSONObject } from './scalars.js';
import { Statement } from './statement.js';
import { GraphChange, Subscription } from './subscription.js';

/** The whole resolver map, one module per GraphQL type. */
export const resolvers: Resolvers = {
  Date,
  DateTime,
  JSONObject,
  Node,
  Entity,
  TimelineItem,
  Query,
  Mutation,
  Person,
  Place,
  Organization,
  Event,
  Negotiation,
  Proposal,
  Statement,
  Figure,
  Article,
  Mention,
  IngestArticlePayload,
  IngestedEntity,
  Relationship,
  Edge,
  Role,
  Participation,
  Position,
  Subscription,
  GraphChange,
};
