import type { MentionRow, NodeRow, RelationshipRow } from '../src/cypher/writeCypher.js';
import { mentionKey, relationshipId } from '../src/ids.js';
import type { MentionSpan as Mention } from '../src/write/changeSet.js';
import {
  ATTRIBUTIONS,
  EVENT_KINDS,
  FIGURE_MEASURES,
  FIGURE_QUALIFIERS,
  NEGOTIATION_KINDS,
  ORGANIZATION_KINDS,
  PROPOSAL_KINDS,
  STANCES,
  type NodeLabel,
  type RelationshipType,
} from '../src/model.js';
import { Prng } from './prng.js';

/** Every synthetic id starts with this, so the benchmark can remove exactly its own data. */
export const SYN_PREFIX = 'syn-';

export interface GraphChunk {
  nodes: Map<NodeLabel, NodeRow[]>;
  relationships: Map<RelationshipType, RelationshipRow[]>;
  /** One mention per node and relationship, quoting the seeded article. */
  mentions: MentionRow[];
  nodeCount: number;
  relationshipCount: number;
}

type Kind =
  | 'person'
  | 'organization'
  | 'region'
  | 'city'
  | 'district'
  | 'event'
  | 'negotiation'
  | 'proposal'
  | 'statement'
  | 'figure';

// Shares of the node stream by kind. Events and statements dominate, as in news
// data; places and organizations are few, so they become the hubs.
const MIX: [Kind, number][] = [
  ['person', 0.2],
  ['organization', 0.05],
  ['region', 0.005],
  ['city', 0.04],
  ['district', 0.03],
  ['event', 0.33],
  ['negotiation', 0.02],
  ['proposal', 0.01],
  ['statement', 0.17],
  ['figure', 0.145],
];

const COUNTRIES = 20;
const SYLLABLES = [
  'ka',
  'ri',
  'vo',
  'len',
  'mir',
  'sha',
  'to',
  'dan',
  'el',
  'os',
  'ta',
  'ni',
  'bor',
  'gu',
  'ze',
  'pol',
  'ar',
  'in',
  'ko',
  've',
  'lu',
  'sta',
  'rin',
  'dro',
  'mek',
  'sal',
  'hu',
  'ny',
  'pet',
  'zor',
];
const PLACE_SUFFIXES = ['', 'sk', 'ivka', 'grad', 'ovo', 'ia', 'burg', 'opil'];
const TITLES = ['Mayor', 'Minister', 'Spokesperson', 'Governor', 'Envoy', 'Adviser', 'Head', 'Lawmaker', 'Commander'];
const ROLES = ['delegate', 'special envoy', 'observer', 'mediator', 'negotiator'];
const CUE_VERBS = ['said', 'confirmed', 'warned', 'urged', 'claimed', 'denied', 'reported'];
const EVENT_WORDS: Record<string, string> = {
  WAR: 'Conflict',
  AIR_ATTACK: 'Air attack',
  STRIKES: 'Strikes',
  EMERGENCY_RESPONSE: 'Emergency response',
  RESCUE: 'Rescue',
  TERRITORIAL_CAPTURE: 'Capture',
  FORUM: 'Forum',
  OTHER: 'Incident',
};
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2022, 1, 24);
const DAYS = 1430;

/**
 * A deterministic synthetic graph with the article graph's schema, grown as a
 * stream: node i only links to nodes created before it, so the first N nodes of the
 * stream form a complete graph for any N. That lets the benchmark load 10k nodes,
 * measure, then add nodes up to 100k and measure again, on the same generator.
 *
 * Degrees are skewed: links prefer early nodes of each kind (countries, capitals
 * and early regions become hubs; most events and statements have one or two links).
 * Every node carries the properties the resolvers read (name, aliasesText, kind,
 * dates, mention lists), with provenance pointing into the seeded article's text.
 */
