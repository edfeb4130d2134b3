import { buildASTSchema, getNamedType, isLeafType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, NODE_LABELS } from '../../src/model.js';
import { typeDefs } from '../../src/schema/typeDefs.js';
import { useTestServer } from '../helpers/testServer.js';

// Root fields fold the relationship fields a query asks for into their own
// statement (src/prefetch) and prime the loaders with the result. The answer must
// be exactly what the loaders alone give (PREFETCH_DEPTH=0), in fewer round trips.

// Selecting every field of every type takes more aliases and tokens than the defaults allow.
const LIMITS = { MAX_ALIASES: '1000', MAX_TOKENS: '100000', MAX_COST: '1000000' };
const folded = useTestServer({ env: LIMITS });
const loaded = useTestServer({ env: { ...LIMITS, PREFETCH_DEPTH: '0' } });

const ACTS_FOR = `actsFor { __typename id name
  ... on Organization { locatedIn { id name partOf { id } } }
  ... on Place { partOf { id name } } }`;

// Every leaf field of every node type, from the schema: list answers project only
// the properties a query selects, so each field must read what its name says.
const schema = buildASTSchema(typeDefs);
const everyField = (labels: readonly string[] = NODE_LABELS) =>
  labels
    .map((label) => {
      const type = schema.getType(label);
      if (!isObjectType(type)) throw new Error(`${label} is not an object type`);
      const leaves = Object.values(type.getFields())
        .filter(
          (f) =>
            isLeafType(getNamedType(f.type)) &&
            f.args.every((a) => a.defaultValue !== undefined || !a.type.toString().endsWith('!')),
        )
        .map((f) => `${label}_${f.name}: ${f.name}`); // aliased: same names differ in type across labels
      return `... on ${label} { ${leaves.join(' ')} mentions { quote sentence { text } } }`;
    })
    .join('\n');
const EVERY_FIELD = everyField();

