import { GraphQLError } from 'graphql';

/** Every error code a client can see in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** A malformed HTTP request: bad JSON, oversized body or headers, a code-less request error. */
  BAD_REQUEST = 'BAD_REQUEST',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  RATE_LIMITED = 'RATE_LIMITED',
  CONFLICT = 'CONFLICT',
  /** Other writes held the same data for longer than the retry budget; retrying later may succeed. */
  CONTENDED = 'CONTENDED',
  /** A change-feed reader asked for records that have been pruned. */
  FEED_PRUNED = 'FEED_PRUNED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Base class: a GraphQLError whose `extensions.code` is one of {@link ErrorCode}. */
export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class BadUserInputError extends CodedError {
  /** `field` names the argument or input field that was wrong, e.g. `input.name`. */
  constructor(message: string, field?: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, field ? { ...extra, field } : extra);
  }
}

export class NotFoundError extends CodedError {
  constructor(message: string, id?: string) {
    super(ErrorCode.NOT_FOUND, message, id ? { id } : {});
  }
}

export class UnauthenticatedError extends CodedError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ServiceUnavailableError extends CodedError {
  constructor(message = 'The graph database is unavailable; try again shortly.') {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

export class ConflictError extends CodedError {
  constructor(message: string, id?: string) {
    super(ErrorCode.CONFLICT, message, id ? { id } : {});
  }
}

export class ContendedError extends CodedError {
  constructor(attempts: number) {
    super(
      ErrorCode.CONTENDED,
      'Concurrent writes to the same data kept this write waiting past its retry budget; try again.',
      { attempts },
    );
  }
}
