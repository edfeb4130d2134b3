import { beforeAll, describe, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { checkRelationRow, ids, typed, type RelationRow } from '../helpers/relationRows.js';
import { useTestServer } from '../helpers/testServer.js';

// Relationship fields of events, each checked from both ends. A fixture under this
// file's prefix supplies the relationships the article has no example of: an event
// following another, and an event and a negotiation named after a place.

const P = testPrefix('api-relev');
const t = useTestServer({ cleanupPrefix: P });

beforeAll(async () => {
  await t.db.write({
    cypher: `
      CREATE (pl:Node:Entity:Place {id: $p + '-place', name: 'Fixture place', kind: 'CITY'})
      CREATE (e1:Node:Entity:Event {id: $p + '-event-1', name: 'Fixture event one', kind: 'OTHER', date: date('2026-01-01')})
      CREATE (e2:Node:Entity:Event {id: $p + '-event-2', name: 'Fixture event two', kind: 'OTHER', date: date('2026-01-02')})
      CREATE (n:Node:Entity:Negotiation {id: $p + '-talks', name: 'Fixture talks', kind: 'OTHER', date: date('2026-01-03')})
      CREATE (e2)-[:FOLLOWS {id: e2.id + ':FOLLOWS:' + e1.id}]->(e1)
      CREATE (n)-[:FOLLOWS {id: n.id + ':FOLLOWS:' + e2.id}]->(e2)
      CREATE (e1)-[:NAMED_AFTER {id: e1.id + ':NAMED_AFTER:' + pl.id}]->(pl)
      CREATE (n)-[:NAMED_AFTER {id: n.id + ':NAMED_AFTER:' + pl.id}]->(pl)`,
    params: { p: P },
  });
});

describe('Event', () => {
  it.each<RelationRow>([
    [
      'Event.places',
      'event',
      'russian-air-attacks-2026-01-23',
      'places { __typename id }',
      { places: typed('Place', 'kharkiv', 'kyiv') },
    ],
    [
      'Place.events (direct only)',
      'place',
      'kyiv',
      'events { id }',
      { events: ids('attack-kyiv-2026-01-23', 'russian-air-attacks-2026-01-23') },
    ],
    [
      'Place.events(includeContained) takes in the city, its district and the village',
      'place',
      'kharkiv-oblast',
      'direct: events { id } all: events(includeContained: true) { id }',
      {
        direct: ids('attack-kharkiv-2026-01-23'),
        all: ids(
          'attack-kharkiv-2026-01-23',
          'emergency-response-kharkiv-2026-01-23',
          'rescue-industrialnyi-2026-01-23',
          'russian-air-attacks-2026-01-23',
          'village-capture-northeast-of-kharkiv',
        ),
      },
    ],
    [
      'Event.perpetrators',
      'event',
      'attack-kyiv-2026-01-23',
      'perpetrators { __typename id }',
      { perpetrators: typed('Place', 'russia') },
    ],
    [
      'Event.perpetrators (an organization)',
      'event',
      'world-economic-forum-davos-2026',
      'perpetrators { __typename id }',
      { perpetrators: typed('Organization', 'world-economic-forum') },
    ],
    [
      'Event.partOf',
      'event',
      'attack-kyiv-2026-01-23',
      'partOf { id }',
      { partOf: { id: 'russian-air-attacks-2026-01-23' } },
    ],
    [
      'Event.subEvents',
      'event',
      'russian-air-attacks-2026-01-23',
      'subEvents { id }',
      { subEvents: ids('attack-kyiv-2026-01-23', 'attack-kharkiv-2026-01-23') },
    ],
    [
      'Event.figures',
      'event',
      'attack-kyiv-2026-01-23',
      'figures { __typename id }',
      { figures: typed('Figure', 'figure-kyiv-wounded-four', 'figure-kyiv-hospitalized-three') },
    ],
    [
      'Event.responses and responders',
      'event',
      'attack-kharkiv-2026-01-23',
      'responses { id } responders { __typename id }',
      {
        responses: ids('emergency-response-kharkiv-2026-01-23', 'rescue-industrialnyi-2026-01-23'),
        responders: typed('Organization', 'state-emergency-service-of-ukraine'),
      },
    ],
    [
      'Event.respondsTo',
      'event',
      'rescue-industrialnyi-2026-01-23',
      'respondsTo { id }',
      { respondsTo: ids('attack-kharkiv-2026-01-23') },
    ],
    [
      'Event.participants',
      'event',
      'russia-ukraine-war',
      'participants { participant { __typename id } in { id } role }',
      {
        participants: ['russia', 'ukraine'].map((id) => ({
          participant: { __typename: 'Place', id },
          in: { id: 'russia-ukraine-war' },
          role: null,
        })),
      },
    ],
    [
      'Event.concurrentWith',
      'event',
      'russian-air-attacks-2026-01-23',
      'concurrentWith { __typename ... on Negotiation { id } }',
      { concurrentWith: typed('Negotiation', 'abu-dhabi-talks-2026-day-2') },
    ],
    [
      'Event.negotiationsToEnd',
      'event',
      'russia-ukraine-war',
      'negotiationsToEnd { id }',
      { negotiationsToEnd: ids('abu-dhabi-talks-2026') },
    ],
    [
      'Event.statements',
      'event',
      'attack-kyiv-2026-01-23',
      'statements { id }',
      { statements: ids('statement-klitschko-wounded', 'statement-kyiv-officials-districts-hit') },
    ],
    [
      'Event.follows and followedBy (events and negotiations alike)',
      'event',
      `${P}-event-2`,
      'follows { __typename ... on Event { id } } followedBy { __typename ... on Negotiation { id } }',
      { follows: typed('Event', `${P}-event-1`), followedBy: typed('Negotiation', `${P}-talks`) },
    ],
    ['Event.namedAfter', 'event', `${P}-event-1`, 'namedAfter { id }', { namedAfter: { id: `${P}-place` } }],
    [
      'Place.namesakes lists what is named after it',
      'place',
      `${P}-place`,
      'namesakes { __typename id }',
      {
        namesakes: [
          { __typename: 'Event', id: `${P}-event-1` },
          { __typename: 'Negotiation', id: `${P}-talks` },
        ],
      },
    ],
  ])('%s', (...row) => checkRelationRow(t, row));
});
