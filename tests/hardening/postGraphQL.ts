/** What came back from one HTTP request, or how it failed. */
export interface Reply {
  /** HTTP status, or 0 when no response arrived (connection refused, reset, timed out). */
  status: number;
  /** Parsed JSON body, or undefined when the body was not JSON. */
  body: GraphQLBody | undefined;
  text: string;
  ms: number;
  /** Why the request failed at the transport level, if it did. */
  failure?: string;
}

export interface GraphQLBody {
  data?: unknown;
  errors?: { message?: unknown; extensions?: { code?: unknown } & Record<string, unknown> }[];
}

export interface SendOptions {
  method?: string;
  /** Sent with `contentType` (default application/json); absent: no body, no content type. */
  body?: string;
  contentType?: string;
  token?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * Sends one HTTP request and times it. Never throws: a transport failure or a
 * timeout is reported in `failure`, so load loops can count outcomes instead of
 * crashing on the first one.
 */
export async function send(url: string, opts: SendOptions = {}): Promise<Reply> {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: opts.method ?? 'POST',
      headers: {
        ...(opts.body !== undefined ? { 'content-type': opts.contentType ?? 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      ...(opts.body !== undefined ? { body: opts.body } : {}),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
    });
    const text = await res.text();
    let parsed: GraphQLBody | undefined;
    try {
      parsed = JSON.parse(text) as GraphQLBody;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text, ms: performance.now() - started };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    return {
      status: 0,
      body: undefined,
      text: '',
      ms: performance.now() - started,
      failure: err.cause?.code ?? err.name,
    };
  }
}

/** POSTs a raw body (a GraphQL request or anything else); see {@link send}. */
export function postRaw(url: string, body: string, opts: Omit<SendOptions, 'method' | 'body'> = {}): Promise<Reply> {
  return send(url, { ...opts, body });
}

/** POSTs a GraphQL operation as JSON. */
export function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  opts: { token?: string; timeoutMs?: number } = {},
): Promise<Reply> {
  return postRaw(url, JSON.stringify({ query, variables }), opts);
}

/** The `extensions.code` of every error in a reply. */
export function errorCodes(reply: Reply): string[] {
  return (reply.body?.errors ?? []).map((e) => String(e.extensions?.code));
}
