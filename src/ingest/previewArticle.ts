import type { Db } from '../db/database.js';
import { validateChangeSet } from '../write/validateChangeSet.js';
import type { Span } from './extraction.js';
import { resolveArticle, type IngestInput } from './ingestArticle.js';
import type { FigureMeasure, FigureQualifier } from './modelTypes.js';

export type PreviewEntityType = 'PERSON' | 'PLACE' | 'ORGANIZATION';

export interface PreviewSpan {
  start: number;
  end: number;
  quote: string;
}

/** Where an entity would go: a node the graph holds, or a new one under this id. */
export interface PreviewLink {
  id: string;
  isNew: boolean;
  /** The linked node's name and label; for a new node, the name and type it would get. */
  name: string;
  label: string;
}

export interface PreviewEntity {
  name: string;
  type: PreviewEntityType;
  mentions: PreviewSpan[];
  link: PreviewLink;
  confidence: number;
}

export interface PreviewStatement {
  span: PreviewSpan;
  text: string;
  isDirectQuote: boolean;
  speaker: string | null;
  speakerId: string | null;
}

export interface PreviewFigure {
  span: PreviewSpan;
  measure: FigureMeasure;
  count: number | null;
  qualifier: FigureQualifier;
  reporter: string | null;
}

export interface ArticlePreview {
  articleId: string;
  text: string;
  entities: PreviewEntity[];
  statements: PreviewStatement[];
  figures: PreviewFigure[];
}

const span = ({ start, end, quote }: Span): PreviewSpan => ({ start, end, quote });

/**
 * What ingesting this article would do, without doing it: the same checks, reads
 * and change set as {@link ingestArticle}, validated but never written, so a
 * client can show the links before a writer commits them.
 */
export async function previewArticle(db: Db, input: IngestInput): Promise<ArticlePreview> {
  const { articleId, extraction: x, ids, labelOf, nameOf, change } = await resolveArticle(db, input);
  // A preview that passes but a commit that fails on the same input would mislead.
  validateChangeSet(change);
  const entityOf = (key: string | null | undefined) => (key ? ids.get(key)?.id : undefined);
  return {
    articleId,
    text: input.text,
    entities: x.entities.map((e) => {
      const { id, linked } = ids.get(e.key)!;
      return {
        name: e.name,
        type: e.type.toUpperCase() as PreviewEntityType,
        mentions: e.mentions.map(span).sort((a, b) => a.start - b.start),
        link: linked
          ? { id, isNew: false, name: nameOf.get(id) ?? e.name, label: labelOf.get(id) ?? e.type }
          : { id, isNew: true, name: e.name, label: e.type },
        confidence: linked ? e.link!.confidence : e.confidence,
      };
    }),
    statements: x.statements.map((s) => ({
      span: span(s.span),
      text: s.text,
      isDirectQuote: s.isDirectQuote,
      speaker: s.speaker?.label ?? null,
      speakerId: entityOf(s.speaker?.entityKey) ?? null,
    })),
    figures: x.figures.map((f) => ({
      span: span(f.span),
      measure: f.measure,
      count: f.count,
      qualifier: f.qualifier,
      reporter: f.reporter?.label ?? null,
    })),
  };
}
