import type { GraphQLObjectType, GraphQLScalarType } from 'graphql';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  isAbstractType,
  isLeafType,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** One HTTP request to send to /graphql, and what kind of input it exercises. */
export interface FuzzRequest {
  kind: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Raw body; absent for GET and DELETE. */
  body?: string;
  contentType?: string;
  /** Appended to the URL (for GET). */
  search?: string;
  headers?: Record<string, string>;
  /** Send the valid or a wrong bearer token with it. */
  token?: 'valid' | 'wrong';
}

/** Strings shaped like attacks on Cypher, Lucene, templates and paths; they must come back as plain data. */
export const INJECTIONS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  '") RETURN 1 UNION MATCH (n) RETURN n //',
  '; CALL db.labels() YIELD label RETURN label //',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  '*:*~^"',
  'name:(*) OR id:*',
  '+-&&||!(){}[]^"~*?:\\/',
  'AND OR NOT TO',
  '$param',
  '$id',
  '{id: "kyiv"}',
  '`n`.`id`',
  '\\',
  '%00',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
];

/** Unicode edge cases: lone surrogates, bidi overrides, zero-width, emoji sequences, combining marks. */
export const UNICODE = [
  '\ud800',
  '\udfff',
  'a\ud83dz',
  '\u202eevil\u202c',
  'שלום עולם',
  'مرحبا بالعالم',
  '\u200b\u200c\u200d\ufeff',
  '👩‍👩‍👧‍👦🇺🇦',
  'Kyïv Харків',
  'Z̸̡̢̛a̴l̷g̶o̵',
  '\u0000',
  '\u0085\u2028\u2029',
  'İstanbul ǅ ﬀ',
  '𝕂𝕪𝕚𝕧',
];

const IDS = [
  'vitali-klitschko',
  'kyiv',
  'kharkiv',
  'ukraine',
  'abu-dhabi-talks-2026',
  'russia-ukraine-war',
  'anchorage-formula',
  'ukrainian-delegation',
  'statement-klitschko-wounded',
  'figure-killed-at-least-one',
  'article-2026-01-24-kyiv-kharkiv-abu-dhabi',
  'vitali-klitschko:HOLDS_ROLE:kyiv',
  'no-such-node',
];

/** A small fast PRNG, so a failing run can be replayed from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates requests from the schema: valid operations with random arguments
 * (inline or as variables) and every kind of invalid input. Deterministic for a seed.
 */
export class Fuzzer {
  readonly #rand: () => number;
  readonly #schema: GraphQLSchema;
  readonly #maxBodyBytes: number;

  constructor(seed: number, schema: GraphQLSchema, maxBodyBytes: number) {
    this.#rand = mulberry32(seed);
    this.#schema = schema;
    this.#maxBodyBytes = maxBodyBytes;
  }

