import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import type { Database } from '../../src/db/database.js';
import { testDb } from '../helpers/testDb.js';

// The article's real-world entities, one test per fact, read back from the seeded
// Neo4j. Events and figures are in seedFactsEvents.test.ts, diplomacy and
// statements in seedFactsDiplomacy.test.ts.

const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';

let db: Database;
const read = (cypher: string, params: Record<string, unknown> = {}) => db.read({ cypher, params });

beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
});

describe('the article and its author', () => {
  it('stores the article with its title, language, text file and publication date 2026-01-24 as a Neo4j date', async () => {
    const rows = await read(
      `MATCH (a:Node:Article {id: $id})
       RETURN a.title AS title, a.language AS language, a.textFile AS textFile, a.publishedOn AS publishedOn,
              a.publishedOn = date('2026-01-24') AS isDate`,
      { id: ARTICLE },
    );
    expect(rows).toEqual([
      {
        title: 'Russian air attacks strike Kyiv and Kharkiv, leaving at least one dead and nearly twenty injured',
        language: 'en',
        textFile: `${ARTICLE}.txt`,
        publishedOn: '2026-01-24',
        isDate: true,
      },
    ]);
  });

  it('stores the full article text verbatim, as in the seeds folder', async () => {
    const rows = await read('MATCH (a:Article {id: $id}) RETURN a.text AS text', { id: ARTICLE });
    expect(rows).toEqual([{ text: readFileSync(path.join(SEEDS_DIR, `${ARTICLE}.txt`), 'utf8') }]);
  });

  it('records Micah Jonah as the author of the article', async () => {
    const rows = await read(
      'MATCH (p:Person)-[:AUTHORED]->(a:Article {id: $id}) RETURN p.id AS id, p.name AS name, p.description AS description',
      { id: ARTICLE },
    );
    expect(rows).toEqual([{ id: 'micah-jonah', name: 'Micah Jonah', description: 'Author of the article.' }]);
  });
});

interface PersonFact {
  fact: string;
  id: string;
  name: string;
  roles: { title: string; actsFor: string }[];
}

const people: PersonFact[] = [
  {
    fact: 'Vitali Klitschko is Mayor of Kyiv, acting for Kyiv',
    id: 'vitali-klitschko',
    name: 'Vitali Klitschko',
    roles: [{ title: 'Mayor of Kyiv', actsFor: 'kyiv' }],
  },
  {
    fact: 'Kira Rudik is a Ukrainian opposition lawmaker, acting for Ukraine',
    id: 'kira-rudik',
    name: 'Kira Rudik',
    roles: [{ title: 'Ukrainian opposition lawmaker', actsFor: 'ukraine' }],
  },
  {
    fact: 'Donald Trump is President, acting for the United States',
    id: 'donald-trump',
    name: 'Donald Trump',
    roles: [{ title: 'President', actsFor: 'united-states' }],
  },
  {
    fact: 'Vladimir Putin is President, acting for Russia',
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    roles: [{ title: 'President', actsFor: 'russia' }],
  },
  {
    fact: 'Dmitry Peskov is Kremlin spokesperson, acting for the Kremlin',
    id: 'dmitry-peskov',
    name: 'Dmitry Peskov',
    roles: [{ title: 'Kremlin spokesperson', actsFor: 'kremlin' }],
  },
  {
    fact: 'Volodymyr Zelenskyy is President, acting for Ukraine',
    id: 'volodymyr-zelenskyy',
    name: 'Volodymyr Zelenskyy',
    roles: [{ title: 'President', actsFor: 'ukraine' }],
  },
  {
    fact: 'Steve Witkoff is special envoy, acting for the United States',
    id: 'steve-witkoff',
    name: 'Steve Witkoff',
    roles: [{ title: 'special envoy', actsFor: 'united-states' }],
  },
  { fact: 'Micah Jonah, the author, holds no role in the story', id: 'micah-jonah', name: 'Micah Jonah', roles: [] },
];

describe('people, with the role the article gives them and whom they act for', () => {
  it('has exactly the eight people the article names', async () => {
    const rows = await read(
      'MATCH (p:Person) WHERE EXISTS { MATCH (:Mention {target: p.id, source: $article}) } RETURN p.id AS id ORDER BY id',
      {
        article: ARTICLE,
      },
    );
    expect(rows.map((r) => r.id)).toEqual(people.map((p) => p.id).sort());
  });

  it.each(people)('$fact', async ({ id, name, roles }) => {
    const rows = await read(
      `MATCH (p:Node:Entity:Person {id: $id})
       RETURN p.name AS name,
              COLLECT { MATCH (p)-[r:HOLDS_ROLE]->(o) RETURN {title: r.title, actsFor: o.id} AS role ORDER BY o.id } AS roles`,
      { id },
    );
    expect(rows).toEqual([{ name, roles }]);
  });
});

