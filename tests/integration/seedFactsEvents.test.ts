import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { testDb } from '../helpers/testDb.js';

// The article's events and reported figures, one test per fact, read back from the
// seeded Neo4j.

const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';

let db: Database;
const read = (cypher: string, params: Record<string, unknown> = {}) => db.read({ cypher, params });
const ids = (cypher: string, params: Record<string, unknown>) =>
  read(cypher, params).then((rows) => rows.map((r) => r.id));

beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
});

interface AttackFact {
  label: string;
  id: string;
  name: string;
  places: string[];
  where: string;
  weapons: string[];
  arms: string;
  damaged: string[];
  hit: string;
  partOf: string[];
  within: string;
}

const attacks: AttackFact[] = [
  {
    label: 'the combined Russian air attacks',
    id: 'russian-air-attacks-2026-01-23',
    name: 'Russian air attacks on Kyiv and Kharkiv',
    places: ['kharkiv', 'kyiv'],
    where: 'Kyiv and Kharkiv',
    weapons: ['drones', 'missiles'],
    arms: 'drones and missiles',
    damaged: [],
    hit: 'nothing beyond what the two city attacks list',
    partOf: ['russia-ukraine-war'],
    within: 'the Russia–Ukraine war',
  },
  {
    label: 'the Kyiv attack',
    id: 'attack-kyiv-2026-01-23',
    name: 'Drone and missile strikes on Kyiv',
    places: ['kyiv'],
    where: 'Kyiv',
    weapons: ['drones', 'missiles'],
    arms: 'drones and missiles',
    damaged: ['residential buildings', 'offices', 'medical facilities'],
    hit: 'residential buildings, offices and medical facilities',
    partOf: ['russian-air-attacks-2026-01-23'],
    within: 'the combined air attacks',
  },
  {
    label: 'the Kharkiv attack',
    id: 'attack-kharkiv-2026-01-23',
    name: 'Drone attacks on Kharkiv and the Kharkiv region',
    places: ['industrialnyi-district', 'kharkiv', 'kharkiv-oblast'],
    where: 'Kharkiv, its region and its Industrialnyi district',
    weapons: ['drones'],
    arms: 'drones',
    damaged: ['high rise buildings', 'commercial premises', 'a medical facility', 'a four storey building'],
    hit: 'high rise buildings, commercial premises, a medical facility and a four storey building',
    partOf: ['russian-air-attacks-2026-01-23'],
    within: 'the combined air attacks',
  },
];

