import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type LogFormat = 'auto' | 'pretty' | 'json';

/** `auto` means readable lines for a person at a terminal, JSON for anything else. */
export function resolveLogFormat(format: LogFormat, isTty: boolean): 'pretty' | 'json' {
  if (format !== 'auto') return format;
  return isTty ? 'pretty' : 'json';
}

/**
 * Structured logs, one line per event: JSON, or pino-pretty's readable lines. Any
 * field that could carry a secret is redacted here, once, so no call site has to
 * remember.
 */
export function createLogger(level: string, format: LogFormat = 'json'): Logger {
  const options = {
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
  };
  if (resolveLogFormat(format, process.stdout.isTTY === true) === 'json') return pino(options);
  // In-process and synchronous (no transport worker), so the last lines before an
  // exit are never lost.
  return pino(
    options,
    pretty({
      sync: true,
      colorize: process.stdout.isTTY === true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,service',
      singleLine: true,
    }),
  );
}

export type { Logger };
