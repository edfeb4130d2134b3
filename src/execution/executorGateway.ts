import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { printSchema, type GraphQLSchema } from 'graphql';
import { graphqlExecute, jitExecute, type Execute } from './jitExecutor.js';

export type ExecutorName = 'jit' | 'graphql';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Apollo Server 5 runs operations itself unless given a gateway; its gateway
 * interface is the supported way to plug in another executor. This one serves a
 * fixed, local schema: parsing, validation (with our limits), plugins and error
 * formatting stay Apollo's, and only the execution step is ours.
 */
export function executorGateway(schema: GraphQLSchema, executor: ExecutorName): Gateway {
  const run: Execute = executor === 'jit' ? jitExecute(schema) : graphqlExecute(schema);
  return {
    onSchemaLoadOrUpdate(callback) {
      // The schema never changes, so the one call is made here, before load() returns.
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: async () => ({
      executor: (rc) =>
        run({
          source: rc.source,
          queryHash: rc.queryHash,
          document: rc.document,
          operation: rc.operation,
          // The name the client asked for, not the one Apollo resolved: when it names no
          // operation in the document, graphql-js must say so (a 400), not run the only one.
          operationName: rc.request.operationName ?? rc.operationName,
          variables: rc.request.variables,
          contextValue: rc.context,
        }),
    }),
    stop: async () => {},
  };
}
