import { beforeAll, describe, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { checkRelationRow, ids, type RelationRow } from '../helpers/relationRows.js';
import { useTestServer } from '../helpers/testServer.js';

// Relationship fields of people and organizations, each checked from both ends.
// Where the article has no example of a relationship (statements about a person or
// an organization, an organization as a party to talks), a small fixture under this
// file's prefix supplies one. Places are in apiRelationsPlaces.test.ts, events in
// apiRelationsEvents.test.ts, the rest in apiRelationsDiplomacy.test.ts.

const P = testPrefix('api-rel');
const t = useTestServer({ cleanupPrefix: P });

beforeAll(async () => {
  await t.db.write({
    cypher: `
      CREATE (pe:Node:Entity:Person {id: $p + '-person', name: 'Fixture person'})
      CREATE (o:Node:Entity:Organization {id: $p + '-org', name: 'Fixture organization', kind: 'OTHER'})
      CREATE (n:Node:Entity:Negotiation {id: $p + '-talks', name: 'Fixture talks', kind: 'OTHER'})
      CREATE (s:Node:Statement {id: $p + '-statement', text: 'Fixture statement', isDirectQuote: false,
                                cueVerb: 'said', attribution: 'ASSERTED'})
      CREATE (s)-[:ABOUT {id: s.id + ':ABOUT:' + pe.id}]->(pe)
      CREATE (s)-[:ABOUT {id: s.id + ':ABOUT:' + o.id}]->(o)
      CREATE (o)-[:PARTY_TO {id: o.id + ':PARTY_TO:' + n.id}]->(n)`,
    params: { p: P },
  });
});

describe('Person ↔ Place / Organization', () => {
  it.each<RelationRow>([
    [
      'Person.roles',
      'person',
      'vitali-klitschko',
      'roles { __typename id title person { id } actsFor { __typename id } }',
      {
        roles: [
          {
            __typename: 'Role',
            id: 'vitali-klitschko:HOLDS_ROLE:kyiv',
            title: 'Mayor of Kyiv',
            person: { id: 'vitali-klitschko' },
            actsFor: { __typename: 'Place', id: 'kyiv' },
          },
        ],
      },
    ],
    [
      'Place.officials',
      'place',
      'united-states',
      'officials { title person { __typename id } }',
      {
        officials: [
          { title: 'President', person: { __typename: 'Person', id: 'donald-trump' } },
          { title: 'special envoy', person: { __typename: 'Person', id: 'steve-witkoff' } },
        ],
      },
    ],
    [
      'Person.roles (for an organization)',
      'person',
      'dmitry-peskov',
      'roles { title actsFor { __typename id } }',
      { roles: [{ title: 'Kremlin spokesperson', actsFor: { __typename: 'Organization', id: 'kremlin' } }] },
    ],
    [
      'Organization.members',
      'organization',
      'kremlin',
      'members { title person { id } actsFor { id } }',
      { members: [{ title: 'Kremlin spokesperson', person: { id: 'dmitry-peskov' }, actsFor: { id: 'kremlin' } }] },
    ],
    [
      'Person.authored',
      'person',
      'micah-jonah',
      'authored { __typename id }',
      { authored: [{ __typename: 'Article', id: 'article-2026-01-24-kyiv-kharkiv-abu-dhabi' }] },
    ],
    [
      'Person.statements',
      'person',
      'kira-rudik',
      'statements { id }',
      {
        statements: ids('statement-rudik-air-defence', 'statement-rudik-energy-strain', 'statement-rudik-power-system'),
      },
    ],
    [
      'Person.participations',
      'person',
      'vladimir-putin',
      'participations { __typename participant { id } in { __typename id } role }',
      {
        participations: [
          {
            __typename: 'Participation',
            participant: { id: 'vladimir-putin' },
            in: { __typename: 'Negotiation', id: 'trump-putin-talks-2025' },
            role: null,
          },
          {
            __typename: 'Participation',
            participant: { id: 'vladimir-putin' },
            in: { __typename: 'Negotiation', id: 'davos-shuttle-diplomacy' },
            role: null,
          },
        ],
      },
    ],
    [
      'Person.positions',
      'person',
      'volodymyr-zelenskyy',
      'positions { __typename stance holder { id } proposal { id } }',
      {
        positions: [
          {
            __typename: 'Position',
            stance: 'REJECTS',
            holder: { id: 'volodymyr-zelenskyy' },
            proposal: { id: 'territorial-concessions-demand' },
          },
        ],
      },
    ],
    ['Person.proposals', 'person', 'kira-rudik', 'proposals { id }', { proposals: ids('air-defence-appeal') }],
    [
      'Person.figuresReported',
      'person',
      'vitali-klitschko',
      'figuresReported { __typename id }',
      {
        figuresReported: [
          { __typename: 'Figure', id: 'figure-kyiv-wounded-four' },
          { __typename: 'Figure', id: 'figure-kyiv-hospitalized-three' },
        ],
      },
    ],
    [
      'Person.statementsAbout',
      'person',
      `${P}-person`,
      'statementsAbout { id }',
      { statementsAbout: ids(`${P}-statement`) },
    ],
  ])('%s', (...row) => checkRelationRow(t, row));
});

describe('Organization', () => {
  it.each<RelationRow>([
    ['Organization.locatedIn', 'organization', 'white-house', 'locatedIn { id }', { locatedIn: ids('united-states') }],
    [
      'Organization.statements',
      'organization',
      'state-emergency-service-of-ukraine',
      'statements { id speaker { __typename id } }',
      {
        statements: ['statement-ses-kharkiv-injured', 'statement-ses-massive-wave'].map((id) => ({
          id,
          speaker: { __typename: 'Organization', id: 'state-emergency-service-of-ukraine' },
        })),
      },
    ],
    [
      'Organization.figuresReported',
      'organization',
      'ukrainian-authorities',
      'figuresReported { id }',
      {
        figuresReported: ids('figure-killed-at-least-one', 'figure-injured-nearly-twenty', 'figure-residents-rescued'),
      },
    ],
    [
      'Organization.participations',
      'organization',
      'us-delegation',
      'participations { in { id } }',
      { participations: [{ in: { id: 'abu-dhabi-talks-2026' } }, { in: { id: 'abu-dhabi-talks-2026-day-2' } }] },
    ],
    [
      'Organization.respondedTo',
      'organization',
      'state-emergency-service-of-ukraine',
      'respondedTo { __typename id }',
      { respondedTo: [{ __typename: 'Event', id: 'attack-kharkiv-2026-01-23' }] },
    ],
    [
      'Organization.eventsCarriedOut',
      'organization',
      'world-economic-forum',
      'eventsCarriedOut { id }',
      { eventsCarriedOut: ids('world-economic-forum-davos-2026') },
    ],
    [
      'Organization.proposals',
      'organization',
      'kremlin',
      'proposals { id }',
      { proposals: ids('donbas-control-condition') },
    ],
    [
      'Organization.positions',
      'organization',
      'kremlin',
      'positions { stance holder { __typename id } proposal { id } }',
      {
        positions: [
          {
            stance: 'DEMANDS',
            holder: { __typename: 'Organization', id: 'kremlin' },
            proposal: { id: 'donbas-control-condition' },
          },
        ],
      },
    ],
    [
      'Organization.negotiations',
      'organization',
      `${P}-org`,
      'negotiations { id }',
      { negotiations: ids(`${P}-talks`) },
    ],
    [
      'Organization.statementsAbout',
      'organization',
      `${P}-org`,
      'statementsAbout { id }',
      { statementsAbout: ids(`${P}-statement`) },
    ],
    [
      'Negotiation.parties sees the organization from the other end',
      'negotiation',
      `${P}-talks`,
      'parties { __typename id }',
      { parties: [{ __typename: 'Organization', id: `${P}-org` }] },
    ],
  ])('%s', (...row) => checkRelationRow(t, row));
});