interface PlaceFact {
  fact: string;
  id: string;
  name: string;
  kind: string;
  partOf: string[];
  capitalOf?: string[];
}

const places: PlaceFact[] = [
  { fact: 'Ukraine is a country', id: 'ukraine', name: 'Ukraine', kind: 'COUNTRY', partOf: [] },
  { fact: 'Russia is a country', id: 'russia', name: 'Russia', kind: 'COUNTRY', partOf: [] },
  { fact: 'the United States is a country', id: 'united-states', name: 'United States', kind: 'COUNTRY', partOf: [] },
  {
    fact: 'the United Arab Emirates is a country',
    id: 'united-arab-emirates',
    name: 'United Arab Emirates',
    kind: 'COUNTRY',
    partOf: [],
  },
  { fact: 'Switzerland is a country', id: 'switzerland', name: 'Switzerland', kind: 'COUNTRY', partOf: [] },
  {
    fact: 'Kyiv is a city in Ukraine and its capital',
    id: 'kyiv',
    name: 'Kyiv',
    kind: 'CITY',
    partOf: ['ukraine'],
    capitalOf: ['ukraine'],
  },
  {
    fact: 'Kharkiv Oblast is a region of Ukraine',
    id: 'kharkiv-oblast',
    name: 'Kharkiv Oblast',
    kind: 'REGION',
    partOf: ['ukraine'],
  },
  {
    fact: 'Kharkiv is a city in Kharkiv Oblast',
    id: 'kharkiv',
    name: 'Kharkiv',
    kind: 'CITY',
    partOf: ['kharkiv-oblast'],
  },
  {
    fact: 'the Industrialnyi district is a district of Kharkiv',
    id: 'industrialnyi-district',
    name: 'Industrialnyi district',
    kind: 'DISTRICT',
    partOf: ['kharkiv'],
  },
  {
    fact: 'the unnamed village northeast of Kharkiv is a village in Kharkiv Oblast',
    id: 'village-northeast-of-kharkiv',
    name: 'Unnamed village northeast of Kharkiv',
    kind: 'VILLAGE',
    partOf: ['kharkiv-oblast'],
  },
  {
    fact: 'Donbas is a historical region of Ukraine',
    id: 'donbas',
    name: 'Donbas',
    kind: 'HISTORICAL_REGION',
    partOf: ['ukraine'],
  },
  {
    fact: 'Luhansk Oblast is a region of Ukraine within Donbas',
    id: 'luhansk-oblast',
    name: 'Luhansk Oblast',
    kind: 'REGION',
    partOf: ['donbas', 'ukraine'],
  },
  {
    fact: 'Donetsk Oblast is a region of Ukraine within Donbas',
    id: 'donetsk-oblast',
    name: 'Donetsk Oblast',
    kind: 'REGION',
    partOf: ['donbas', 'ukraine'],
  },
  {
    fact: 'Dnipropetrovsk Oblast is a region of Ukraine',
    id: 'dnipropetrovsk-oblast',
    name: 'Dnipropetrovsk Oblast',
    kind: 'REGION',
    partOf: ['ukraine'],
  },
  {
    fact: 'Abu Dhabi is a city in the United Arab Emirates',
    id: 'abu-dhabi',
    name: 'Abu Dhabi',
    kind: 'CITY',
    partOf: ['united-arab-emirates'],
  },
  { fact: 'Davos is a city in Switzerland', id: 'davos', name: 'Davos', kind: 'CITY', partOf: ['switzerland'] },
  {
    fact: 'Moscow is a city in Russia and its capital',
    id: 'moscow',
    name: 'Moscow',
    kind: 'CITY',
    partOf: ['russia'],
    capitalOf: ['russia'],
  },
  {
    fact: 'Anchorage is a city in the United States',
    id: 'anchorage',
    name: 'Anchorage',
    kind: 'CITY',
    partOf: ['united-states'],
  },
];

describe('places, with their kind and what they lie in', () => {
  it('has exactly the eighteen places of the article', async () => {
    const rows = await read(
      'MATCH (p:Place) WHERE EXISTS { MATCH (:Mention {target: p.id, source: $article}) } RETURN p.id AS id ORDER BY id',
      {
        article: ARTICLE,
      },
    );
    expect(rows.map((r) => r.id)).toEqual(places.map((p) => p.id).sort());
  });

  it.each(places)('$fact', async ({ id, name, kind, partOf, capitalOf = [] }) => {
    const rows = await read(
      `MATCH (p:Node:Entity:Place {id: $id})
       RETURN p.name AS name, p.kind AS kind,
              COLLECT { MATCH (p)-[:PART_OF]->(x:Place) RETURN x.id ORDER BY x.id } AS partOf,
              COLLECT { MATCH (p)-[:CAPITAL_OF]->(x:Place) RETURN x.id ORDER BY x.id } AS capitalOf`,
      { id },
    );
    expect(rows).toEqual([{ name, kind, partOf, capitalOf }]);
  });
});

