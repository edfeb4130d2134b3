import { beforeAll, describe, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { checkRelationRow, ids, typed, type RelationRow } from '../helpers/relationRows.js';
import { useTestServer } from '../helpers/testServer.js';

// Relationship fields of negotiations, proposals, statements, figures and the
// article, each checked from both ends. A fixture under this file's prefix supplies
// a negotiation named after a place, which the article has no example of.

const P = testPrefix('api-reldip');
const t = useTestServer({ cleanupPrefix: P });

beforeAll(async () => {
  await t.db.write({
    cypher: `
      CREATE (pl:Node:Entity:Place {id: $p + '-place', name: 'Fixture place', kind: 'CITY'})
      CREATE (n:Node:Entity:Negotiation {id: $p + '-talks', name: 'Fixture talks', kind: 'OTHER'})
      CREATE (n)-[:NAMED_AFTER {id: n.id + ':NAMED_AFTER:' + pl.id}]->(pl)`,
    params: { p: P },
  });
});

describe('Negotiation', () => {
  it.each<RelationRow>([
    [
      'Negotiation.venues',
      'negotiation',
      'abu-dhabi-talks-2026',
      'venues { __typename id }',
      { venues: typed('Place', 'abu-dhabi') },
    ],
    [
      'Negotiation.parties',
      'negotiation',
      'abu-dhabi-talks-2026',
      'parties { __typename id }',
      { parties: typed('Place', 'russia', 'ukraine', 'united-states') },
    ],
    [
      'Negotiation.participants',
      'negotiation',
      'davos-shuttle-diplomacy',
      'participants { participant { __typename id } role }',
      {
        participants: [
          { participant: { __typename: 'Person', id: 'steve-witkoff' }, role: 'special envoy' },
          { participant: { __typename: 'Person', id: 'vladimir-putin' }, role: null },
          { participant: { __typename: 'Person', id: 'volodymyr-zelenskyy' }, role: null },
        ],
      },
    ],
    [
      'Negotiation.partOf',
      'negotiation',
      'abu-dhabi-talks-2026-day-2',
      'partOf { id }',
      { partOf: { id: 'abu-dhabi-talks-2026' } },
    ],
    [
      'Negotiation.rounds (dated first)',
      'negotiation',
      'abu-dhabi-talks-2026',
      'rounds { id round }',
      {
        rounds: [
          { id: 'abu-dhabi-talks-2026-day-2', round: null },
          { id: 'abu-dhabi-talks-2026-round-1', round: 1 },
        ],
      },
    ],
    [
      'Negotiation.follows',
      'negotiation',
      'abu-dhabi-talks-2026',
      'follows { __typename ... on Negotiation { id } }',
      { follows: typed('Negotiation', 'davos-shuttle-diplomacy') },
    ],
    [
      'Negotiation.followedBy',
      'negotiation',
      'davos-shuttle-diplomacy',
      'followedBy { __typename ... on Negotiation { id } } concurrentWith { __typename ... on Event { id } }',
      {
        followedBy: typed('Negotiation', 'abu-dhabi-talks-2026'),
        concurrentWith: typed('Event', 'world-economic-forum-davos-2026'),
      },
    ],
    [
      'Negotiation.aimsToEnd',
      'negotiation',
      'abu-dhabi-talks-2026',
      'aimsToEnd { id }',
      { aimsToEnd: ids('russia-ukraine-war') },
    ],
    [
      'Negotiation.proposals',
      'negotiation',
      'trump-putin-talks-2025',
      'proposals { id }',
      { proposals: ids('anchorage-formula') },
    ],
    [
      'Negotiation.statements (how each side described it)',
      'negotiation',
      'abu-dhabi-talks-2026',
      'statements { id speaker { id } }',
      {
        statements: [
          { id: 'statement-russian-sources-ongoing', speaker: { id: 'russia' } },
          { id: 'statement-zelenskyy-territorial-integrity', speaker: { id: 'volodymyr-zelenskyy' } },
        ],
      },
    ],
    ['Negotiation.namedAfter', 'negotiation', `${P}-talks`, 'namedAfter { id }', { namedAfter: { id: `${P}-place` } }],
  ])('%s', (...row) => checkRelationRow(t, row));
});

describe('Proposal, Statement, Figure and Article', () => {
  it.each<RelationRow>([
    [
      'Proposal.proposedBy (a person and an organization)',
      'proposal',
      'donbas-control-condition',
      'proposedBy { __typename id }',
      {
        proposedBy: [
          { __typename: 'Person', id: 'dmitry-peskov' },
          { __typename: 'Organization', id: 'kremlin' },
        ],
      },
    ],
    [
      'Proposal.concerns and namedAfter',
      'proposal',
      'anchorage-formula',
      'concerns { id } namedAfter { id } discussedAt { id }',
      {
        concerns: ids('donetsk-oblast', 'luhansk-oblast'),
        namedAfter: { id: 'anchorage' },
        discussedAt: ids('trump-putin-talks-2025'),
      },
    ],
    [
      'Proposal.positions',
      'proposal',
      'territorial-concessions-demand',
      'positions { holder { __typename id } stance }',
      {
        positions: [
          { holder: { __typename: 'Place', id: 'russia' }, stance: 'DEMANDS' },
          { holder: { __typename: 'Place', id: 'ukraine' }, stance: 'REJECTS' },
          { holder: { __typename: 'Person', id: 'volodymyr-zelenskyy' }, stance: 'REJECTS' },
        ],
      },
    ],
    [
      'Proposal.statements',
      'proposal',
      'anchorage-formula',
      'statements { id attribution }',
      {
        statements: [
          { id: 'statement-mfa-anchorage-formula', attribution: 'ASSERTED' },
          { id: 'statement-anchorage-allegedly-discussed', attribution: 'CLAIMED' },
        ],
      },
    ],
    [
      'Statement.speaker and about (any kind of node)',
      'statement',
      'statement-authorities-toll',
      'speaker { __typename id } about { __typename id }',
      {
        speaker: { __typename: 'Organization', id: 'ukrainian-authorities' },
        about: [
          { __typename: 'Event', id: 'russian-air-attacks-2026-01-23' },
          { __typename: 'Figure', id: 'figure-killed-at-least-one' },
          { __typename: 'Figure', id: 'figure-injured-nearly-twenty' },
        ],
      },
    ],
    [
      'Statement.speaker (none named)',
      'statement',
      'statement-dnipropetrovsk-strikes',
      'speaker { id }',
      { speaker: null },
    ],
    [
      'Figure.event, reportedBy, places and statements',
      'figure',
      'figure-injured-nearly-twenty',
      'event { id } reportedBy { __typename id } places { id } statements { id }',
      {
        event: { id: 'russian-air-attacks-2026-01-23' },
        reportedBy: typed('Organization', 'ukrainian-authorities'),
        places: ids('kharkiv', 'kyiv'),
        statements: ids('statement-authorities-toll'),
      },
    ],
    [
      'Figure.breakdown',
      'figure',
      'figure-kharkiv-injured-at-least-fourteen',
      'partOf { id } breakdown { id group count }',
      { partOf: null, breakdown: [{ id: 'figure-kharkiv-injured-child', group: 'CHILDREN', count: 1 }] },
    ],
    [
      'Figure.partOf',
      'figure',
      'figure-kyiv-hospitalized-three',
      'partOf { id } breakdown { id }',
      { partOf: { id: 'figure-kyiv-wounded-four' }, breakdown: [] },
    ],
    [
      'Article.authors',
      'article',
      'article-2026-01-24-kyiv-kharkiv-abu-dhabi',
      'authors { __typename id }',
      { authors: typed('Person', 'micah-jonah') },
    ],
  ])('%s', (...row) => checkRelationRow(t, row));
});
