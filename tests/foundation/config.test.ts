import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('uses safe defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.authToken).toBeUndefined();
    expect(c.limits.maxPageSize).toBe(100);
    expect(c.limits.introspection).toBe(true);
  });

  it('accepts bolt, neo4j and neo4j+s URIs with a password', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' }).neo4j.uri).toBe(uri);
    }
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD'],
    [{ AUTH_TOKEN: 'short' }, 'AUTH_TOKEN'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MAX_PAGE_SIZE: '0' }, 'MAX_PAGE_SIZE'],
    [{ INTROSPECTION: 'maybe' }, 'INTROSPECTION'],
  ])('refuses %o with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', AUTH_TOKEN: '' }).neo4j.uri).toBeUndefined();
  });
});
