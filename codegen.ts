import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema.graphql; `npm run codegen:check` (part of
// `npm test`) fails when src/schema/generated/ is stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/schema/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        useIndexSignature: false,
        enumsAsTypes: true,
        contextType: '../../context.js#Context',
        scalars: { Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        mappers: {
          Person: '../../records.js#NodeRecord',
          Place: '../../records.js#NodeRecord',
          Organization: '../../records.js#NodeRecord',
          Event: '../../records.js#NodeRecord',
          Negotiation: '../../records.js#NodeRecord',
          Proposal: '../../records.js#NodeRecord',
          Statement: '../../records.js#NodeRecord',
          Figure: '../../records.js#NodeRecord',
          Article: '../../records.js#NodeRecord',
          Relationship: '../../records.js#RelRecord',
          Role: '../../records.js#RelRecord',
          Participation: '../../records.js#RelRecord',
          Position: '../../records.js#RelRecord',
          Edge: '../../records.js#RelRecord',
          Mention: '../../records.js#MentionRecord',
          IngestArticlePayload: '../../ingest/ingestArticle.js#IngestResult',
          IngestedEntity: '../../ingest/ingestArticle.js#IngestedEntityRecord',
          GraphChange: '../../feed/feedCypher.js#ChangeRecord',
          Subgraph: '../../records.js#SubgraphRecord',
          Path: '../../records.js#PathRecord',
          SearchHit: '../../records.js#SearchHitRecord',
          PersonConnection: '../../records.js#ConnectionRecord',
          PlaceConnection: '../../records.js#ConnectionRecord',
          OrganizationConnection: '../../records.js#ConnectionRecord',
          EventConnection: '../../records.js#ConnectionRecord',
          NegotiationConnection: '../../records.js#ConnectionRecord',
          PersonEdge: '../../records.js#ConnectionEdgeRecord',
          PlaceEdge: '../../records.js#ConnectionEdgeRecord',
          OrganizationEdge: '../../records.js#ConnectionEdgeRecord',
          EventEdge: '../../records.js#ConnectionEdgeRecord',
          NegotiationEdge: '../../records.js#ConnectionEdgeRecord',
        },
      },
    },
  },
  hooks: { afterOneFileWrite: ['prettier --write'] },
};
export default config;
