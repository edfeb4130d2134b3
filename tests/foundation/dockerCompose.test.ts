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
      build?: string;
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

  it('publishes Bolt and the GraphQL port on loopback, matching the defaults unless COMPOSE_*PORT moves them', () => {
    const defaults = loadConfig({});
    // Compose's own interpolation: ${NAME:-default} takes the default when NAME is unset.
    const interpolate = (s: string, vars: Record<string, string>) =>
      s.replace(/\$\{(\w+):-([^}]*)\}/g, (_m, name: string, dflt: string) => vars[name] ?? dflt);
    const ports = (service: string, vars: Record<string, string>) =>
      (compose.services[service]?.ports ?? []).map((p) => interpolate(p, vars));
    expect(ports('neo4j', {})).toEqual([`127.0.0.1:${defaults.localNeo4j.port}:7687`]);
    expect(ports('server', {})).toEqual([`127.0.0.1:${defaults.port}:${defaults.port}`]);
    const moved = { COMPOSE_PORT: '4001', COMPOSE_BOLT_PORT: '7688' };
    expect(ports('neo4j', moved)).toEqual(['127.0.0.1:7688:7687']);
    expect(ports('server', moved)).toEqual(['127.0.0.1:4001:4000']);
  });

  it('builds the server image from the sources, without mounting the checkout, running as a user in production mode', () => {
    const server = compose.services.server;
    expect(server?.build).toBe('.');
    expect(server?.volumes ?? []).toEqual([]);
    expect(server?.environment?.NODE_ENV).toBe('production');
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(finalStage).toMatch(/^USER node$/m);
    expect(finalStage).toMatch(/NODE_ENV=production/);
    const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', '.neo4j', 'node_modules', 'public']));
  });

  it('refuses a placeholder password: empty in .env.example, which compose rejects, and known placeholders in the server', () => {
    const example = readFileSync(path.join(root, '.env.example'), 'utf8');
    expect(example).toMatch(/^NEO4J_PASSWORD=$/m);
    expect(compose.services.neo4j?.environment?.NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD:\?/);
    for (const placeholder of ['change-me-please', 'changeme', 'password', 'neo4j']) {
      expect(() => loadConfig({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_PASSWORD: placeholder })).toThrow(
        'NEO4J_PASSWORD: is a placeholder',
      );
    }
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
      ['AUTH_TOKEN', 'HOST', 'NEO4J_PASSWORD', 'NEO4J_URI', 'NEO4J_USERNAME', 'NODE_ENV', 'PORT'].sort(),
    );
  });

  it('keeps Neo4j data in a named volume and health-checks it', () => {
    expect(compose.services.neo4j?.volumes).toEqual(['neo4j-data:/data']);
    expect(compose.volumes).toHaveProperty('neo4j-data');
    expect(compose.services.neo4j?.healthcheck).toBeDefined();
  });

  it('reads the password from the env file rather than hard-coding it', () => {
    expect(compose.services.neo4j?.environment?.NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD/);
  });
});
