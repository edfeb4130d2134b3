import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { testDb } from '../helpers/testDb.js';

// The article's negotiations, proposals, positions and statements, one test per
// fact, read back from the seeded Neo4j.

const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';

let db: Database;
const read = (cypher: string, params: Record<string, unknown> = {}) => db.read({ cypher, params });

beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
});

/** Ids at the far end of `(id)-[type]->(x)`, sorted. */
const targets = async (id: string, type: string) =>
  (await read(`MATCH (:Node {id: $id})-[:${type}]->(x) RETURN x.id AS id ORDER BY id`, { id })).map((r) => r.id);
/** Ids at the near end of `(x)-[type]->(id)`, sorted. */
const sources = async (id: string, type: string) =>
  (await read(`MATCH (x)-[:${type}]->(:Node {id: $id}) RETURN x.id AS id ORDER BY id`, { id })).map((r) => r.id);

describe('the Abu Dhabi talks', () => {
  it('the Abu Dhabi talks are peace talks held in Abu Dhabi', async () => {
    const rows = await read(
      "MATCH (n:Node:Entity:Negotiation {id: 'abu-dhabi-talks-2026'}) RETURN n.name AS name, n.kind AS kind",
    );
    expect(rows).toEqual([{ name: 'Abu Dhabi talks', kind: 'PEACE_TALKS' }]);
    expect(await targets('abu-dhabi-talks-2026', 'HELD_IN')).toEqual(['abu-dhabi']);
  });

  it('the Abu Dhabi talks ran from 2026-01-22 to Friday 2026-01-23, their "second day of negotiations"', async () => {
    const rows = await read(
      `MATCH (n:Negotiation {id: 'abu-dhabi-talks-2026'})
       RETURN n.date AS date, n.endDate AS endDate, n.datePrecision AS precision, n.dateText AS dateText`,
    );
    expect(rows).toEqual([
      { date: '2026-01-22', endDate: '2026-01-23', precision: 'DAY', dateText: 'second day of negotiations' },
    ]);
  });

  it('Russia, Ukraine and the United States are the parties to the Abu Dhabi talks', async () => {
    expect(await sources('abu-dhabi-talks-2026', 'PARTY_TO')).toEqual(['russia', 'ukraine', 'united-states']);
  });

  it('the delegations of Russia, Ukraine and the United States took part in the Abu Dhabi talks', async () => {
    expect(await sources('abu-dhabi-talks-2026', 'PARTICIPATED_IN')).toEqual([
      'russian-delegation',
      'ukrainian-delegation',
      'us-delegation',
    ]);
  });

  it('the Abu Dhabi talks aim to end the Russia–Ukraine war', async () => {
    expect(await targets('abu-dhabi-talks-2026', 'AIMS_TO_END')).toEqual(['russia-ukraine-war']);
  });

  it('the Abu Dhabi meeting follows the shuttle diplomacy in Davos', async () => {
    expect(await targets('abu-dhabi-talks-2026', 'FOLLOWS')).toEqual(['davos-shuttle-diplomacy']);
  });

  it('the second day of the talks was Friday 2026-01-23 in Abu Dhabi, part of the Abu Dhabi talks', async () => {
    const rows = await read(
      `MATCH (n:Negotiation {id: 'abu-dhabi-talks-2026-day-2'})
       RETURN n.date AS date, n.dateText AS dateText, n.date.dayOfWeek AS dayOfWeek,
              [(n)-[:HELD_IN]->(p) | p.id] AS heldIn, [(n)-[:PART_OF]->(x) | x.id] AS partOf`,
    );
    expect(rows).toEqual([
      {
        date: '2026-01-23',
        dateText: 'the second day of negotiations',
        dayOfWeek: 5,
        heldIn: ['abu-dhabi'],
        partOf: ['abu-dhabi-talks-2026'],
      },
    ]);
  });

  it('the three delegations reconvened for the second day of the talks', async () => {
    expect(await sources('abu-dhabi-talks-2026-day-2', 'PARTICIPATED_IN')).toEqual([
      'russian-delegation',
      'ukrainian-delegation',
      'us-delegation',
    ]);
  });

  it('the first round of the Abu Dhabi talks is a talks round numbered 1, part of the talks', async () => {
    const rows = await read(
      `MATCH (n:Negotiation {id: 'abu-dhabi-talks-2026-round-1'})
       RETURN n.kind AS kind, n.round AS round, [(n)-[:PART_OF]->(x) | x.id] AS partOf`,
    );
    expect(rows).toEqual([{ kind: 'TALKS_ROUND', round: 1, partOf: ['abu-dhabi-talks-2026'] }]);
  });

  it('White House officials described the first round as "productive"', async () => {
    const rows = await read(
      `MATCH (s:Statement)-[:ABOUT]->(:Negotiation {id: 'abu-dhabi-talks-2026-round-1'}),
            (s)-[:SAID_BY]->(w:Organization)
       RETURN s.cueVerb AS cueVerb, s.attribution AS attribution, w.id AS speaker, s.text CONTAINS 'productive' AS productive`,
    );
    expect(rows).toEqual([{ cueVerb: 'described', attribution: 'ASSERTED', speaker: 'white-house', productive: true }]);
  });

  it('Russian sources indicated the talks were ongoing and no party had withdrawn', async () => {
    const rows = await read(
      `MATCH (s:Statement {id: 'statement-russian-sources-ongoing'})-[:ABOUT]->(n:Negotiation), (s)-[:SAID_BY]->(x)
       RETURN n.id AS about, x.id AS speaker, s.speakerLabel AS label, s.cueVerb AS cueVerb, s.attribution AS attribution, s.text AS text`,
    );
    expect(rows).toEqual([
      {
        about: 'abu-dhabi-talks-2026',
        speaker: 'russia',
        label: 'Russian sources',
        cueVerb: 'indicated',
        attribution: 'REPORTED',
        text: 'Discussions were ongoing and no party had withdrawn from the process.',
      },
    ]);
  });
});

