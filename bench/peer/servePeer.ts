import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { peerQuerySdl, type PeerField } from './cypherFields.js';

/**
 * Target 3: @neo4j/graphql over the same database, served the way our server is
 * (express 5, Apollo Server 5, JSON body parser, loopback only) so the HTTP layer
 * costs the same and only the GraphQL-to-Cypher layer differs. The driver gets the
 * same pool size as ours. Prints `BENCH_URL <url>` once listening.
 */
async function main() {
  // Deployed the way ours is (src/stackSettings.ts): no source-mapped stacks for the driver to build per statement.
  process.setSourceMapsEnabled(false);
  const env = process.env;
  const fields = JSON.parse(env.BENCH_PEER_FIELDS ?? '[]') as PeerField[];
  const typeDefs = [
    readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'typeDefs.graphql'), 'utf8'),
    peerQuerySdl(fields),
  ].join('\n');
  const driver = neo4j.driver(
    env.NEO4J_URI!,
    neo4j.auth.basic(env.NEO4J_USERNAME ?? 'neo4j', env.NEO4J_PASSWORD ?? ''),
    {
      maxConnectionPoolSize: Number(env.NEO4J_MAX_POOL_SIZE ?? 100),
      userAgent: 'bench-peer',
    },
  );
  await driver.verifyConnectivity();
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  // Same database and transaction timeout as our server (NEO4J_TX_TIMEOUT_MS, 10 s by default).
  const context = {
    ...(env.NEO4J_DATABASE ? { sessionConfig: { database: env.NEO4J_DATABASE } } : {}),
    transaction: { timeout: Number(env.NEO4J_TX_TIMEOUT_MS ?? 10_000) },
  };
  app.use(
    '/graphql',
    express.json({ limit: 100_000 }),
    expressMiddleware(apollo, { context: async () => ({ ...context }) }),
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as { port: number };
  process.stdout.write(`BENCH_URL http://127.0.0.1:${port}/graphql\n`);
  const stop = async () => {
    await apollo.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  // The orchestrator holds our stdin open; if it dies, stop rather than linger.
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
