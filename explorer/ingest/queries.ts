export const PREVIEW = `query Preview($input: IngestArticleInput!) {
  previewArticle(input: $input) {
    articleId
    text
    entities { name type confidence mentions { start end quote } link { id isNew name label } }
    statements { text isDirectQuote speaker speakerId span { start end quote } }
    figures { measure count qualifier reporter span { start end quote } }
  }
}`;

export const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article { id title }
    entities { entity { __typename id name } created confidence }
    statements { id }
    figures { id }
  }
}`;

export interface Span {
  start: number;
  end: number;
  quote: string;
}

export interface Preview {
  articleId: string;
  text: string;
  entities: {
    name: string;
    type: 'PERSON' | 'PLACE' | 'ORGANIZATION';
    confidence: number;
    mentions: Span[];
    link: { id: string; isNew: boolean; name: string; label: string };
  }[];
  statements: { text: string; isDirectQuote: boolean; speaker: string | null; speakerId: string | null; span: Span }[];
  figures: { measure: string; count: number | null; qualifier: string; reporter: string | null; span: Span }[];
}

export interface Ingested {
  article: { id: string; title: string };
  entities: { entity: { __typename: string; id: string; name: string }; created: boolean; confidence: number }[];
  statements: { id: string }[];
  figures: { id: string }[];
}
