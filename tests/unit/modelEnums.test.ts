import { buildASTSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTIONS,
  DATE_PRECISIONS,
  DATE_SOURCE_KINDS,
  ENTITY_LABELS,
  EVENT_KINDS,
  EVENT_STATUSES,
  FIGURE_GROUPS,
  FIGURE_MEASURES,
  FIGURE_QUALIFIERS,
  NEGOTIATION_KINDS,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PROPOSAL_KINDS,
  RELATIONSHIP_TYPE_NAMES,
  STANCES,
} from '../../src/model.js';
import { typeDefs } from '../../src/schema/typeDefs.js';
import { CHANGE_KINDS } from '../../src/write/changeSet.js';

// The schema's enums are written by hand in schema.graphql; the seeder, the writer
// and the Cypher builders check values against src/model.ts. A value in one and not
// the other is either refused on write or unanswerable on read, so they must agree.
const schema = buildASTSchema(typeDefs);
const valuesOf = (name: string): string[] => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((v) => v.name);
};

describe('the GraphQL enums and src/model.ts', () => {
  it.each([
    ['RelationshipType', RELATIONSHIP_TYPE_NAMES],
    ['PlaceKind', PLACE_KINDS],
    ['OrganizationKind', ORGANIZATION_KINDS],
    ['EventKind', EVENT_KINDS],
    ['EventStatus', EVENT_STATUSES],
    ['NegotiationKind', NEGOTIATION_KINDS],
    ['ProposalKind', PROPOSAL_KINDS],
    ['Stance', STANCES],
    ['Attribution', ATTRIBUTIONS],
    ['FigureMeasure', FIGURE_MEASURES],
    ['FigureQualifier', FIGURE_QUALIFIERS],
    ['FigureGroup', FIGURE_GROUPS],
    ['DatePrecision', DATE_PRECISIONS],
    ['DateSourceKind', DATE_SOURCE_KINDS],
    ['ChangeKind', CHANGE_KINDS],
  ] as const)('%s has exactly the model’s values', (name, values) => {
    expect(valuesOf(name).sort()).toEqual([...values].sort());
  });

  it('EntityType names each entity label', () => {
    expect(valuesOf('EntityType').sort()).toEqual(ENTITY_LABELS.map((l) => l.toUpperCase()).sort());
  });
});