  #int(n: number): number {
    return Math.floor(this.#rand() * n);
  }
  #pick<T>(list: readonly T[]): T {
    return list[this.#int(list.length)]!;
  }
  #chance(p: number): boolean {
    return this.#rand() < p;
  }

  /** A string from the hostile pools, random printable text, or a long run. */
  string(): string {
    const r = this.#rand();
    if (r < 0.3) return this.#pick(INJECTIONS);
    if (r < 0.5) return this.#pick(UNICODE);
    if (r < 0.65) return this.#pick(IDS);
    if (r < 0.8) return `${this.#pick(INJECTIONS)}${this.#pick(UNICODE)}${this.#pick(IDS)}`;
    if (r < 0.95) {
      const len = 1 + this.#int(40);
      return Array.from({ length: len }, () => String.fromCharCode(32 + this.#int(95))).join('');
    }
    return this.#pick(['x', '🇺🇦', "' OR 1=1 //"]).repeat(100 + this.#int(3_000));
  }

  #intValue(): number {
    return this.#pick([0, 1, 5, 20, 100, 101, -1, -100, 2 ** 31 - 1, -(2 ** 31), 3, 10, 50]);
  }

  /** A random value of an input type (as JSON), sometimes null where allowed. */
  value(type: GraphQLInputType, depth = 0, nullable = true): unknown {
    if (type instanceof GraphQLNonNull) return this.value(type.ofType as GraphQLInputType, depth, false);
    if (nullable && depth > 0 && this.#chance(0.1)) return null;
    if (type instanceof GraphQLList) {
      const n = this.#chance(0.05) ? 200 + this.#int(2_000) : this.#int(4);
      return Array.from({ length: n }, () => this.value(type.ofType as GraphQLInputType, depth + 1));
    }
    if (type instanceof GraphQLEnumType) return this.#pick(type.getValues()).name;
    if (type instanceof GraphQLInputObjectType) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(type.getFields())) {
        if (f.type instanceof GraphQLNonNull || this.#chance(0.5)) out[f.name] = this.value(f.type, depth + 1);
      }
      return out;
    }
    const scalar = type as GraphQLScalarType;
    switch (scalar.name) {
      case 'Int':
        return this.#intValue();
      case 'Float':
        return this.#pick([0, -90.5, 50.45, 1e308, -1e-308, 180.0001]);
      case 'Boolean':
        return this.#chance(0.5);
      case 'Date':
        return this.#pick(['2026-01-24', '2022-02-24', '0000-00-00', '2026-02-30', '99999-01-01', this.string()]);
      case 'JSONObject':
        return this.#pick([
          {},
          { title: this.string() },
          { role: this.string(), stance: 'SUPPORTS' },
          { deep: nested(50) },
        ]);
      default:
        return this.string();
    }
  }

  /** A value literal for a GraphQL document. */
  literal(type: GraphQLInputType, value: unknown): string {
    const named = getNamedType(type);
    if (value === null) return 'null';
    if (Array.isArray(value)) {
      const inner = (type instanceof GraphQLNonNull ? type.ofType : type) as GraphQLList<GraphQLInputType>;
      return `[${value.map((v) => this.literal(inner.ofType, v)).join(', ')}]`;
    }
    if (named instanceof GraphQLEnumType) return String(value);
    if (named instanceof GraphQLInputObjectType) {
      const fields = named.getFields();
      const parts = Object.entries(value as Record<string, unknown>).map(
        ([k, v]) => `${k}: ${this.literal(fields[k]!.type, v)}`,
      );
      return `{ ${parts.join(', ')} }`;
    }
    if (named.name === 'JSONObject') return jsonLiteral(value);
    return JSON.stringify(value);
  }

  /** Arguments for a field: required ones always, optional ones sometimes. */
  #args(args: readonly GraphQLArgument[], vars: VarSink): string {
    const chosen = args.filter((a) => a.type instanceof GraphQLNonNull || this.#chance(0.5));
    if (!chosen.length) return '';
    const parts = chosen.map((a) => {
      const value = this.value(a.type);
      if (this.#chance(0.5)) return `${a.name}: ${vars.add(a.type, value)}`;
      return `${a.name}: ${this.literal(a.type, value)}`;
    });
    return `(${parts.join(', ')})`;
  }

  /** A selection set for an output type, at most `depth` levels deep. */
  selection(type: GraphQLOutputType, depth: number, vars: VarSink): string {
    const named = getNamedType(type) as GraphQLNamedType;
    if (isLeafType(named)) return '';
    if (isAbstractType(named)) {
      const possible = this.#schema.getPossibleTypes(named);
      const fragments = Array.from({ length: 1 + this.#int(2) }, () => {
        const t = this.#pick(possible);
        return `... on ${t.name} ${this.selection(t, depth, vars)}`;
      });
      return `{ __typename ${fragments.join(' ')} }`;
    }
    const fields = Object.values((named as GraphQLObjectType).getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const picked: GraphQLField<unknown, unknown>[] = [];
    for (let i = 0; i < 1 + this.#int(3); i++) if (leaves.length) picked.push(this.#pick(leaves));
    if (depth > 1 && objects.length && this.#chance(0.7)) picked.push(this.#pick(objects));
    if (!picked.length) picked.push(this.#pick(fields));
    const parts = [...new Set(picked)].map((f) => {
      const sub = isLeafType(getNamedType(f.type)) ? '' : ` ${this.selection(f.type, depth - 1, vars)}`;
      return `${f.name}${this.#args(f.args, vars)}${sub}`;
    });
    return `{ ${parts.join(' ')} }`;
  }

  /** A syntactically valid operation on a random root field of Query (or Mutation). */
  operation(root: 'query' | 'mutation'): { query: string; variables: Record<string, unknown> } {
    const type = root === 'query' ? this.#schema.getQueryType()! : this.#schema.getMutationType()!;
    const field = this.#pick(Object.values(type.getFields()));
    const vars = new VarSink();
    const sub = isLeafType(getNamedType(field.type))
      ? ''
      : ` ${this.selection(field.type, this.#chance(0.3) ? 3 : 2, vars)}`;
    const body = `${field.name}${this.#args(field.args, vars)}${sub}`;
    return { query: `${root} Fuzz${vars.definitions()} { ${body} }`, variables: vars.values };
  }

  /** The next request; about a third are valid operations, the rest broken in some way. */
  next(): FuzzRequest {
    const r = this.#rand();
    const post = (kind: string, payload: unknown, extra: Partial<FuzzRequest> = {}): FuzzRequest => ({
      kind,
      method: 'POST',
      body: JSON.stringify(payload),
      ...extra,
    });
    if (r < 0.3) return post('valid-query', this.operation('query'));
    if (r < 0.42) {
      return post('mutation-unauthorized', this.operation('mutation'), {
        token: this.#chance(0.5) ? 'wrong' : undefined,
      });
    }
    if (r < 0.5) {
      const op = this.operation('query');
      return post('wrong-variable-types', { query: op.query, variables: this.#scramble(op.variables) });
    }
    if (r < 0.56) {
      const valid = JSON.stringify(this.operation('query'));
      const broken = [
        valid.slice(0, Math.max(1, this.#int(valid.length))),
        valid.replace(/"/g, "'"),
        `${valid},`,
        '{"query":',
        '{"query": "{ __typename }", "variables": }',
        'null',
        '',
        '[',
        '\u0000\u0001\u0002',
        'x'.repeat(50),
        '{"query": "\\ud800"}',
      ];
      return { kind: 'malformed-json', method: 'POST', body: this.#pick(broken) };
    }
    if (r < 0.61) {
      const shapes: unknown[] = [
        { query: 42 },
        { query: ['{ __typename }'] },
        { query: { q: 1 } },
        { query: '{ __typename }', variables: 'x' },
        { query: '{ __typename }', variables: [1, 2] },
        { query: '{ __typename }', operationName: 7 },
        { query: 'query A { __typename } query B { __typename }' },
        { query: 'query A { __typename }', operationName: 'B' },
        [{ query: '{ __typename }' }, { query: '{ __typename }' }],
        { variables: {} },
        {},
        { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      ];
      return post('wrong-shape', this.#pick(shapes));
    }
    if (r < 0.7) return post('syntax-garbage', { query: this.garbage() });
    if (r < 0.73) {
      let inner = 'id';
      for (let i = 5 + this.#int(200); i > 0; i--) inner = `relationships { other { ... on Entity { ${inner} } } }`;
      return post('deep-nesting', { query: `{ person(id: "kyiv") { ${inner} } }` });
    }
    if (r < 0.75) {
      // Deeply nested JSON in a variable, up to what fits in the body limit.
      const depth = 1_000 + this.#int(this.#maxBodyBytes / 12);
      const body = `{"query":"mutation ($p: JSONObject!) { updateRelationship(id: \\"a:HOLDS_ROLE:b\\", properties: $p, provenance: {sourceId: \\"x\\", quote: \\"y\\"}) { id } }","variables":{"p":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;
      return { kind: 'deep-json', method: 'POST', body };
    }
    if (r < 0.78) {
      // Just under or over the body limit.
      const size = this.#chance(0.5) ? this.#maxBodyBytes - 200 : this.#maxBodyBytes + 1 + this.#int(5_000);
      const payload = { query: 'query ($t: String!) { search(text: $t) { score } }', variables: { t: '' } };
      const base = JSON.stringify(payload).length;
      payload.variables.t = 'a'.repeat(Math.max(0, size - base));
      return post('huge-string', payload);
    }
    if (r < 0.8) {
      const n = 1_000 + this.#int(8_000);
      const types = Array.from({ length: n }, () => this.#pick(['PERSON', 'PLACE', 'EVENT', 'X']));
      return post('huge-list', {
        query: 'query ($types: [EntityType!]) { search(text: "kyiv", types: $types) { score } }',
        variables: { types },
      });
    }
    if (r < 0.84) {
      const op = this.operation('query');
      return {
        kind: 'get',
        method: 'GET',
        search: `?query=${encodeURIComponent(op.query)}&variables=${encodeURIComponent(JSON.stringify(op.variables))}`,
        headers: this.#chance(0.5) ? { 'apollo-require-preflight': 'true' } : {},
      };
    }
    if (r < 0.87) {
      return {
        kind: 'wrong-content-type',
        method: 'POST',
        body: JSON.stringify({ query: '{ __typename }' }),
        contentType: this.#pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data',
          'application/xml',
        ]),
      };
    }
    if (r < 0.88) return { kind: 'wrong-method', method: this.#pick(['PUT', 'DELETE'] as const), body: '{}' };
    const text = this.string();
    const fields: [string, string][] = [
      ['search', `search(text: $s) { score entity { id name } }`],
      ['person', `person(id: $s) { id name }`],
      ['node', `node(id: $s) { id }`],
      ['people', `people(where: { nameContains: $s }) { totalCount }`],
      ['events', `events(where: { nameContains: $s, place: $s, participant: $s }) { totalCount }`],
      ['neighborhood', `neighborhood(id: $s) { truncated }`],
      ['shortestPath', `shortestPath(fromId: $s, toId: "kyiv") { length }`],
      ['timeline', `timeline(where: { place: $s }) { __typename }`],
      ['statements', `statements(speaker: $s) { id }`],
      ['cursor', `people(after: $s) { totalCount }`],
    ];
    const [name, sel] = this.#pick(fields);
    return post(`hostile-string:${name}`, { query: `query ($s: String!) { ${sel} }`, variables: { s: text } });
  }

  /** Replaces each variable with a value of some other type, and adds an undeclared one. */
  #scramble(values: Record<string, unknown>): Record<string, unknown> {
    const wrong = [42, -1.5, true, 'text', [], [1, 'a', null], { a: 1 }, null, nested(20)];
    const out: Record<string, unknown> = { undeclared: 1 };
    for (const k of Object.keys(values)) out[k] = this.#chance(0.2) ? this.string() : this.#pick(wrong);
    return out;
  }

  /** Token soup: real GraphQL punctuation and names in a random order. */
  garbage(): string {
    const tokens = [
      '{',
      '}',
      '(',
      ')',
      '[',
      ']',
      ':',
      '!',
      '$',
      '...',
      '@',
      '=',
      '|',
      '&',
      'query',
      'mutation',
      'fragment',
      'on',
      'person',
      'id',
      '"str',
      '"""',
      '#',
      '1.2e',
      '0x10',
      '\u00a0',
      '\u0000',
    ];
    return Array.from({ length: 1 + this.#int(30) }, () => this.#pick(tokens)).join(this.#pick([' ', '', '\n']));
  }
}

/** Collects variables while an operation is built, and declares them. */
class VarSink {
  readonly values: Record<string, unknown> = {};
  readonly #types: [string, string][] = [];
  add(type: GraphQLInputType, value: unknown): string {
    const name = `v${this.#types.length}`;
    this.#types.push([name, String(type)]);
    this.values[name] = value;
    return `$${name}`;
  }
  definitions(): string {
    return this.#types.length ? `(${this.#types.map(([n, t]) => `$${n}: ${t}`).join(', ')})` : '';
  }
}

function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { next: v };
  return v;
}

function jsonLiteral(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonLiteral).join(', ')}]`;
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${k}: ${jsonLiteral(v)}`)
    .join(', ')} }`;
}
