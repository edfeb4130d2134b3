import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express, type RequestHandler, type Response } from 'express';

/** Where `npm run build:ui` (explorer/vite.config.ts) writes the pages and their assets. */
export const UI_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'explorer');

// Monaco styles its editors inline and runs its language services in workers;
// everything else comes from this server, so nothing is fetched from elsewhere.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function sendPage(res: Response, page: 'playground' | 'explore' | 'ingest'): void {
  const file = path.join(UI_DIR, page, 'index.html');
  if (!existsSync(file)) {
    res
      .status(503)
      .type('html')
      .send(
        '<!doctype html><meta charset="utf-8"><title>Not built</title>' +
          '<p>The browser pages are not built yet. Run <code>npm run build:ui</code> and reload. ' +
          'GraphQL itself works: POST queries to /graphql.</p>',
      );
    return;
  }
  res.set('Content-Security-Policy', CSP);
  res.set('Cache-Control', 'no-cache');
  res.sendFile(file);
}

/**
 * Browsers asking for HTML at /graphql get the playground; every other GET (a
 * GraphQL-over-HTTP query) falls through to Apollo Server.
 */
const playgroundHandler: RequestHandler = (req, res, next) => {
  const wantsHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
  if (!wantsHtml || req.query.query !== undefined) {
    next();
    return;
  }
  sendPage(res, 'playground');
};

/** Mounts the browser pages (playground, explorer, ingest) and their static assets. */
export function mountUi(app: Express): void {
  app.get('/graphql', playgroundHandler);
  app.get(['/explore', '/explore/'], (_req, res) => sendPage(res, 'explore'));
  app.get(['/ingest', '/ingest/'], (_req, res) => sendPage(res, 'ingest'));
  // Asset names carry a content hash, so browsers may keep them for good.
  app.use('/ui/assets', express.static(path.join(UI_DIR, 'assets'), { immutable: true, maxAge: '365d', index: false }));
}
