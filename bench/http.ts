export interface GraphQLResponse {
  data?: unknown;
  errors?: unknown[];
}

/** One GraphQL POST over loopback; throws on a non-200 status. */
export async function postGraphQL(
  url: string,
  body: { query: string; variables: Record<string, unknown> },
): Promise<GraphQLResponse & { raw: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const raw = await res.text();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${raw.slice(0, 500)}`);
  return { ...(JSON.parse(raw) as GraphQLResponse), raw };
}