interface OrganizationFact {
  fact: string;
  id: string;
  name: string;
  kind: string;
  locatedIn: string;
}

const organizations: OrganizationFact[] = [
  {
    fact: 'the Ukrainian authorities are authorities in Ukraine',
    id: 'ukrainian-authorities',
    name: 'Ukrainian authorities',
    kind: 'AUTHORITIES',
    locatedIn: 'ukraine',
  },
  {
    fact: 'the officials in Kyiv are authorities in Kyiv',
    id: 'kyiv-officials',
    name: 'Officials in Kyiv',
    kind: 'AUTHORITIES',
    locatedIn: 'kyiv',
  },
  {
    fact: 'the State Emergency Service is a government agency of Ukraine',
    id: 'state-emergency-service-of-ukraine',
    name: 'State Emergency Service of Ukraine',
    kind: 'GOVERNMENT_AGENCY',
    locatedIn: 'ukraine',
  },
  {
    fact: 'the Russian Foreign Ministry is a ministry of Russia',
    id: 'russian-foreign-ministry',
    name: 'Russian Foreign Ministry',
    kind: 'MINISTRY',
    locatedIn: 'russia',
  },
  {
    fact: 'the Kremlin is an executive office in Russia',
    id: 'kremlin',
    name: 'Kremlin',
    kind: 'EXECUTIVE_OFFICE',
    locatedIn: 'russia',
  },
  {
    fact: 'the White House is an executive office in the United States',
    id: 'white-house',
    name: 'White House',
    kind: 'EXECUTIVE_OFFICE',
    locatedIn: 'united-states',
  },
  {
    fact: 'the World Economic Forum is an international forum based in Switzerland',
    id: 'world-economic-forum',
    name: 'World Economic Forum',
    kind: 'INTERNATIONAL_FORUM',
    locatedIn: 'switzerland',
  },
  {
    fact: 'the Russian delegation is a delegation of Russia',
    id: 'russian-delegation',
    name: 'Russian delegation',
    kind: 'DELEGATION',
    locatedIn: 'russia',
  },
  {
    fact: 'the Ukrainian delegation is a delegation of Ukraine',
    id: 'ukrainian-delegation',
    name: 'Ukrainian delegation',
    kind: 'DELEGATION',
    locatedIn: 'ukraine',
  },
  {
    fact: 'the United States delegation is a delegation of the United States',
    id: 'us-delegation',
    name: 'United States delegation',
    kind: 'DELEGATION',
    locatedIn: 'united-states',
  },
];

describe('organizations', () => {
  it('has exactly the ten organizations of the article', async () => {
    const rows = await read(
      'MATCH (o:Organization) WHERE EXISTS { MATCH (:Mention {target: o.id, source: $article}) } RETURN o.id AS id ORDER BY id',
      {
        article: ARTICLE,
      },
    );
    expect(rows.map((r) => r.id)).toEqual(organizations.map((o) => o.id).sort());
  });

  it.each(organizations)('$fact', async ({ id, name, kind, locatedIn }) => {
    const rows = await read(
      `MATCH (o:Node:Entity:Organization {id: $id})
       RETURN o.name AS name, o.kind AS kind, [(o)-[:LOCATED_IN]->(p:Place) | p.id] AS locatedIn`,
      { id },
    );
    expect(rows).toEqual([{ name, kind, locatedIn: [locatedIn] }]);
  });
});

interface IdentifierFact {
  fact: string;
  id: string;
  wikidataId: string | null;
  iso3166: string | null;
  latitude: number | null;
  longitude: number | null;
}