// Round trips folded: the root statements, plus the batched lookups of whole
// records that `mentions` needs (and of the article, for their sentences).
const QUERIES: [name: string, query: string, foldedTrips: number][] = [
  [
    'a person with roles three levels deep, statements and positions',
    `{ person(id: "vitali-klitschko") { id name
      roles { title ${ACTS_FOR} }
      participations { role in { __typename id } }
      statements { id text about { id } }
      statementsAbout { id }
      positions { stance proposal { id } } } }`,
    1,
  ],
  [
    'relationships read with their own properties and their provenance',
    `{ proposal(id: "anchorage-formula") { id positions { stance summary provenance { quote sentence { text } } holder { id } } }
      negotiation(id: "abu-dhabi-talks-2026") { participants { role participant { id } } } }`,
    3,
  ],
  [
    'a place through node(id) with fragments',
    `{ node(id: "kyiv") { id ... on Place { partOf { id } contains { id events { id } } capitalOf { id }
      officials { title person { id } } figures { id } statementsAbout { id speaker { id } } organizations { id } } } }`,
    1,
  ],
  [
    'an event with figures, places and participants',
    `{ event(id: "attack-kyiv-2026-01-23") { id places { id partOf { id } }
      figures { id count reportedBy { id } places { id } partOf { id } breakdown { id } }
      perpetrators { id } participants { role participant { id } } partOf { id } subEvents { id } statements { id } } }`,
    1,
  ],
  [
    'a negotiation with participants and their roles',
    `{ negotiation(id: "abu-dhabi-talks-2026") { id venues { id } parties { id }
      participants { role participant { __typename id ... on Person { roles { title actsFor { id } } } } }
      rounds { id venues { id } } proposals { id positions { stance holder { id } } } } }`,
    1,
  ],
  [
    'the article, a figure, a statement and a proposal in one request',
    `{ article(id: "article-2026-01-24-kyiv-kharkiv-abu-dhabi") { id authors { id roles { title } } }
      figure(id: "figure-kharkiv-injured-at-least-fourteen") { id event { id places { id } } partOf { id } breakdown { id } }
      statement(id: "statement-peskov-donbas-condition") { id speaker { id } about { id } }
      proposal(id: "anchorage-formula") { id proposedBy { id } concerns { id } discussedAt { id } positions { holder { id } } } }`,
    4,
  ],
  [
    'aliases of one relationship field with different selections',
    `{ person(id: "vitali-klitschko") { a: roles { title } b: roles { actsFor { id } } } }`,
    1,
  ],
  [
    'a relationship field skipped by a directive',
    `query ($on: Boolean!) { person(id: "vitali-klitschko") { id roles @include(if: $on) { title } statements { id } } }`,
    1,
  ],
  [
    'a page of people with roles three levels deep',
    `{ people(first: 20) { totalCount edges { cursor node { id
      roles { title ${ACTS_FOR} } participations { in { id } } statements { id about { id } } } } } }`,
    1,
  ],
  [
    'a page of events with places and figures',
    `{ events(first: 100) { edges { node { id places { id partOf { id } } figures { id count } } } } }`,
    1,
  ],
  [
    'a page of organizations with members',
    `{ organizations(first: 100) { edges { node { id members { title person { id } } locatedIn { id } negotiations { id } } } } }`,
    1,
  ],
  [
    'a neighbourhood with every field of every node type and the edge properties',
    `{ neighborhood(id: "kyiv", depth: 2, limit: 200) { truncated nodes { __typename ${EVERY_FIELD} }
      edges { id type from to properties provenance { quote } } } }`,
    2,
  ],
  [
    'a path with edges read without their properties',
    `{ shortestPath(fromId: "vitali-klitschko", toId: "vladimir-putin") { length nodes { ${EVERY_FIELD} } edges { id type from to } } }`,
    2,
  ],
  [
    'search hits with every field and their relationships',
    `{ search(text: "Kharkiv", first: 10) { score entity { ${everyField(ENTITY_LABELS)} ... on Place { contains { id name } partOf { name } } } } }`,
    2,
  ],
  [
    'the timeline of a region with places and figures',
    `{ timeline(where: { place: "ukraine" }) { ${everyField(['Event', 'Negotiation'])} ... on Event { places { id name partOf { id } } figures { count qualifier } } } }`,
    2,
  ],
  [
    'statements and figures with speakers and events',
    `{ statements { ${everyField(['Statement'])} speaker { __typename id ... on Entity { name } } about { id } }
      figures { ${everyField(['Figure'])} event { id name } reportedBy { id } } }`,
    3,
  ],
  [
    'nesting deeper than the folded levels',
    `{ places(first: 100) { edges { node { id contains { id contains { id contains { id contains { id } } } } } } } }`,
    2,
  ],
];

describe('folding relationship fields into the root statement', () => {
  it.each(QUERIES)('%s: same answer as the loaders', async (_name, query, foldedTrips) => {
    const variables = { on: false };
    const a = await folded.run(query, variables);
    const b = await loaded.run(query, variables);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data).toEqual(b.data);
    expect(JSON.stringify(a.data).length).toBeGreaterThan(50);
    expect(a.queries).toBe(foldedTrips);
    expect(a.queries).toBeLessThanOrEqual(b.queries);
  });

  it('fetches levels below the folded ones through the loaders, one round trip per level', async () => {
    const res = await folded.run<{ place: { contains: { contains: { contains: { id: string }[] }[] }[] } }>(
      `{ place(id: "ukraine") { contains { contains { contains { id contains { id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    // Ukraine > Kharkiv Oblast > Kharkiv > Industrialnyi district: the place with three
    // levels folded, then the fourth level of contains.
    const third = res.data!.place.contains.flatMap((a) => a.contains.flatMap((b) => b.contains.map((c) => c.id)));
    expect(third).toContain('industrialnyi-district');
    expect(res.queries).toBe(2);
  });

  it('returns null for an id of another type even when the query asks for relationships', async () => {
    const res = await folded.run(`{ person(id: "kyiv") { id roles { title } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ person: null });
  });

  it('returns null for an unknown id', async () => {
    const res = await folded.run(`{ place(id: "no-such-place") { id contains { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ place: null });
    expect(res.queries).toBe(1);
  });
});
