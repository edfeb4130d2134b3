import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs, one line per event. Any field that could carry a secret is
 * redacted here, once, so no call site has to remember.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'kg-server' },
    redact: {
      paths: [
        'password',
        '*.password',
        'authorization',
        '*.authorization',
        'headers.authorization',
        'req.headers.authorization',
        'token',
        '*.token',
        'authToken',
        '*.authToken',
      ],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
