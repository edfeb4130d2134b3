/** What a client is told when its request body could not be read. */
export interface BodyErrorAnswer {
  status: number;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

/**
 * Body-parser failures (malformed JSON, oversized bodies) get the same error shape
 * as GraphQL errors, on both HTTP paths. Undefined for an error that is not the
 * client's: the caller logs it and answers 500.
 */
export function bodyErrorAnswer(err: unknown, maxBodyBytes: number): BodyErrorAnswer | undefined {
  const e = err as { type?: string; status?: number } | undefined;
  if (e?.type === 'entity.too.large') {
    return {
      status: 413,
      body: {
        errors: [
          {
            message: `Request body exceeds ${maxBodyBytes} bytes.`,
            extensions: { code: 'BAD_REQUEST', limit: 'MAX_BODY_BYTES', max: maxBodyBytes },
          },
        ],
      },
    };
  }
  if (e?.type === 'entity.parse.failed') {
    return {
      status: 400,
      body: { errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] },
    };
  }
  if (e?.status && e.status >= 400 && e.status < 500) {
    return { status: e.status, body: { errors: [{ message: 'Bad request.', extensions: { code: 'BAD_REQUEST' } }] } };
  }
  return undefined;
}

export const INTERNAL_ERROR_BODY = {
  errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
};