describe('each attack as its own event', () => {
  it.each(attacks)('$label is its own AIR_ATTACK event, reported and carried out by Russia', async ({ id, name }) => {
    const rows = await read(
      `MATCH (e:Node:Entity:Event {id: $id})
       RETURN e.name AS name, e.kind AS kind, e.status AS status, [(e)-[:CARRIED_OUT_BY]->(x) | x.id] AS by`,
      { id },
    );
    expect(rows).toEqual([{ name, kind: 'AIR_ATTACK', status: 'REPORTED', by: ['russia'] }]);
  });

  it.each(attacks)(
    '$label happened in the "early hours of Friday", resolved to Friday 2026-01-23, the day before publication',
    async ({ id }) => {
      const rows = await read(
        `MATCH (e:Event {id: $id}), (a:Article {id: $article})
         RETURN e.date AS date, e.dateText AS dateText, e.datePrecision AS precision,
                e.date.dayOfWeek AS dayOfWeek, duration.inDays(e.date, a.publishedOn).days AS daysBeforePublication`,
        { id, article: ARTICLE },
      );
      expect(rows).toEqual([
        {
          date: '2026-01-23',
          dateText: 'early hours of Friday',
          precision: 'DAY',
          dayOfWeek: 5,
          daysBeforePublication: 1,
        },
      ]);
    },
  );

  it.each(attacks)('$label struck $where', async ({ id, places }) => {
    expect(
      await ids('MATCH (:Event {id: $id})-[:OCCURRED_IN]->(p:Place) RETURN p.id AS id ORDER BY id', { id }),
    ).toEqual(places);
  });

  it.each(attacks)('$label used $arms', async ({ id, weapons }) => {
    expect(await read('MATCH (e:Event {id: $id}) RETURN e.weapons AS weapons', { id })).toEqual([{ weapons }]);
  });

  it.each(attacks)('$label hit $hit', async ({ id, damaged }) => {
    expect(await read('MATCH (e:Event {id: $id}) RETURN e.damaged AS damaged', { id })).toEqual([{ damaged }]);
  });

  it.each(attacks)(
    '$label carries the ACLED type Explosions/Remote violence, sub-type Air/drone strike',
    async ({ id }) => {
      const rows = await read('MATCH (e:Event {id: $id}) RETURN e.acledEventType AS type, e.acledSubEventType AS sub', {
        id,
      });
      expect(rows).toEqual([{ type: 'Explosions/Remote violence', sub: 'Air/drone strike' }]);
    },
  );

  it.each(attacks)('$label is part of $within', async ({ id, partOf }) => {
    expect(await ids('MATCH (:Event {id: $id})-[:PART_OF]->(x) RETURN x.id AS id ORDER BY id', { id })).toEqual(partOf);
  });

  it('the attacks took place while the delegations reconvened for the second day of the Abu Dhabi talks', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'russian-air-attacks-2026-01-23'})-[:CONCURRENT_WITH]->(n:Negotiation)
       RETURN n.id AS id, n.date = e.date AS sameDay`,
    );
    expect(rows).toEqual([{ id: 'abu-dhabi-talks-2026-day-2', sameDay: true }]);
  });
});

describe('the response, the rescue and the other military activity', () => {
  it('the emergency response is an event in Kharkiv on 2026-01-23 that responded to the Kharkiv attack', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'emergency-response-kharkiv-2026-01-23'})
       RETURN e.kind AS kind, e.date AS date, [(e)-[:OCCURRED_IN]->(p) | p.id] AS places,
              [(e)-[:RESPONDED_TO]->(x) | x.id] AS respondedTo`,
    );
    expect(rows).toEqual([
      {
        kind: 'EMERGENCY_RESPONSE',
        date: '2026-01-23',
        places: ['kharkiv'],
        respondedTo: ['attack-kharkiv-2026-01-23'],
      },
    ]);
  });

  it('the State Emergency Service responded to the Kharkiv attack as emergency service and took part in the response', async () => {
    const rows = await read(
      `MATCH (o:Organization {id: 'state-emergency-service-of-ukraine'})
       RETURN [(o)-[r:RESPONDED_TO]->(e) | {event: e.id, role: r.role}] AS responded,
              [(o)-[:PARTICIPATED_IN]->(e) | e.id] AS participated`,
    );
    expect(rows).toEqual([
      {
        responded: [{ event: 'attack-kharkiv-2026-01-23', role: 'emergency service' }],
        participated: ['emergency-response-kharkiv-2026-01-23'],
      },
    ]);
  });

  it('the rescue took residents from a damaged four storey building in the Industrialnyi district', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'rescue-industrialnyi-2026-01-23'})
       RETURN e.kind AS kind, e.date AS date, e.damaged AS damaged, [(e)-[:OCCURRED_IN]->(p) | p.id] AS places`,
    );
    expect(rows).toEqual([
      { kind: 'RESCUE', date: '2026-01-23', damaged: ['a four storey building'], places: ['industrialnyi-district'] },
    ]);
  });

  it('the rescue is part of the emergency response to the Kharkiv attack', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'rescue-industrialnyi-2026-01-23'})
       RETURN [(e)-[:PART_OF]->(x) | x.id] AS partOf, [(e)-[:RESPONDED_TO]->(x) | x.id] AS respondedTo`,
    );
    expect(rows).toEqual([
      { partOf: ['emergency-response-kharkiv-2026-01-23'], respondedTo: ['attack-kharkiv-2026-01-23'] },
    ]);
  });

  it('the capture of a village northeast of Kharkiv is CLAIMED, not confirmed, and undated beyond the article wording', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'village-capture-northeast-of-kharkiv'})
       RETURN e.kind AS kind, e.status AS status, e.date AS date, e.dateText AS dateText`,
    );
    expect(rows).toEqual([
      { kind: 'TERRITORIAL_CAPTURE', status: 'CLAIMED', date: null, dateText: 'As negotiations continue' },
    ]);
  });

  it('the claimed capture concerns the unnamed village in Kharkiv Oblast and is attributed to Russia', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'village-capture-northeast-of-kharkiv'})-[:OCCURRED_IN]->(v:Place)-[:PART_OF]->(r:Place)
       RETURN v.id AS village, v.kind AS kind, r.id AS region, [(e)-[:CARRIED_OUT_BY]->(x) | x.id] AS by`,
    );
    expect(rows).toEqual([
      { village: 'village-northeast-of-kharkiv', kind: 'VILLAGE', region: 'kharkiv-oblast', by: ['russia'] },
    ]);
  });

  it('the capture is claimed by Russia through a CLAIMED statement with the cue verb "claiming"', async () => {
    const rows = await read(
      `MATCH (s:Statement)-[:ABOUT]->(:Event {id: 'village-capture-northeast-of-kharkiv'})
       RETURN s.id AS id, s.attribution AS attribution, s.cueVerb AS cueVerb, [(s)-[:SAID_BY]->(x) | x.id] AS saidBy`,
    );
    expect(rows).toEqual([
      { id: 'statement-russia-village-capture', attribution: 'CLAIMED', cueVerb: 'claiming', saidBy: ['russia'] },
    ]);
  });

  it('the capture carries the ACLED type Battles, sub-type Armed clash', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'village-capture-northeast-of-kharkiv'})
       RETURN e.acledEventType AS type, e.acledSubEventType AS sub`,
    );
    expect(rows).toEqual([{ type: 'Battles', sub: 'Armed clash' }]);
  });

  it('continued strikes were reported in Dnipropetrovsk Oblast as part of the war', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'strikes-dnipropetrovsk'})
       RETURN e.kind AS kind, e.status AS status, e.dateText AS dateText,
              [(e)-[:OCCURRED_IN]->(p) | p.id] AS places, [(e)-[:PART_OF]->(x) | x.id] AS partOf`,
    );
    expect(rows).toEqual([
      {
        kind: 'STRIKES',
        status: 'REPORTED',
        dateText: 'As negotiations continue',
        places: ['dnipropetrovsk-oblast'],
        partOf: ['russia-ukraine-war'],
      },
    ]);
  });

  it('the Dnipropetrovsk strikes carry the ACLED type Explosions/Remote violence, sub-type Shelling/artillery/missile attack', async () => {
    const rows = await read(
      "MATCH (e:Event {id: 'strikes-dnipropetrovsk'}) RETURN e.acledEventType AS type, e.acledSubEventType AS sub",
    );
    expect(rows).toEqual([{ type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' }]);
  });

  it('the Dnipropetrovsk strikes are reported by a statement that names no source', async () => {
    const rows = await read(
      `MATCH (s:Statement)-[:ABOUT]->(:Event {id: 'strikes-dnipropetrovsk'})
       RETURN s.id AS id, s.attribution AS attribution, s.cueVerb AS cueVerb, [(s)-[:SAID_BY]->(x) | x.id] AS saidBy`,
    );
    expect(rows).toEqual([
      { id: 'statement-dnipropetrovsk-strikes', attribution: 'REPORTED', cueVerb: 'reported', saidBy: [] },
    ]);
  });

  it('the claimed capture is part of the war', async () => {
    expect(
      await ids("MATCH (:Event {id: 'village-capture-northeast-of-kharkiv'})-[:PART_OF]->(x) RETURN x.id AS id", {}),
    ).toEqual(['russia-ukraine-war']);
  });
});

describe('the war and the Davos forum', () => {
  it('the war is the "nearly four year long conflict"; its first day, 2022-02-24, cites Wikidata, not the article', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'russia-ukraine-war'})
       RETURN e.kind AS kind, e.date AS date, e.datePrecision AS precision, e.dateText AS dateText,
              e.dateSource AS dateSource, e.dateSourceRef AS dateSourceRef, e.wikidataId AS wikidataId`,
    );
    expect(rows).toEqual([
      {
        kind: 'WAR',
        date: '2022-02-24',
        precision: 'DAY',
        dateText: 'nearly four year long conflict',
        dateSource: 'WIKIDATA',
        dateSourceRef: 'Q110999040',
        wikidataId: 'Q110999040',
      },
    ]);
  });

  it('Russia and Ukraine are the parties to the war, which takes place in Ukraine', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'russia-ukraine-war'})
       RETURN COLLECT { MATCH (x)-[:PARTICIPATED_IN]->(e) RETURN x.id ORDER BY x.id } AS parties,
              [(e)-[:OCCURRED_IN]->(p) | p.id] AS places`,
    );
    expect(rows).toEqual([{ parties: ['russia', 'ukraine'], places: ['ukraine'] }]);
  });

  it('the World Economic Forum met in Davos in the week of 2026-01-19 ("earlier in the week"), no end day given', async () => {
    const rows = await read(
      `MATCH (e:Event {id: 'world-economic-forum-davos-2026'})
       RETURN e.kind AS kind, e.date AS date, e.endDate AS endDate, e.datePrecision AS precision,
              e.dateText AS dateText, [(e)-[:OCCURRED_IN]->(p) | p.id] AS places,
              [(e)-[:CARRIED_OUT_BY]->(o) | o.id] AS organizer`,
    );
    expect(rows).toEqual([
      {
        kind: 'FORUM',
        date: '2026-01-19',
        endDate: null,
        precision: 'WEEK',
        dateText: 'earlier in the week',
        places: ['davos'],
        organizer: ['world-economic-forum'],
      },
    ]);
  });
});