export class SyntheticGraph {
  readonly #rng: Prng;
  readonly #quotes: Mention[];
  readonly #ids: Record<Kind | 'country' | 'capital' | 'war', string[]> = {
    person: [],
    organization: [],
    region: [],
    city: [],
    district: [],
    event: [],
    negotiation: [],
    proposal: [],
    statement: [],
    figure: [],
    country: [],
    capital: [],
    war: [],
  };
  #produced = 0;
  #chunk: GraphChunk = SyntheticGraph.#emptyChunk();
  #cumulative: number[] = [];

  /**
   * @param articleId the seeded article every synthetic mention quotes
   * @param articleText its text; quotes are real spans of it
   */
  constructor(articleId: string, articleText: string, seed = 20260124) {
    this.#rng = new Prng(seed);
    this.#quotes = sentenceSpans(articleId, articleText);
    let sum = 0;
    this.#cumulative = MIX.map(([, share]) => (sum += share));
  }

  /** Nodes generated so far. */
  get size(): number {
    return this.#produced;
  }

  /**
   * Generates nodes until the stream holds `target` nodes, handing back chunks of at
   * most `chunkNodes` nodes with the relationships those nodes start or end.
   */
  *grow(target: number, chunkNodes = 20_000): Generator<GraphChunk> {
    while (this.#produced < target) {
      if (this.#produced === 0) this.#preamble();
      else this.#one();
      if (this.#chunk.nodeCount >= chunkNodes || this.#produced >= target) {
        const out = this.#chunk;
        this.#chunk = SyntheticGraph.#emptyChunk();
        yield out;
      }
    }
  }

  /** Ids of one kind, in creation order (the query mix picks its targets here). */
  idsOf(kind: Kind | 'country' | 'capital' | 'war'): readonly string[] {
    return this.#ids[kind];
  }

  static #emptyChunk(): GraphChunk {
    return { nodes: new Map(), relationships: new Map(), mentions: [], nodeCount: 0, relationshipCount: 0 };
  }

  // -- stream ------------------------------------------------------------------

  /** Countries with their capitals and two regions each: the fixed top of the hierarchy. */
  #preamble(): void {
    for (let c = 0; c < COUNTRIES; c++) {
      const country = this.#node('Place', 'country', { name: this.#placeName(), kind: 'COUNTRY' });
      const capital = this.#node('Place', 'capital', { name: this.#placeName(), kind: 'CITY' });
      this.#rel(capital, 'PART_OF', country);
      this.#rel(capital, 'CAPITAL_OF', country);
      for (let r = 0; r < 2; r++) this.#region(country);
    }
    const war = this.#event('WAR');
    this.#rel(war, 'CARRIED_OUT_BY', this.#ids.country[0]!);
  }

  #one(): void {
    const u = this.#rng.next();
    const kind = MIX[this.#cumulative.findIndex((c) => u < c)]?.[0] ?? 'event';
    const r = this.#rng;
    switch (kind) {
      case 'region':
        this.#region(r.skewed(this.#ids.country, 1.5));
        break;
      case 'city': {
        const region = r.skewed(this.#ids.region, 1.3);
        const city = this.#node('Place', 'city', { name: this.#placeName(), kind: 'CITY' });
        this.#rel(city, 'PART_OF', region);
        break;
      }
      case 'district': {
        const city = r.skewed(this.#ids.city.length ? this.#ids.city : this.#ids.capital, 2);
        const d = this.#node('Place', 'district', {
          name: `${this.#placeName()} ${r.chance(0.5) ? 'district' : 'village'}`,
          kind: r.chance(0.5) ? 'DISTRICT' : 'VILLAGE',
        });
        this.#rel(d, 'PART_OF', city);
        break;
      }
      case 'organization': {
        const where = r.chance(0.5) ? r.skewed(this.#ids.capital, 2) : this.#anyCity();
        const k = r.pick(ORGANIZATION_KINDS);
        const org = this.#node('Organization', 'organization', {
          name: `${this.#word()} ${k === 'MINISTRY' ? 'Ministry' : k === 'DELEGATION' ? 'Delegation' : 'Office'} of ${this.#word()}`,
          kind: k,
        });
        this.#rel(org, 'LOCATED_IN', where);
        break;
      }
      case 'person': {
        const p = this.#node('Person', 'person', { name: `${this.#word()} ${this.#word()}` });
        const roles = r.int(1, 3);
        const targets = new Set<string>();
        for (let i = 0; i < roles; i++) {
          const target =
            this.#ids.organization.length && r.chance(0.7)
              ? r.skewed(this.#ids.organization, 2)
              : r.chance(0.5)
                ? r.skewed(this.#ids.country, 2)
                : this.#anyCity();
          if (targets.has(target)) continue;
          targets.add(target);
          this.#rel(p, 'HOLDS_ROLE', target, { title: r.pick(TITLES) });
        }
        if (r.chance(0.3) && this.#ids.negotiation.length) {
          this.#rel(p, 'PARTICIPATED_IN', r.skewed(this.#ids.negotiation, 1.5), { role: r.pick(ROLES) });
        }
        break;
      }
      case 'event': {
        const k = r.chance(0.01) ? 'WAR' : r.pick(EVENT_KINDS.filter((x) => x !== 'WAR'));
        const e = this.#event(k);
        const place = r.chance(0.5) && this.#ids.district.length ? r.skewed(this.#ids.district, 1.5) : this.#anyCity();
        this.#rel(e, 'OCCURRED_IN', place);
        if (r.chance(0.6)) this.#rel(e, 'CARRIED_OUT_BY', r.skewed(this.#ids.country, 3));
        else if (this.#ids.organization.length) this.#rel(e, 'CARRIED_OUT_BY', r.skewed(this.#ids.organization, 2));
        if (k !== 'WAR' && r.chance(0.5)) this.#rel(e, 'PART_OF', r.skewed(this.#ids.war, 2));
        if (r.chance(0.05) && this.#ids.event.length > 1) {
          this.#rel(e, 'RESPONDED_TO', r.pick(this.#ids.event.slice(-50, -1)), { role: 'response' });
        }
        break;
      }
      case 'negotiation': {
        const n = this.#node(
          'Negotiation',
          'negotiation',
          {
            name: `Talks in ${this.#word()} round ${this.#ids.negotiation.length + 1}`,
            kind: r.pick(NEGOTIATION_KINDS),
          },
          this.#date(),
        );
        this.#rel(n, 'HELD_IN', r.skewed(this.#ids.capital, 1.5));
        const parties = new Set([r.skewed(this.#ids.country, 2), r.skewed(this.#ids.country, 2)]);
        for (const c of parties) this.#rel(c, 'PARTY_TO', n);
        const people = new Set<string>();
        for (let i = 0; i < r.int(1, 4); i++) if (this.#ids.person.length) people.add(r.pick(this.#ids.person));
        for (const p of people) this.#rel(p, 'PARTICIPATED_IN', n, { role: r.pick(ROLES) });
        const before = this.#ids.negotiation.at(-2);
        if (before && r.chance(0.3)) this.#rel(n, 'FOLLOWS', before);
        if (r.chance(0.5)) this.#rel(n, 'AIMS_TO_END', r.skewed(this.#ids.war, 2));
        break;
      }
      case 'proposal': {
        const p = this.#node('Proposal', 'proposal', {
          name: `${this.#word()} formula`,
          kind: r.pick(PROPOSAL_KINDS),
          demands: [`${this.#word()} corridor`],
        });
        this.#rel(
          p,
          'PROPOSED_BY',
          r.chance(0.5) || !this.#ids.person.length ? r.skewed(this.#ids.country, 2) : r.pick(this.#ids.person),
        );
        this.#rel(p, 'CONCERNS', this.#anyCity());
        if (this.#ids.negotiation.length) this.#rel(p, 'DISCUSSED_AT', r.pick(this.#ids.negotiation));
        const holders = new Set([r.skewed(this.#ids.country, 2), r.skewed(this.#ids.country, 2)]);
        for (const h of holders) this.#rel(h, 'HAS_POSITION', p, { stance: r.pick(STANCES) });
        break;
      }
      case 'statement': {
        const attribution = r.pick(ATTRIBUTIONS);
        const s = this.#node('Statement', 'statement', {
          text: `${this.#word()} ${this.#word()} ${r.pick(CUE_VERBS)} about ${this.#word()}.`,
          isDirectQuote: r.chance(0.3),
          cueVerb: r.pick(CUE_VERBS),
          attribution,
        });
        this.#rel(
          s,
          'SAID_BY',
          this.#ids.person.length && r.chance(0.9) ? r.skewed(this.#ids.person, 2) : r.pick(this.#ids.country),
        );
        const about =
          r.chance(0.6) && this.#ids.event.length
            ? r.skewed(this.#ids.event, 2)
            : r.skewed(this.#ids.person.length ? this.#ids.person : this.#ids.country, 2);
        this.#rel(s, 'ABOUT', about);
        break;
      }
      case 'figure': {
        const count = r.chance(0.1) ? null : r.int(1, 200);
        const f = this.#node('Figure', 'figure', {
          measure: r.pick(FIGURE_MEASURES),
          count,
          qualifier: count === null ? 'SEVERAL' : r.pick(FIGURE_QUALIFIERS.filter((q) => q !== 'SEVERAL')),
          group: 'PEOPLE',
          isAggregate: false,
          text: `${count ?? 'several'} people`,
        });
        const ev = r.skewed(this.#ids.event, 1.5);
        this.#rel(f, 'FIGURE_OF', ev);
        this.#rel(f, 'FOR_PLACE', this.#anyCity());
        this.#rel(
          f,
          'REPORTED_BY',
          this.#ids.organization.length ? r.skewed(this.#ids.organization, 2) : r.pick(this.#ids.country),
        );
        break;
      }
    }
  }

  #region(country: string): void {
    const region = this.#node('Place', 'region', { name: `${this.#placeName()} region`, kind: 'REGION' });
    this.#rel(region, 'PART_OF', country);
  }

  #event(kind: string): string {
    const id = this.#node(
      'Event',
      kind === 'WAR' ? 'war' : 'event',
      {
        name: `${EVENT_WORDS[kind] ?? 'Incident'} near ${this.#word()}`,
        kind,
        status: this.#rng.chance(0.9) ? 'REPORTED' : 'CLAIMED',
        datePrecision: 'DAY',
        weapons: kind === 'AIR_ATTACK' ? ['drones'] : [],
        damaged: [],
      },
      this.#date(),
    );
    if (kind === 'WAR') this.#ids.event.push(id);
    return id;
  }

  #anyCity(): string {
    const r = this.#rng;
    return r.chance(0.3) || !this.#ids.city.length ? r.skewed(this.#ids.capital, 2) : r.skewed(this.#ids.city, 2);
  }

  // -- rows --------------------------------------------------------------------

  #node(label: NodeLabel, kind: Kind | 'country' | 'capital' | 'war', props: Record<string, unknown>, date?: string) {
    const id = `${SYN_PREFIX}${kind}-${this.#ids[kind].length}`;
    this.#ids[kind].push(id);
    const all: Record<string, unknown> = { ...props };
    if ('name' in props) {
      const aliases = this.#rng.chance(0.2) ? [`${this.#word()} ${this.#word()}`] : [];
      Object.assign(all, {
        aliases,
        aliasesText: aliases.join(' | '),
        description: `${label} ${String(props.name)} as the generator describes it.`,
      });
    }
    this.#mention(id, this.#rng.pick(this.#quotes));
    const row: NodeRow = { id, props: all, dates: { date: date ?? null, endDate: null } };
    const list = this.#chunk.nodes.get(label) ?? [];
    list.push(row);
    this.#chunk.nodes.set(label, list);
    this.#chunk.nodeCount += 1;
    this.#produced += 1;
    return id;
  }

  #rel(from: string, type: RelationshipType, to: string, props: Record<string, unknown> = {}): void {
    const row: RelationshipRow = {
      id: relationshipId(from, type, to),
      from,
      to,
      props,
    };
    this.#mention(row.id, this.#rng.pick(this.#quotes));
    const list = this.#chunk.relationships.get(type) ?? [];
    list.push(row);
    this.#chunk.relationships.set(type, list);
    this.#chunk.relationshipCount += 1;
  }

  #mention(target: string, m: Mention): void {
    this.#chunk.mentions.push({
      key: mentionKey(target, m),
      target,
      source: m.sourceId,
      start: m.start,
      end: m.end,
      quote: m.quote,
    });
  }

  #word(): string {
    const r = this.#rng;
    let w = '';
    for (let i = r.int(2, 3); i > 0; i--) w += r.pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  }

  #placeName(): string {
    return this.#word() + this.#rng.pick(PLACE_SUFFIXES);
  }

  #date(): string {
    return new Date(FIRST_DAY + this.#rng.int(0, DAYS) * DAY_MS).toISOString().slice(0, 10);
  }
}

/** Sentence spans of the article, as mentions: synthetic provenance still points at real text. */
function sentenceSpans(articleId: string, text: string): Mention[] {
  const out: Mention[] = [];
  const re = /[^.!?\n]+[.!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const quote = m[0].trim();
    if (quote.length < 20) continue;
    const start = m.index + m[0].indexOf(quote);
    out.push({ sourceId: articleId, start, end: start + quote.length, quote });
  }
  return out;
}
