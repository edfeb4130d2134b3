import { Neo4jError } from 'neo4j-driver';
import { ConflictError, CodedError, ErrorCode, ServiceUnavailableError } from '../errors.js';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  // A transaction still waiting for a lock when its timeout passes is stopped with this
  // code (seen under write load, waiting for the change feed's head): it timed out too.
  'Neo.ClientError.Transaction.LockClientStopped',
]);

/**
 * Maps a driver error to what a client may see, by `code` only, never by message
 * text. Unknown errors become INTERNAL_SERVER_ERROR with a generic message; the
 * original (which may contain Cypher) is only logged by the caller.
 */
export function translateError(error: unknown): CodedError {
  if (error instanceof CodedError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (TIMED_OUT.has(code)) {
      return new CodedError(ErrorCode.LIMIT_EXCEEDED, 'The query took longer than the allowed transaction time.', {
        limit: 'NEO4J_TX_TIMEOUT_MS',
      });
    }
    if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.Cluster')) {
      return new ServiceUnavailableError();
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError('The write conflicts with existing data (an id is already taken).');
    }
    // Still retryable after the driver's retry budget: the database is overloaded
    // or restarting, and the client may try again.
    if (code.startsWith('Neo.TransientError') || error.retryable) {
      return new ServiceUnavailableError('The graph database is busy; try again shortly.');
    }
    // The server's own credentials were refused: nothing the client can fix, and
    // the operator sees the original in the log.
    if (code.startsWith('Neo.ClientError.Security')) return new ServiceUnavailableError();
  }
  return new CodedError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
}
