import { readFileSync } from 'node:fs';
import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseQueries } from '../../explorer/build/parseQueries.js';
import { typeDefs } from '../../src/schema/typeDefs.js';
import { QUERIES_DOC } from '../helpers/docExamples.js';

const schema = buildASTSchema(typeDefs);

const SAMPLE = `# Queries

Intro text that is not an example.

\`\`\`graphql
{ __typename }
\`\`\`

\`\`\`json
{ "data": { "__typename": "Query" } }
\`\`\`

## People

### Who is the mayor of Kyiv?

The person and the roles the article gives him.

\`\`\`graphql
query Mayor {
  person(id: "vitali-klitschko") { name }
}
\`\`\`

Search tolerates typos:

\`\`\`graphql
query Search($text: String!) {
  search(text: $text) { score }
}
\`\`\`

With variables:

\`\`\`json
{ "text": "Kharkv" }
\`\`\`

\`\`\`bash
curl -s localhost:4000/graphql
\`\`\`
`;

describe('the playground’s example queries', () => {
  it('takes each graphql block with its heading, its sentence and the variables that follow it', () => {
    const examples = parseQueries(SAMPLE);
    expect(examples.map((e) => e.title)).toEqual([
      'Queries',
      'Who is the mayor of Kyiv?',
      'Who is the mayor of Kyiv? (Search)',
    ]);
    // A sample response after a query is not mistaken for its variables.
    expect(examples[0]?.variables).toBeUndefined();
    expect(JSON.parse(examples[0]?.sample ?? 'null')).toEqual({ data: { __typename: 'Query' } });
    expect(examples[1]?.description).toBe('The person and the roles the article gives him.');
    expect(examples[1]?.query).toContain('query Mayor');
    expect(examples[2]?.description).toBe('Search tolerates typos:');
    expect(JSON.parse(examples[2]?.variables ?? 'null')).toEqual({ text: 'Kharkv' });
    expect(examples[2]?.sample).toBeUndefined();
  });

  it('takes a block marked `json variables` as variables even after prose, and the next json block as the sample', () => {
    const [ex] = parseQueries(
      [
        '## Places',
        '```graphql',
        'query P($id: ID!) { place(id: $id) { name } }',
        '```',
        'For Kyiv:',
        '```json variables',
        '{ "id": "kyiv" }',
        '```',
        'The answer:',
        '```json',
        '{ "data": { "place": { "name": "Kyiv" } } }',
        '```',
      ].join('\n'),
    );
    expect(JSON.parse(ex?.variables ?? 'null')).toEqual({ id: 'kyiv' });
    expect(JSON.parse(ex?.sample ?? 'null')).toEqual({ data: { place: { name: 'Kyiv' } } });
  });

  it('only ships queries that are valid against the schema', () => {
    const shipped = parseQueries(readFileSync(QUERIES_DOC, 'utf8'));
    expect(shipped.length).toBeGreaterThan(0);
    for (const ex of shipped) {
      const errors = validate(schema, parse(ex.query)).map((e) => e.message);
      expect({ title: ex.title, errors }).toEqual({ title: ex.title, errors: [] });
    }
  });
});
