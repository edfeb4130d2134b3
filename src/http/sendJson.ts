import type { ServerResponse } from 'node:http';

/**
 * Writes a JSON answer on a plain node response, as Express's `res.json` would
 * (content type with charset, length), for the paths that do not go through Express.
 */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
