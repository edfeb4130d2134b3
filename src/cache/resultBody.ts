import type { FormattedExecutionResult } from 'graphql';

/**
 * The bytes Apollo Server sends for a single result: its default `stringifyResult`
 * (JSON and a newline) over the fields in the order it puts them (errors, data,
 * extensions). tests/integration/responseCacheLane.test.ts pins it against a miss.
 */
export function resultBody(result: FormattedExecutionResult): Buffer {
  const ordered = { errors: result.errors, data: result.data, extensions: result.extensions };
  return Buffer.from(`${JSON.stringify(ordered)}\n`);
}
