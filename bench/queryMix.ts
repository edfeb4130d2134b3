import type { PeerField } from './peer/cypherFields.js';
import type { Targets } from './targets.js';

export const QUERY_NAMES = ['byId', 'search', 'people', 'neighborhood', 'shortestPath', 'timeline'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

type Row = Record<string, unknown>;

/**
 * A way of asking the peer one question: written in its own query language, or
 * (for fields it has no equivalent of) a @cypher field built from the statement our
 * server ran last for this question.
 */
export interface PeerForm {
  /** How the peer expresses it, for the report. */
  form: string;
  request: GraphQLRequest | { cypherField: PeerField['name']; selection: string };
  canon(data: unknown): unknown;
}

/**
 * One question of the mix, asked as our GraphQL and as the peer's. The floor needs
 * no definition here: it replays the statements our server is recorded sending
 * (capture.ts). Every GraphQL answer maps to one canonical form, so the benchmark
 * can check they agree, before it times anything and under load.
 */
export interface MixQuery {
  name: QueryName;
  title: string;
  ours: GraphQLRequest;
  /**
   * The forms a competent @neo4j/graphql user might write; each is checked against
   * our answer, and the benchmark keeps the fastest (run.ts, peerForms).
   */
  peer: PeerForm[];
  canonOurs(data: unknown): unknown;
}

// -- loose access to JSON-shaped answers -------------------------------------------

const obj = (v: unknown): Row => (v && typeof v === 'object' ? (v as Row) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const key = (...parts: unknown[]): string => parts.map((p) => str(p) ?? '∅').join('|');
const sorted = (list: string[]): string[] => [...list].sort();

// -- 1. entity by id with its direct relationships ---------------------------------

const BY_ID_OURS = `query ById($id: ID!) {
  person(id: $id) {
    id name description aliases
    roles { title actsFor { __typename id name } }
    participations { role in { __typename id name } }
    statements { id text attribution }
    statementsAbout { id text }
  }
}`;

const BY_ID_PEER = `query ById($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name description aliases
    actsForConnection { edges { properties { title } node { __typename ... on Organization { id name } ... on Place { id name } } } }
    participatedInConnection { edges { properties { role } node { __typename ... on Event { id name } ... on Negotiation { id name } } } }
    statements { id text attribution }
    statementsAbout { id text }
  }
}`;

interface PersonCanon {
  id: string | null;
  name: string | null;
  description: string | null;
  aliases: string[];
  roles: string[];
  participations: string[];
  statements: string[];
  statementsAbout: string[];
}

function byIdCanon(p: Row, roles: string[], parts: string[], said: Row[], about: Row[]): PersonCanon {
  return {
    id: str(p.id),
    name: str(p.name),
    description: str(p.description),
    aliases: sorted(arr(p.aliases).map(String)),
    roles: sorted(roles),
    participations: sorted(parts),
    statements: sorted(said.map((s) => key(s.id, s.text, s.attribution))),
    statementsAbout: sorted(about.map((s) => key(s.id, s.text))),
  };
}

// -- 3. a page of people with nested roles → organization/place → partOf ------------

const PEOPLE_OURS = `query People {
  people(first: 20) {
    totalCount
    edges { node { id name
      roles { title actsFor { __typename id name
        ... on Organization { locatedIn { id name partOf { id name } } }
        ... on Place { partOf { id name } } } } } }
  }
}`;

const PEOPLE_PEER = `query People {
  peopleConnection(first: 20, sort: [{ name: ASC }, { id: ASC }]) {
    totalCount
    edges { node { id name
      actsForConnection { edges { properties { title } node { __typename
        ... on Organization { id name locatedIn { id name partOf { id name } } }
        ... on Place { id name partOf { id name } } } } } } }
  }
}`;

// The same page as a plain list, with the count asked for beside it: two root
// fields, so two statements, but neither builds connection edges for the page.
const PEOPLE_PEER_LIST = `query People {
  peopleConnection { totalCount }
  people(limit: 20, sort: [{ name: ASC }, { id: ASC }]) { id name
    actsForConnection { edges { properties { title } node { __typename
      ... on Organization { id name locatedIn { id name partOf { id name } } }
      ... on Place { id name partOf { id name } } } } } }
}`;

const placeKey = (p: Row, partOf: unknown[]): string =>
  key(
    p.id,
    p.name,
    arr(partOf)
      .map((a) => str(obj(a).id))
      .join(','),
  );
const roleKey = (title: unknown, n: Row, typename: unknown, locatedIn: string[], partOf: unknown[]): string =>
  JSON.stringify([
    str(title),
    str(typename),
    str(n.id),
    str(n.name),
    sorted(locatedIn),
    partOf.map((a) => str(obj(a).id)),
  ]);

interface RoleOf {
  title: unknown;
  org: Row;
}

const peerRoles = (p: Row): RoleOf[] =>
  arr(obj(p.actsForConnection).edges).map((r) => ({ title: obj(obj(r).properties).title, org: obj(obj(r).node) }));

function peopleCanon(totalCount: unknown, people: Row[], roles: (p: Row) => RoleOf[]) {
  return {
    totalCount: Number(totalCount),
    people: people.map((p) => ({
      id: str(p.id),
      name: str(p.name),
      roles: sorted(
        roles(p).map(({ title, org: a }) =>
          roleKey(
            title,
            a,
            a.__typename,
            arr(a.locatedIn).map((l) => placeKey(obj(l), arr(obj(l).partOf))),
            arr(a.partOf),
          ),
        ),
      ),
    })),
  };
}

// -- 6. timeline in a region, sub-places included ----------------------------------

const TIMELINE_OURS = `query Timeline($place: ID!) {
  timeline(where: { place: $place }, first: 100) {
    __typename
    ... on Event { id name date }
    ... on Negotiation { id name date }
  }
}`;

// The peer's filter language has no variable-length PART_OF, so a @neo4j/graphql
// user writes the timeline as a @cypher field (bench/peer/typeDefs.graphql), as
// Place.partOf is written.
const TIMELINE_PEER = `query Timeline($place: ID!) {
  timeline(place: $place, first: 100) {
    __typename
    ... on Event { id name date }
    ... on Negotiation { id name date }
  }
}`;

// Ties in (date, name) have no defined order on either side, so both are compared
// after the same total sort; the first 100 are what a client sees.
const timelineCanon = (items: Row[], typename: (r: Row) => unknown): string[] =>
  items
    .map((r) => ({
      date: str(r.date) ?? '9999-12-31',
      name: str(r.name) ?? '',
      k: key(typename(r), r.id, r.name, r.date),
    }))
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.k < b.k ? -1 : 1,
    )
    .slice(0, 100)
    .map((x) => x.k);

// -- graph answers shared by neighborhood and shortest path --------------------------

const nodeKey = (typename: unknown, n: Row, withName: boolean) =>
  withName ? key(typename, n.id, n.name) : key(typename, n.id);
const edgeKey = (e: Row) => key(e.id, e.type, e.from, e.to);

/** Builds the six questions for the given targets. */
export function queryMix(t: Targets): MixQuery[] {
  return [
    {
      name: 'byId',
      title: 'person by id with roles, participations and statements',
      ours: { query: BY_ID_OURS, variables: { id: t.personId } },
      canonOurs(data) {
        const p = obj(obj(data).person);
        return byIdCanon(
          p,
          arr(p.roles).map((r) =>
            key(obj(r).title, obj(obj(r).actsFor).__typename, obj(obj(r).actsFor).id, obj(obj(r).actsFor).name),
          ),
          arr(p.participations).map((r) =>
            key(obj(r).role, obj(obj(r).in).__typename, obj(obj(r).in).id, obj(obj(r).in).name),
          ),
          arr(p.statements).map(obj),
          arr(p.statementsAbout).map(obj),
        );
      },
      peer: [
        {
          form: 'native',
          request: { query: BY_ID_PEER, variables: { id: t.personId } },
          canon(data) {
            const p = obj(arr(obj(data).people)[0]);
            const edges = (c: unknown) => arr(obj(c).edges).map(obj);
            return byIdCanon(
              p,
              edges(p.actsForConnection).map((e) =>
                key(obj(e.properties).title, obj(e.node).__typename, obj(e.node).id, obj(e.node).name),
              ),
              edges(p.participatedInConnection).map((e) =>
                key(obj(e.properties).role, obj(e.node).__typename, obj(e.node).id, obj(e.node).name),
              ),
              arr(p.statements).map(obj),
              arr(p.statementsAbout).map(obj),
            );
          },
        },
      ],
    },
    {
      name: 'search',
      title: `full-text search "${t.searchText}" (fuzzy), first 10`,
      ours: {
        query:
          'query Search($text: String!) { search(text: $text, first: 10) { score entity { __typename id name } } }',
        variables: { text: t.searchText },
      },
      canonOurs: (data) =>
        arr(obj(data).search).map((h) => nodeKey(obj(obj(h).entity).__typename, obj(obj(h).entity), true)),
      peer: [
        {
          form: '@cypher field (our statement)',
          request: { cypherField: 'search', selection: '{ __typename id name }' },
          canon: (data) => arr(obj(data).search).map((n) => nodeKey(obj(n).__typename, obj(n), true)),
        },
      ],
    },
    {
      name: 'people',
      title: 'page of 20 people → roles → organization/place → located in / partOf',
      ours: { query: PEOPLE_OURS, variables: {} },
      canonOurs(data) {
        const c = obj(obj(data).people);
        return peopleCanon(
          c.totalCount,
          arr(c.edges).map((e) => obj(obj(e).node)),
          (p) => arr(p.roles).map((r) => ({ title: obj(r).title, org: obj(obj(r).actsFor) })),
        );
      },
      peer: [
        {
          form: 'native: peopleConnection with totalCount',
          request: { query: PEOPLE_PEER, variables: {} },
          canon(data) {
            const c = obj(obj(data).peopleConnection);
            return peopleCanon(
              c.totalCount,
              arr(c.edges).map((e) => obj(obj(e).node)),
              peerRoles,
            );
          },
        },
        {
          form: 'native: people list, count from peopleConnection',
          request: { query: PEOPLE_PEER_LIST, variables: {} },
          canon: (data) =>
            peopleCanon(obj(obj(data).peopleConnection).totalCount, arr(obj(data).people).map(obj), peerRoles),
        },
      ],
    },
    {
      name: 'neighborhood',
      title: 'neighborhood of the person, depth 2, limit 100',
      ours: {
        query: `query Hood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { __typename id ... on Entity { name } } edges { id type from to } } }`,
        variables: { id: t.personId },
      },
      canonOurs(data) {
        const g = obj(obj(data).neighborhood);
        return {
          truncated: g.truncated === true,
          nodes: sorted(arr(g.nodes).map((n) => nodeKey(obj(n).__typename, obj(n), true))),
          edges: sorted(arr(g.edges).map((e) => edgeKey(obj(e)))),
        };
      },
      peer: [
        {
          form: '@cypher field (our statement)',
          request: {
            cypherField: 'neighborhood',
            selection: '{ truncated nodes { typename id name } edges { id type from to } }',
          },
          canon(data) {
            const g = obj(obj(data).neighborhood);
            return {
              truncated: g.truncated === true,
              nodes: sorted(arr(g.nodes).map((n) => nodeKey(obj(n).typename, obj(n), true))),
              edges: sorted(arr(g.edges).map((e) => edgeKey(obj(e)))),
            };
          },
        },
      ],
    },
    {
      name: 'shortestPath',
      title: `shortest path between two far-apart entities (${t.distance} hops when picked), maxDepth 6`,
      ours: {
        query: `query Path($from: ID!, $to: ID!) { shortestPath(fromId: $from, toId: $to, maxDepth: 6) { length nodes { __typename id } edges { id type from to } } }`,
        variables: { from: t.fromId, to: t.toId },
      },
      canonOurs(data) {
        const p = obj(obj(data).shortestPath);
        return {
          length: Number(p.length),
          nodes: arr(p.nodes).map((n) => nodeKey(obj(n).__typename, obj(n), false)),
          edges: arr(p.edges).map((e) => edgeKey(obj(e))),
        };
      },
      peer: [
        {
          form: '@cypher field (our statement)',
          request: {
            cypherField: 'shortestPath',
            selection: '{ length nodes { typename id } edges { id type from to } }',
          },
          canon(data) {
            const p = obj(obj(data).shortestPath);
            return {
              length: Number(p.length),
              nodes: arr(p.nodes).map((n) => nodeKey(obj(n).typename, obj(n), false)),
              edges: arr(p.edges).map((e) => edgeKey(obj(e))),
            };
          },
        },
      ],
    },
    {
      name: 'timeline',
      title: `timeline of a region and its sub-places (${t.regionEvents} events when picked), first 100`,
      ours: { query: TIMELINE_OURS, variables: { place: t.regionId } },
      canonOurs: (data) => timelineCanon(arr(obj(data).timeline).map(obj), (n) => n.__typename),
      peer: [
        {
          form: 'hand-written @cypher field',
          request: { query: TIMELINE_PEER, variables: { place: t.regionId } },
          canon: (data) => timelineCanon(arr(obj(data).timeline).map(obj), (n) => n.__typename),
        },
      ],
    },
  ];
}
