import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from './context.js';
import { CodedError, ErrorCode, UnauthenticatedError } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Refuses a write unless the request carries the configured bearer token. With no
 * token configured, writes are off altogether and reads stay public. Returns the
 * writer's non-secret identifier.
 */
export function requireWriter(ctx: Context): string {
  const expected = ctx.config.authToken;
  if (!expected) {
    throw new CodedError(
      ErrorCode.FORBIDDEN,
      'Mutations are disabled: the server has no AUTH_TOKEN configured. Reads stay available.',
    );
  }
  if (!ctx.token) throw new UnauthenticatedError('Mutations need an "Authorization: Bearer <token>" header.');
  // Compare digests so the comparison takes the same time whatever the token's length.
  if (!timingSafeEqual(digest(ctx.token), digest(expected))) {
    throw new UnauthenticatedError('The bearer token is not valid.');
  }
  return writerId(ctx.token);
}

/** A non-secret name for a token, for the log and the change feed: a prefix of its digest. */
export const writerId = (token: string): string => `token:${digest(token).toString('hex').slice(0, 12)}`;