const identifiers: IdentifierFact[] = [
  {
    fact: 'Ukraine is Wikidata Q212, ISO UA',
    id: 'ukraine',
    wikidataId: 'Q212',
    iso3166: 'UA',
    latitude: 49,
    longitude: 32,
  },
  {
    fact: 'Russia is Wikidata Q159, ISO RU',
    id: 'russia',
    wikidataId: 'Q159',
    iso3166: 'RU',
    latitude: 61.5,
    longitude: 105.3,
  },
  {
    fact: 'the United States is Wikidata Q30, ISO US',
    id: 'united-states',
    wikidataId: 'Q30',
    iso3166: 'US',
    latitude: 39.8,
    longitude: -98.6,
  },
  {
    fact: 'the United Arab Emirates is Wikidata Q878, ISO AE',
    id: 'united-arab-emirates',
    wikidataId: 'Q878',
    iso3166: 'AE',
    latitude: 24,
    longitude: 54,
  },
  {
    fact: 'Switzerland is Wikidata Q39, ISO CH',
    id: 'switzerland',
    wikidataId: 'Q39',
    iso3166: 'CH',
    latitude: 46.8,
    longitude: 8.2,
  },
  {
    fact: 'Kyiv is Wikidata Q1899, ISO UA-30',
    id: 'kyiv',
    wikidataId: 'Q1899',
    iso3166: 'UA-30',
    latitude: 50.4501,
    longitude: 30.5234,
  },
  {
    fact: 'Kharkiv is Wikidata Q42308',
    id: 'kharkiv',
    wikidataId: 'Q42308',
    iso3166: null,
    latitude: 49.9935,
    longitude: 36.2304,
  },
  {
    fact: 'Kharkiv Oblast is ISO UA-63',
    id: 'kharkiv-oblast',
    wikidataId: null,
    iso3166: 'UA-63',
    latitude: 49.6,
    longitude: 36.6,
  },
  {
    fact: 'Luhansk Oblast is ISO UA-09',
    id: 'luhansk-oblast',
    wikidataId: null,
    iso3166: 'UA-09',
    latitude: 48.9,
    longitude: 39.2,
  },
  {
    fact: 'Donetsk Oblast is ISO UA-14',
    id: 'donetsk-oblast',
    wikidataId: null,
    iso3166: 'UA-14',
    latitude: 48.1,
    longitude: 37.8,
  },
  {
    fact: 'Dnipropetrovsk Oblast is ISO UA-12',
    id: 'dnipropetrovsk-oblast',
    wikidataId: null,
    iso3166: 'UA-12',
    latitude: 48.5,
    longitude: 35,
  },
  {
    fact: 'Abu Dhabi is Wikidata Q1519',
    id: 'abu-dhabi',
    wikidataId: 'Q1519',
    iso3166: null,
    latitude: 24.4539,
    longitude: 54.3773,
  },
  {
    fact: 'Moscow is Wikidata Q649, ISO RU-MOW',
    id: 'moscow',
    wikidataId: 'Q649',
    iso3166: 'RU-MOW',
    latitude: 55.7558,
    longitude: 37.6173,
  },
  { fact: 'Donbas has coordinates', id: 'donbas', wikidataId: null, iso3166: null, latitude: 48.3, longitude: 38.5 },
  { fact: 'Davos has coordinates', id: 'davos', wikidataId: null, iso3166: null, latitude: 46.8027, longitude: 9.836 },
  {
    fact: 'Anchorage has coordinates',
    id: 'anchorage',
    wikidataId: null,
    iso3166: null,
    latitude: 61.2181,
    longitude: -149.9003,
  },
  {
    fact: 'the Russia–Ukraine war is Wikidata Q110999040',
    id: 'russia-ukraine-war',
    wikidataId: 'Q110999040',
    iso3166: null,
    latitude: null,
    longitude: null,
  },
  {
    fact: 'Donald Trump is Wikidata Q22686',
    id: 'donald-trump',
    wikidataId: 'Q22686',
    iso3166: null,
    latitude: null,
    longitude: null,
  },
  {
    fact: 'Vladimir Putin is Wikidata Q7747',
    id: 'vladimir-putin',
    wikidataId: 'Q7747',
    iso3166: null,
    latitude: null,
    longitude: null,
  },
  {
    fact: 'Volodymyr Zelenskyy is Wikidata Q3874799',
    id: 'volodymyr-zelenskyy',
    wikidataId: 'Q3874799',
    iso3166: null,
    latitude: null,
    longitude: null,
  },
];

describe('public identifiers where they are known', () => {
  it.each(identifiers)('$fact', async ({ id, wikidataId, iso3166, latitude, longitude }) => {
    const rows = await read(
      `MATCH (n:Entity {id: $id})
       RETURN n.wikidataId AS wikidataId, n.iso3166 AS iso3166, n.latitude AS latitude, n.longitude AS longitude`,
      { id },
    );
    expect(rows).toEqual([{ wikidataId, iso3166, latitude, longitude }]);
  });

  it('stores a Wikidata id only in the Q-number form and ISO codes only on places', async () => {
    const rows = await read(
      `MATCH (n:Entity) WHERE EXISTS { MATCH (:Mention {target: n.id, source: $article}) }
       RETURN count(CASE WHEN n.wikidataId IS NOT NULL AND NOT n.wikidataId =~ 'Q[0-9]+' THEN 1 END) AS badQid,
              count(CASE WHEN n.iso3166 IS NOT NULL AND NOT n:Place THEN 1 END) AS isoOffPlace,
              count(n.wikidataId) AS withQid`,
      { article: ARTICLE },
    );
    expect(rows).toEqual([{ badQid: 0, isoOffPlace: 0, withQid: identifiers.filter((i) => i.wikidataId).length }]);
  });
});
