/**
 * A Cypher statement and its parameters, built apart from where it runs. Every
 * value a client supplies travels in `params`, never in `cypher`.
 */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}
