import { beforeAll, describe, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { checkRelationRow, ids, type RelationRow } from '../helpers/relationRows.js';
import { useTestServer } from '../helpers/testServer.js';

// Relationship fields of places, each checked from both ends. A fixture under this
// file's prefix supplies the one relationship the article has no example of: a
// figure reported by a country.

const P = testPrefix('api-relpl');
const t = useTestServer({ cleanupPrefix: P });

beforeAll(async () => {
  await t.db.write({
    cypher: `
      CREATE (pl:Node:Entity:Place {id: $p + '-place', name: 'Fixture place', kind: 'COUNTRY'})
      CREATE (f:Node:Figure {id: $p + '-figure', measure: 'KILLED', count: 2, qualifier: 'EXACTLY', text: 'two'})
      CREATE (f)-[:REPORTED_BY {id: f.id + ':REPORTED_BY:' + pl.id}]->(pl)`,
    params: { p: P },
  });
});

describe('Place', () => {
  it.each<RelationRow>([
    [
      'Place.partOf (nearest first)',
      'place',
      'industrialnyi-district',
      'partOf { __typename id }',
      {
        partOf: [
          { __typename: 'Place', id: 'kharkiv' },
          { __typename: 'Place', id: 'kharkiv-oblast' },
          { __typename: 'Place', id: 'ukraine' },
        ],
      },
    ],
    [
      'Place.contains',
      'place',
      'kharkiv-oblast',
      'contains { id }',
      { contains: ids('kharkiv', 'village-northeast-of-kharkiv') },
    ],
    ['Place.capitalOf', 'place', 'kyiv', 'capitalOf { id kind }', { capitalOf: { id: 'ukraine', kind: 'COUNTRY' } }],
    ['Place.capital', 'place', 'russia', 'capital { id }', { capital: { id: 'moscow' } }],
    ['Place.capital (none)', 'place', 'kharkiv', 'capital { id } capitalOf { id }', { capital: null, capitalOf: null }],
    [
      'Place.eventsCarriedOut',
      'place',
      'russia',
      'eventsCarriedOut { id }',
      {
        eventsCarriedOut: ids(
          'attack-kyiv-2026-01-23',
          'attack-kharkiv-2026-01-23',
          'russian-air-attacks-2026-01-23',
          'village-capture-northeast-of-kharkiv',
        ),
      },
    ],
    [
      'Place.negotiationsHeld',
      'place',
      'abu-dhabi',
      'negotiationsHeld { __typename id }',
      {
        negotiationsHeld: [
          { __typename: 'Negotiation', id: 'abu-dhabi-talks-2026' },
          { __typename: 'Negotiation', id: 'abu-dhabi-talks-2026-day-2' },
        ],
      },
    ],
    ['Place.negotiations', 'place', 'ukraine', 'negotiations { id }', { negotiations: ids('abu-dhabi-talks-2026') }],
    [
      'Place.organizations',
      'place',
      'russia',
      'organizations { __typename id }',
      {
        organizations: ['kremlin', 'russian-delegation', 'russian-foreign-ministry'].map((id) => ({
          __typename: 'Organization',
          id,
        })),
      },
    ],
    [
      'Place.figures',
      'place',
      'kyiv',
      'figures { id }',
      {
        figures: ids(
          'figure-killed-at-least-one',
          'figure-kyiv-wounded-four',
          'figure-injured-nearly-twenty',
          'figure-kyiv-hospitalized-three',
        ),
      },
    ],
    [
      'Place.proposalsConcerning',
      'place',
      'donbas',
      'proposalsConcerning { id }',
      { proposalsConcerning: ids('donbas-control-condition') },
    ],
    [
      'Place.proposals',
      'place',
      'russia',
      'proposals { id }',
      { proposals: ids('anchorage-formula', 'territorial-concessions-demand') },
    ],
    [
      'Place.positions',
      'place',
      'russia',
      'positions { stance summary proposal { id } }',
      {
        positions: [
          {
            stance: 'SUPPORTS',
            summary: 'Moscow is pushing for the Anchorage formula.',
            proposal: { id: 'anchorage-formula' },
          },
          {
            stance: 'DEMANDS',
            summary: 'Russia has reiterated its demand for territorial concessions as part of any peace agreement.',
            proposal: { id: 'territorial-concessions-demand' },
          },
        ],
      },
    ],
    [
      'Place.statements',
      'place',
      'russia',
      'statements { id }',
      {
        statements: ids(
          'statement-russian-sources-ongoing',
          'statement-russia-village-capture',
          'statement-russia-territorial-demand',
        ),
      },
    ],
    [
      'Place.statementsAbout',
      'place',
      'ukraine',
      'statementsAbout { id }',
      { statementsAbout: ids('statement-rudik-energy-strain', 'statement-rudik-power-system') },
    ],
    [
      'Place.participations',
      'place',
      'russia',
      'participations { participant { id } in { __typename id } }',
      { participations: [{ participant: { id: 'russia' }, in: { __typename: 'Event', id: 'russia-ukraine-war' } }] },
    ],
    [
      'Place.namesakes',
      'place',
      'anchorage',
      'namesakes { __typename id }',
      { namesakes: [{ __typename: 'Proposal', id: 'anchorage-formula' }] },
    ],
    ['Place.figuresReported', 'place', `${P}-place`, 'figuresReported { id }', { figuresReported: ids(`${P}-figure`) }],
  ])('%s', (...row) => checkRelationRow(t, row));
});
