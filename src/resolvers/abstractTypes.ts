import type { EntityResolvers, NodeResolvers, TimelineItemResolvers } from '../schema/generated/resolvers.js';

// Every record carries its label, which is its GraphQL type name; this is what
// Apollo Client's possibleTypes and fragment matching rely on.
export const Node: NodeResolvers = { __resolveType: (n) => n.__label };
export const Entity: EntityResolvers = {
  __resolveType: (n) => n.__label as 'Person' | 'Place' | 'Organization' | 'Event' | 'Negotiation' | 'Proposal',
};
export const TimelineItem: TimelineItemResolvers = {
  __resolveType: (n) => n.__label as 'Event' | 'Negotiation',
};