describe('the earlier diplomacy', () => {
  it('the shuttle diplomacy ran "earlier in the week" of 2026-01-19, during the World Economic Forum in Davos', async () => {
    const rows = await read(
      `MATCH (n:Negotiation {id: 'davos-shuttle-diplomacy'})
       RETURN n.kind AS kind, n.date AS date, n.datePrecision AS precision, n.dateText AS dateText,
              [(n)-[:CONCURRENT_WITH]->(e) | e.id] AS during`,
    );
    expect(rows).toEqual([
      {
        kind: 'SHUTTLE_DIPLOMACY',
        date: '2026-01-19',
        precision: 'WEEK',
        dateText: 'earlier in the week',
        during: ['world-economic-forum-davos-2026'],
      },
    ]);
  });

  it('special envoy Steve Witkoff, President Putin and President Zelenskyy took part in the shuttle diplomacy', async () => {
    const rows = await read(
      `MATCH (p:Person)-[r:PARTICIPATED_IN]->(:Negotiation {id: 'davos-shuttle-diplomacy'})
       RETURN p.id AS id, r.role AS role ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'steve-witkoff', role: 'special envoy' },
      { id: 'vladimir-putin', role: null },
      { id: 'volodymyr-zelenskyy', role: null },
    ]);
  });

  it('Trump and Putin held earlier talks "last year", resolved to 2025 against the publication date', async () => {
    const rows = await read(
      `MATCH (n:Negotiation {id: 'trump-putin-talks-2025'}), (a:Article {id: $article})
       RETURN n.kind AS kind, n.date AS date, n.datePrecision AS precision, n.dateText AS dateText,
              a.publishedOn.year - n.date.year AS yearsBefore`,
      { article: ARTICLE },
    );
    expect(rows).toEqual([
      { kind: 'SUMMIT', date: '2025-01-01', precision: 'YEAR', dateText: 'last year', yearsBefore: 1 },
    ]);
    expect(await sources('trump-putin-talks-2025', 'PARTICIPATED_IN')).toEqual(['donald-trump', 'vladimir-putin']);
  });
});

describe('proposals and demands: what they ask, who pushes them, what land they concern', () => {
  it('the Anchorage formula is a peace framework asking Ukraine to withdraw from parts of Luhansk and Donetsk', async () => {
    const rows = await read(
      "MATCH (p:Node:Entity:Proposal {id: 'anchorage-formula'}) RETURN p.name AS name, p.kind AS kind, p.demands AS demands",
    );
    expect(rows).toEqual([
      {
        name: 'Anchorage formula',
        kind: 'PEACE_FRAMEWORK',
        demands: [
          'Ukraine withdraws from parts of the Luhansk and Donetsk regions',
          'The withdrawal paves the way for the formal annexation of those areas',
        ],
      },
    ]);
  });

  it('Russia is pushing for the Anchorage formula', async () => {
    const rows = await read(
      "MATCH (:Proposal {id: 'anchorage-formula'})-[r:PROPOSED_BY]->(x) RETURN x.id AS id, r.role AS role",
    );
    expect(rows).toEqual([{ id: 'russia', role: 'pushing' }]);
  });

  it('the Anchorage formula concerns Luhansk Oblast and Donetsk Oblast', async () => {
    expect(await targets('anchorage-formula', 'CONCERNS')).toEqual(['donetsk-oblast', 'luhansk-oblast']);
  });

  it('the Anchorage formula is named after Anchorage', async () => {
    expect(await targets('anchorage-formula', 'NAMED_AFTER')).toEqual(['anchorage']);
  });

  it('the Anchorage formula was discussed at the Trump–Putin talks, which the graph marks as an unattributed claim', async () => {
    expect(await targets('anchorage-formula', 'DISCUSSED_AT')).toEqual(['trump-putin-talks-2025']);
    const rows = await read(
      `MATCH (s:Statement {id: 'statement-anchorage-allegedly-discussed'})
       RETURN s.attribution AS attribution, s.cueVerb AS cueVerb, [(s)-[:SAID_BY]->(x) | x.id] AS saidBy,
              COLLECT { MATCH (s)-[:ABOUT]->(x) RETURN x.id ORDER BY x.id } AS about`,
    );
    expect(rows).toEqual([
      {
        attribution: 'CLAIMED',
        cueVerb: 'allegedly discussed',
        saidBy: [],
        about: ['anchorage-formula', 'trump-putin-talks-2025'],
      },
    ]);
  });

  it('Russia reiterated its demand for territorial concessions from Ukraine as part of any peace agreement', async () => {
    const rows = await read(
      `MATCH (p:Proposal {id: 'territorial-concessions-demand'})
       RETURN p.kind AS kind, p.demands AS demands,
              [(p)-[r:PROPOSED_BY]->(x) | {by: x.id, role: r.role}] AS proposedBy,
              [(p)-[:CONCERNS]->(x) | x.id] AS concerns`,
    );
    expect(rows).toEqual([
      {
        kind: 'DEMAND',
        demands: ['Territorial concessions as part of any peace agreement'],
        proposedBy: [{ by: 'russia', role: 'reiterated' }],
        concerns: ['ukraine'],
      },
    ]);
  });

  it('full control of Donbas is a condition for settlement stated by Dmitry Peskov for the Kremlin', async () => {
    const rows = await read(
      `MATCH (p:Proposal {id: 'donbas-control-condition'})
       RETURN p.kind AS kind, p.demands AS demands,
              COLLECT { MATCH (p)-[r:PROPOSED_BY]->(x) RETURN {by: x.id, role: r.role} AS by ORDER BY x.id } AS proposedBy,
              [(p)-[:CONCERNS]->(x) | x.id] AS concerns`,
    );
    expect(rows).toEqual([
      {
        kind: 'CONDITION',
        demands: ['Full control of the Donbas region'],
        proposedBy: [
          { by: 'dmitry-peskov', role: 'stated' },
          { by: 'kremlin', role: null },
        ],
        concerns: ['donbas'],
      },
    ]);
  });

  it('Kira Rudik urged international partners to strengthen air defence support', async () => {
    const rows = await read(
      `MATCH (p:Proposal {id: 'air-defence-appeal'})
       RETURN p.kind AS kind, p.demands AS demands, [(p)-[r:PROPOSED_BY]->(x) | {by: x.id, role: r.role}] AS proposedBy`,
    );
    expect(rows).toEqual([
      {
        kind: 'APPEAL',
        demands: ['International partners strengthen air defence support'],
        proposedBy: [{ by: 'kira-rudik', role: 'urged' }],
      },
    ]);
  });
});

interface PositionFact {
  fact: string;
  holder: string;
  proposal: string;
  stance: string;
  summary: string;
}

const REJECTION =
  'territorial integrity is central to the negotiations; Ukraine will not accept forced land concessions';
const positions: PositionFact[] = [
  {
    fact: 'Russia demands territorial concessions',
    holder: 'russia',
    proposal: 'territorial-concessions-demand',
    stance: 'DEMANDS',
    summary: 'Russia has reiterated its demand for territorial concessions as part of any peace agreement.',
  },
  {
    fact: 'Russia supports the Anchorage formula',
    holder: 'russia',
    proposal: 'anchorage-formula',
    stance: 'SUPPORTS',
    summary: 'Moscow is pushing for the Anchorage formula.',
  },
  {
    fact: 'the Kremlin demands full control of Donbas',
    holder: 'kremlin',
    proposal: 'donbas-control-condition',
    stance: 'DEMANDS',
    summary: 'Full control of the Donbas region remains a major condition for any lasting settlement.',
  },
  {
    fact: 'Zelenskyy rejects forced land concessions',
    holder: 'volodymyr-zelenskyy',
    proposal: 'territorial-concessions-demand',
    stance: 'REJECTS',
    summary: REJECTION,
  },
  {
    fact: 'Ukraine rejects forced land concessions',
    holder: 'ukraine',
    proposal: 'territorial-concessions-demand',
    stance: 'REJECTS',
    summary: REJECTION,
  },
  {
    fact: 'Kira Rudik supports her appeal for air defence',
    holder: 'kira-rudik',
    proposal: 'air-defence-appeal',
    stance: 'SUPPORTS',
    summary: 'Urged international partners to strengthen air defence support.',
  },
];

describe("each side's position", () => {
  it('has exactly the six positions the article reports', async () => {
    const rows = await read(
      `MATCH (h)-[r:HAS_POSITION]->(p) WHERE EXISTS { MATCH (:Mention {target: r.id, source: $article}) }
       RETURN h.id AS holder, p.id AS proposal ORDER BY holder, proposal`,
      { article: ARTICLE },
    );
    expect(rows).toEqual(
      positions
        .map(({ holder, proposal }) => ({ holder, proposal }))
        .sort((a, b) => a.holder.localeCompare(b.holder) || a.proposal.localeCompare(b.proposal)),
    );
  });

  it.each(positions)('$fact', async ({ holder, proposal, stance, summary }) => {
    const rows = await read(
      'MATCH (:Node {id: $holder})-[r:HAS_POSITION]->(:Proposal {id: $proposal}) RETURN r.stance AS stance, r.summary AS summary',
      { holder, proposal },
    );
    expect(rows).toEqual([{ stance, summary }]);
  });
});

interface StatementFact {
  fact: string;
  id: string;
  saidBy: string[];
  speakerLabel: string | null;
  about: string[];
  attribution: string;
  cueVerb: string;
  text: string;
}

const statements: StatementFact[] = [
  {
    fact: 'the Ukrainian authorities reported the overall toll of the attacks',
    id: 'statement-authorities-toll',
    saidBy: ['ukrainian-authorities'],
    speakerLabel: 'Ukrainian authorities',
    about: ['figure-injured-nearly-twenty', 'figure-killed-at-least-one', 'russian-air-attacks-2026-01-23'],
    attribution: 'REPORTED',
    cueVerb: 'according to',
    text: 'Fresh Russian air attacks struck Kyiv and Kharkiv, leaving at least one person dead and nearly twenty others injured.',
  },
  {
    fact: 'officials in Kyiv said several districts of the capital were hit',
    id: 'statement-kyiv-officials-districts-hit',
    saidBy: ['kyiv-officials'],
    speakerLabel: 'Officials in Kyiv',
    about: ['attack-kyiv-2026-01-23'],
    attribution: 'REPORTED',
    cueVerb: 'said',
    text: 'Several districts of the capital were hit by drone and missile strikes, triggering fires and damaging residential buildings, offices and medical facilities.',
  },
  {
    fact: 'Klitschko confirmed four wounded in Kyiv, three in hospital',
    id: 'statement-klitschko-wounded',
    saidBy: ['vitali-klitschko'],
    speakerLabel: 'Kyiv Mayor Vitali Klitschko',
    about: ['attack-kyiv-2026-01-23', 'figure-kyiv-hospitalized-three', 'figure-kyiv-wounded-four'],
    attribution: 'REPORTED',
    cueVerb: 'confirmed',
    text: 'Four people were wounded, with three currently receiving treatment in hospital.',
  },
  {
    fact: 'the State Emergency Service reported at least fourteen injured in Kharkiv, including a child',
    id: 'statement-ses-kharkiv-injured',
    saidBy: ['state-emergency-service-of-ukraine'],
    speakerLabel: 'Ukraine’s State Emergency Service',
    about: ['attack-kharkiv-2026-01-23', 'figure-kharkiv-injured-at-least-fourteen', 'figure-kharkiv-injured-child'],
    attribution: 'REPORTED',
    cueVerb: 'reported',
    text: 'At least fourteen people were injured in Kharkiv, including a child.',
  },
  {
    fact: 'the State Emergency Service described a massive wave of drone attacks',
    id: 'statement-ses-massive-wave',
    saidBy: ['state-emergency-service-of-ukraine'],
    speakerLabel: 'Ukraine’s State Emergency Service',
    about: ['attack-kharkiv-2026-01-23'],
    attribution: 'ASSERTED',
    cueVerb: 'described',
    text: 'The attacks were a massive wave of drone attacks across the region.',
  },
  {
    fact: 'the authorities said several residents were rescued',
    id: 'statement-authorities-residents-rescued',
    saidBy: ['ukrainian-authorities'],
    speakerLabel: 'Authorities',
    about: ['figure-residents-rescued', 'rescue-industrialnyi-2026-01-23'],
    attribution: 'REPORTED',
    cueVerb: 'said',
    text: 'Several residents were rescued from a damaged four storey building in the Industrialnyi district of the city.',
  },
  {
    fact: 'Kira Rudik warned the energy infrastructure was under severe strain',
    id: 'statement-rudik-energy-strain',
    saidBy: ['kira-rudik'],
    speakerLabel: 'Ukrainian opposition lawmaker, Kira Rudik',
    about: ['russian-air-attacks-2026-01-23', 'ukraine'],
    attribution: 'ASSERTED',
    cueVerb: 'warned',
    text: 'The country’s energy infrastructure was under severe strain following the latest bombardments.',
  },
  {
    fact: 'Kira Rudik said the power system was hanging by a thread',
    id: 'statement-rudik-power-system',
    saidBy: ['kira-rudik'],
    speakerLabel: 'She',
    about: ['ukraine'],
    attribution: 'ASSERTED',
    cueVerb: 'said',
    text: 'The national power system was hanging by a thread.',
  },
  {
    fact: 'Kira Rudik urged partners to strengthen air defence support',
    id: 'statement-rudik-air-defence',
    saidBy: ['kira-rudik'],
    speakerLabel: 'She',
    about: ['air-defence-appeal'],
    attribution: 'URGED',
    cueVerb: 'urged',
    text: 'International partners should strengthen air defence support.',
  },
  {
    fact: 'Russia reiterated its demand for territorial concessions',
    id: 'statement-russia-territorial-demand',
    saidBy: ['russia'],
    speakerLabel: 'Russia',
    about: ['territorial-concessions-demand'],
    attribution: 'DEMANDED',
    cueVerb: 'reiterated',
    text: 'Russia has reiterated its demand for territorial concessions as part of any peace agreement.',
  },
  {
    fact: 'a senior foreign ministry official disclosed that Moscow pushes the Anchorage formula',
    id: 'statement-mfa-anchorage-formula',
    saidBy: ['russian-foreign-ministry'],
    speakerLabel: 'A senior Russian foreign ministry official',
    about: ['anchorage-formula'],
    attribution: 'ASSERTED',
    cueVerb: 'disclosed',
    text: 'Moscow is pushing for what it termed the Anchorage formula.',
  },
  {
    fact: 'the Anchorage formula was allegedly discussed by Trump and Putin, a claim with no named source',
    id: 'statement-anchorage-allegedly-discussed',
    saidBy: [],
    speakerLabel: null,
    about: ['anchorage-formula', 'trump-putin-talks-2025'],
    attribution: 'CLAIMED',
    cueVerb: 'allegedly discussed',
    text: 'The Anchorage formula was allegedly discussed during earlier talks between Donald Trump and Vladimir Putin last year.',
  },
  {
    fact: 'Peskov stated that full control of Donbas remains a major condition',
    id: 'statement-peskov-donbas-condition',
    saidBy: ['dmitry-peskov'],
    speakerLabel: 'Kremlin spokesperson Dmitry Peskov',
    about: ['donbas', 'donbas-control-condition'],
    attribution: 'ASSERTED',
    cueVerb: 'stated',
    text: 'Full control of the Donbas region remains a major condition for any lasting settlement.',
  },
  {
    fact: 'Zelenskyy maintained that Ukraine will not accept forced land concessions',
    id: 'statement-zelenskyy-territorial-integrity',
    saidBy: ['volodymyr-zelenskyy'],
    speakerLabel: 'Ukraine’s President, Volodymyr Zelenskyy',
    about: ['abu-dhabi-talks-2026', 'territorial-concessions-demand'],
    attribution: 'ASSERTED',
    cueVerb: 'maintained',
    text: 'Territorial integrity is central to the negotiations and Ukraine will not accept forced land concessions.',
  },
  {
    fact: 'the White House described the first round of talks as productive',
    id: 'statement-white-house-productive',
    saidBy: ['white-house'],
    speakerLabel: 'Officials from the White House',
    about: ['abu-dhabi-talks-2026-round-1'],
    attribution: 'ASSERTED',
    cueVerb: 'described',
    text: 'The first round of Abu Dhabi talks was productive.',
  },
  {
    fact: 'Russian sources indicated the discussions were ongoing',
    id: 'statement-russian-sources-ongoing',
    saidBy: ['russia'],
    speakerLabel: 'Russian sources',
    about: ['abu-dhabi-talks-2026'],
    attribution: 'REPORTED',
    cueVerb: 'indicated',
    text: 'Discussions were ongoing and no party had withdrawn from the process.',
  },
  {
    fact: 'Russia claims the capture of a village northeast of Kharkiv',
    id: 'statement-russia-village-capture',
    saidBy: ['russia'],
    speakerLabel: 'Russia',
    about: ['village-capture-northeast-of-kharkiv'],
    attribution: 'CLAIMED',
    cueVerb: 'claiming',
    text: 'Russia claims the capture of a village northeast of Kharkiv.',
  },
  {
    fact: 'continued strikes were reported in the Dnipropetrovsk region, with no named source',
    id: 'statement-dnipropetrovsk-strikes',
    saidBy: [],
    speakerLabel: null,
    about: ['strikes-dnipropetrovsk'],
    attribution: 'REPORTED',
    cueVerb: 'reported',
    text: 'Continued strikes were reported in the Dnipropetrovsk region.',
  },
];

describe('statements: speaker, subject, attribution and cue verb', () => {
  it('has exactly the eighteen statements of the article', async () => {
    const rows = await read(
      'MATCH (s:Statement) WHERE EXISTS { MATCH (:Mention {target: s.id, source: $article}) } RETURN s.id AS id ORDER BY id',
      {
        article: ARTICLE,
      },
    );
    expect(rows.map((r) => r.id)).toEqual(statements.map((s) => s.id).sort());
  });

  it.each(statements)('$fact', async ({ fact: _fact, id, ...expected }) => {
    const rows = await read(
      `MATCH (s:Node:Statement {id: $id})
       RETURN COLLECT { MATCH (s)-[:SAID_BY]->(x) RETURN x.id ORDER BY x.id } AS saidBy,
              s.speakerLabel AS speakerLabel,
              COLLECT { MATCH (s)-[:ABOUT]->(x) RETURN x.id ORDER BY x.id } AS about,
              s.attribution AS attribution, s.cueVerb AS cueVerb, s.text AS text, s.isDirectQuote AS isDirectQuote`,
      { id },
    );
    // The article uses no quotation marks, so every statement is a paraphrase.
    expect(rows).toEqual([{ ...expected, isDirectQuote: false }]);
  });
});
