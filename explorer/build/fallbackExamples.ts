import type { Example } from './parseQueries.js';

/** Shown when docs/queries.md is missing or has no ```graphql blocks. */
export const fallbackExamples: Example[] = [
  {
    title: 'Who is Vitali Klitschko?',
    description: 'A person, the roles the article gives him and whom he acts for.',
    query: `query Klitschko {
  person(id: "vitali-klitschko") {
    name
    description
    roles {
      title
      actsFor {
        name
      }
    }
  }
}
`,
  },
  {
    title: 'Search',
    description: 'Full-text search over names and aliases, tolerant of typos.',
    query: `query Search($text: String!) {
  search(text: $text, first: 5) {
    score
    entity {
      __typename
      id
      name
    }
  }
}
`,
    variables: '{ "text": "Kharkiv" }\n',
  },
  {
    title: 'Timeline',
    description: 'Events and negotiations in date order.',
    query: `query Timeline {
  timeline(first: 20) {
    __typename
    ... on Event {
      id
      name
      date
    }
    ... on Negotiation {
      id
      name
      date
    }
  }
}
`,
  },
];
