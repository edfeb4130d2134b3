import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';
import { NEO4J_VERSION } from '../../src/db/localNeo4j.js';

const root = path.resolve(import.meta.dirname, '../..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<
    string,
    {
      image?: string;
      ports?: string[];
      environment?: Record<string, string>;
      healthcheck?: unknown;
      volumes?: string[];
    }
  >;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  it('runs the same Neo4j version as the embedded server', () => {
    expect(compose.services.neo4j?.image).toBe(`neo4j:${NEO4J_VERSION}-community`);
  });

  it('publishes Bolt and the GraphQL port on loopback, matching the defaults', () => {
    const defaults = loadConfig({});
    expect(compose.services.neo4j?.ports).toContain(`127.0.0.1:${defaults.localNeo4j.port}:7687`);
    expect(compose.services.server?.ports).toContain(`127.0.0.1:${defaults.port}:${defaults.port}`);
  });

  it('passes only environment variables the server understands, all valid', () => {
    const env = compose.services.server?.environment ?? {};
    const sample = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{NEO4J_PASSWORD\}/, 'secret-password')]),
    );
    delete sample.AUTH_TOKEN;
    const config = loadConfig(sample);
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.port).toBe(4000);
    expect(Object.keys(env).sort()).toEqual(
      ['AUTH_TOKEN', 'HOST', 'NEO4J_PASSWORD', 'NEO4J_URI', 'NEO4J_USERNAME', 'PORT'].sort(),
    );
  });

  it('keeps Neo4j data in a named volume and health-checks it', () => {
    expect(compose.services.neo4j?.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
    expect(compose.services.neo4j?.healthcheck).toBeDefined();
  });

  it('reads the password from the env file rather than hard-coding it', () => {
    expect(compose.services.neo4j?.environment?.NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD/);
  });
});