interface FigureFact {
  fact: string;
  id: string;
  measure: string;
  count: number | null;
  qualifier: string;
  group: string;
  isAggregate: boolean;
  text: string;
  figureOf: string[];
  reportedBy: string[];
  forPlaces: string[];
  partOf: string[];
}

const figures: FigureFact[] = [
  {
    fact: 'at least one person was killed in Kyiv and Kharkiv together, per the Ukrainian authorities (aggregate)',
    id: 'figure-killed-at-least-one',
    measure: 'KILLED',
    count: 1,
    qualifier: 'AT_LEAST',
    group: 'PEOPLE',
    isAggregate: true,
    text: 'at least one person dead',
    figureOf: ['russian-air-attacks-2026-01-23'],
    reportedBy: ['ukrainian-authorities'],
    forPlaces: ['kharkiv', 'kyiv'],
    partOf: [],
  },
  {
    fact: 'nearly twenty people were injured in Kyiv and Kharkiv together, per the Ukrainian authorities (aggregate)',
    id: 'figure-injured-nearly-twenty',
    measure: 'INJURED',
    count: 20,
    qualifier: 'NEARLY',
    group: 'PEOPLE',
    isAggregate: true,
    text: 'nearly twenty others injured',
    figureOf: ['russian-air-attacks-2026-01-23'],
    reportedBy: ['ukrainian-authorities'],
    forPlaces: ['kharkiv', 'kyiv'],
    partOf: [],
  },
  {
    fact: 'four people were wounded in Kyiv, per Mayor Klitschko',
    id: 'figure-kyiv-wounded-four',
    measure: 'INJURED',
    count: 4,
    qualifier: 'EXACTLY',
    group: 'PEOPLE',
    isAggregate: false,
    text: 'four people were wounded',
    figureOf: ['attack-kyiv-2026-01-23'],
    reportedBy: ['vitali-klitschko'],
    forPlaces: ['kyiv'],
    partOf: [],
  },
  {
    fact: 'three of the Kyiv wounded are in hospital, per Mayor Klitschko',
    id: 'figure-kyiv-hospitalized-three',
    measure: 'HOSPITALIZED',
    count: 3,
    qualifier: 'EXACTLY',
    group: 'PEOPLE',
    isAggregate: false,
    text: 'three currently receiving treatment in hospital',
    figureOf: ['attack-kyiv-2026-01-23'],
    reportedBy: ['vitali-klitschko'],
    forPlaces: ['kyiv'],
    partOf: ['figure-kyiv-wounded-four'],
  },
  {
    fact: 'at least fourteen people were injured in Kharkiv, per the State Emergency Service',
    id: 'figure-kharkiv-injured-at-least-fourteen',
    measure: 'INJURED',
    count: 14,
    qualifier: 'AT_LEAST',
    group: 'PEOPLE',
    isAggregate: false,
    text: 'at least fourteen people were injured',
    figureOf: ['attack-kharkiv-2026-01-23'],
    reportedBy: ['state-emergency-service-of-ukraine'],
    forPlaces: ['kharkiv'],
    partOf: [],
  },
  {
    fact: 'a child is among the Kharkiv injured, per the State Emergency Service',
    id: 'figure-kharkiv-injured-child',
    measure: 'INJURED',
    count: 1,
    qualifier: 'EXACTLY',
    group: 'CHILDREN',
    isAggregate: false,
    text: 'including a child',
    figureOf: ['attack-kharkiv-2026-01-23'],
    reportedBy: ['state-emergency-service-of-ukraine'],
    forPlaces: ['kharkiv'],
    partOf: ['figure-kharkiv-injured-at-least-fourteen'],
  },
  {
    fact: 'more than 130 rescue workers were deployed in Kharkiv, with no source named',
    id: 'figure-rescue-workers-deployed',
    measure: 'DEPLOYED',
    count: 130,
    qualifier: 'MORE_THAN',
    group: 'RESCUE_WORKERS',
    isAggregate: false,
    text: 'more than 130 rescue workers were deployed',
    figureOf: ['emergency-response-kharkiv-2026-01-23'],
    reportedBy: [],
    forPlaces: ['kharkiv'],
    partOf: [],
  },
  {
    fact: 'several residents were rescued in the Industrialnyi district, per the Ukrainian authorities',
    id: 'figure-residents-rescued',
    measure: 'RESCUED',
    count: null,
    qualifier: 'SEVERAL',
    group: 'RESIDENTS',
    isAggregate: false,
    text: 'several residents were rescued',
    figureOf: ['rescue-industrialnyi-2026-01-23'],
    reportedBy: ['ukrainian-authorities'],
    forPlaces: ['industrialnyi-district'],
    partOf: [],
  },
];

