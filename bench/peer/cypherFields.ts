/**
 * The peer's @cypher query fields. The timeline is written by hand; search,
 * neighborhood and shortestPath are made from
 * the statements our server was recorded running for the same questions: the
 * statement with its final RETURN swapped for the single column a @cypher field
 * returns, and the statement's parameters as the field's arguments. The peer then
 * does exactly our database work for these fields, whatever the builders in
 * src/cypher currently produce, and only the GraphQL layers differ.
 */
export interface PeerField {
  name: 'search' | 'neighborhood' | 'shortestPath';
  /** The recorded statement, as our server sent it. */
  cypher: string;
  /** Its parameters, as our server bound them. */
  params: Record<string, unknown>;
}

const NODE_SUMMARY = "{typename: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], id: n.id, name: n.name}";

const RETURNS: Record<PeerField['name'], { type: string; column: string; ret: string }> = {
  search: { type: '[Entity!]!', column: 'node', ret: 'RETURN node' },
  neighborhood: {
    type: 'Subgraph',
    column: 'result',
    ret: `RETURN {nodes: [n IN ns | ${NODE_SUMMARY}], edges: edges, truncated: truncated} AS result`,
  },
  shortestPath: {
    type: 'Path',
    column: 'result',
    ret: `RETURN {length: length(p), nodes: [n IN nodes(p) | ${NODE_SUMMARY}], edges: [r IN relationships(p) | {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id}]} AS result`,
  },
};

/** The GraphQL type of an argument, from the value our server bound. */
function argType(v: unknown): string {
  if (v === null || v === undefined) return 'String';
  if (typeof v === 'boolean') return 'Boolean!';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Int!' : 'Float!';
  if (Array.isArray(v)) return `[${argType(v[0]).replace(/!$/, '') || 'String'}!]!`;
  return 'String!';
}

function statement(f: PeerField): string {
  // The final RETURN clause may span several lines; everything from it on is replaced.
  const lines = f.cypher.split('\n');
  const at = lines.findLastIndex((l) => l.startsWith('RETURN '));
  if (at < 0) throw new Error(`expected a final RETURN clause in:\n${f.cypher}`);
  return [...lines.slice(0, at), RETURNS[f.name].ret].join('\n');
}

/**
 * Query fields written by hand, as a @neo4j/graphql user would: its filters have no
 * variable-length PART_OF, so the timeline of a place and everything inside it is a
 * @cypher field. Same order as ours: by date, undated last (Cypher sorts nulls last
 * ascending), then name.
 */
const HAND_WRITTEN = [
  `  timeline(place: ID!, first: Int! = 100): [Happening!]! @cypher(statement: ${JSON.stringify(
    [
      'MATCH (:Place {id: $place})<-[:PART_OF*0..6]-(:Place)<-[:OCCURRED_IN|HELD_IN]-(h:Event|Negotiation)',
      'WITH DISTINCT h',
      'ORDER BY h.date, h.name',
      // An Int argument may reach the driver as a float, which LIMIT refuses.
      'LIMIT toInteger($first)',
      'RETURN h',
    ].join('\n'),
  )}, columnName: "h")`,
];

/** SDL of the Query fields, appended to peer/typeDefs.graphql by the peer server. */
export function peerQuerySdl(fields: PeerField[]): string {
  const lines = fields.map((f) => {
    const args = Object.entries(f.params).map(([k, v]) => `${k}: ${argType(v)}`);
    const r = RETURNS[f.name];
    return `  ${f.name}(${args.join(', ')}): ${r.type} @cypher(statement: ${JSON.stringify(statement(f))}, columnName: "${r.column}")`;
  });
  return `type Query {\n${[...HAND_WRITTEN, ...lines].join('\n')}\n}\n`;
}

/** A peer request for one of these fields: variables are the recorded parameters. */
export function peerRequest(f: PeerField, selection: string): { query: string; variables: Record<string, unknown> } {
  const entries = Object.entries(f.params);
  const vars = entries.map(([k, v]) => `$${k}: ${argType(v)}`).join(', ');
  const args = entries.map(([k]) => `${k}: $${k}`).join(', ');
  return { query: `query ${f.name}(${vars}) { ${f.name}(${args}) ${selection} }`, variables: f.params };
}
