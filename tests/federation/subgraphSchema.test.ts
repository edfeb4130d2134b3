import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  printType,
  type IntrospectionQuery,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { entityTypeNames } from '../../src/federation/subgraphTypeDefs.js';
import { resolvers } from '../../src/resolvers/index.js';
import { typeDefs } from '../../src/schema/typeDefs.js';
import { useTestServer } from '../helpers/testServer.js';

const plain = useTestServer();
const federated = useTestServer({ env: { FEDERATION: 'true' } });

const NODE_TYPES = [
  'Person',
  'Place',
  'Organization',
  'Event',
  'Negotiation',
  'Proposal',
  'Statement',
  'Figure',
  'Article',
];

/** The schema a server serves, as introspection shows it to clients, in a stable order. */
async function served(t: typeof plain) {
  const data = await t.data<IntrospectionQuery>(
    getIntrospectionQuery({ specifiedByUrl: true, inputValueDeprecation: true }),
  );
  return lexicographicSortSchema(buildClientSchema(data));
}

// What Apollo Server builds from `typeDefs` and `resolvers` (graphql-tools), as
// the server did before the flag existed: "the schema as it is". The scalars'
// descriptions come from graphql-scalars, not from schema.graphql.
const fromFile = lexicographicSortSchema(makeExecutableSchema({ typeDefs, resolvers: resolvers as never }));

describe('the schema without FEDERATION', () => {
  it('is exactly what Apollo builds from schema.graphql and the resolvers, with no federation fields or types', async () => {
    const schema = await served(plain);
    expect(printSchema(schema)).toBe(printSchema(fromFile));
    expect(schema.getQueryType()!.getFields()).not.toHaveProperty('_service');
    expect(schema.getType('_Entity')).toBeUndefined();
  });
});

describe('the schema with FEDERATION=true', () => {
  it('keys every Node type by id in _service { sdl }, and adds nothing else to them', async () => {
    const { _service } = await federated.data<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(entityTypeNames(typeDefs).sort()).toEqual([...NODE_TYPES].sort());
    for (const type of NODE_TYPES) {
      expect(_service.sdl).toMatch(new RegExp(`type ${type} implements [^{]*@key\\(fields: "id"\\)`));
    }
    expect(_service.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.5"');
    expect(_service.sdl.match(/@key\(fields: "id"\)/g)).toHaveLength(NODE_TYPES.length);
  });

  it('serves every type of schema.graphql unchanged, plus _service and _entities', async () => {
    const schema = await served(federated);
    for (const type of Object.values(fromFile.getTypeMap())) {
      if (type.name.startsWith('__') || type.name === 'Query') continue;
      expect(printType(schema.getType(type.name)!), type.name).toBe(printType(type));
    }
    const fields = schema.getQueryType()!.getFields();
    for (const [name, field] of Object.entries(fromFile.getQueryType()!.getFields())) {
      expect(String(fields[name]?.type), name).toBe(String(field.type));
    }
    expect(
      Object.keys(fields)
        .filter((f) => !(f in fromFile.getQueryType()!.getFields()))
        .sort(),
    ).toEqual(['_entities', '_service']);
    expect(schema.getType('_Entity')).toBeDefined();
  });
});