describe('figures as reports: count, qualifier, group, reporter and place', () => {
  it('has exactly the eight figures the article states', async () => {
    expect(
      await ids(
        'MATCH (f:Figure) WHERE EXISTS { MATCH (:Mention {target: f.id, source: $article}) } RETURN f.id AS id ORDER BY id',
        {
          article: ARTICLE,
        },
      ),
    ).toEqual(figures.map((f) => f.id).sort());
  });

  it.each(figures)('$fact', async ({ fact: _fact, id, ...expected }) => {
    const rows = await read(
      `MATCH (f:Node:Figure {id: $id})
       RETURN f.measure AS measure, f.count AS count, f.qualifier AS qualifier, f.group AS group,
              f.isAggregate AS isAggregate, f.text AS text,
              COLLECT { MATCH (f)-[:FIGURE_OF]->(x) RETURN x.id ORDER BY x.id } AS figureOf,
              COLLECT { MATCH (f)-[:REPORTED_BY]->(x) RETURN x.id ORDER BY x.id } AS reportedBy,
              COLLECT { MATCH (f)-[:FOR_PLACE]->(x) RETURN x.id ORDER BY x.id } AS forPlaces,
              COLLECT { MATCH (f)-[:PART_OF]->(x) RETURN x.id ORDER BY x.id } AS partOf`,
      { id },
    );
    expect(rows).toEqual([expected]);
  });

  it('keeps the totals as stated instead of adding up the city figures (4 + 14 would be 18)', async () => {
    const rows = await read(
      `MATCH (f:Figure) WHERE EXISTS { MATCH (:Mention {target: f.id, source: $article}) }
       WITH f ORDER BY f.id
       WITH collect(f) AS all
       RETURN [x IN all WHERE x.isAggregate | x.id] AS aggregates,
              size([x IN all WHERE x.measure = 'INJURED' AND x.count = 18]) AS summed`,
      { article: ARTICLE },
    );
    expect(rows).toEqual([{ aggregates: ['figure-injured-nearly-twenty', 'figure-killed-at-least-one'], summed: 0 }]);
  });

  it('does not put bare casualty numbers on the attack events themselves', async () => {
    const rows = await read(
      `MATCH (e:Event) WHERE e.kind = 'AIR_ATTACK' AND EXISTS { MATCH (:Mention {target: e.id, source: $article}) }
       RETURN [k IN keys(e) WHERE k =~ '(?i).*(killed|injured|dead|wounded|count).*'] AS numericKeys`,
      { article: ARTICLE },
    );
    expect(rows).toEqual(attacks.map(() => ({ numericKeys: [] })));
  });
});
