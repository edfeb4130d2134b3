import { dateLabel, type DatePrecision } from '../dateLabel.js';
import type { DATE_SOURCE_KINDS } from '../model.js';
import type { NodeRecord } from '../records.js';

type DateSourceKind = (typeof DATE_SOURCE_KINDS)[number];

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A link to a date's source: Wikidata items by their page, URLs as they are. */
const sourceUrl = (kind: DateSourceKind, ref: string): string =>
  kind === 'WIKIDATA' ? `https://www.wikidata.org/wiki/${encodeURIComponent(ref)}` : ref;

/**
 * The derived date fields of Event and Negotiation. A date's source is stored as
 * two flat properties (`dateSource`, `dateSourceRef`) because Neo4j stores no maps;
 * here they become the `DateSource` object.
 */
export const datedFields = {
  dateLabel: (p: NodeRecord) => dateLabel(str(p.date), str(p.endDate), str(p.datePrecision) as DatePrecision | null),
  dateSource: (p: NodeRecord) => {
    const kind = str(p.dateSource) as DateSourceKind | null;
    const ref = str(p.dateSourceRef);
    return kind && ref ? { kind, ref, url: sourceUrl(kind, ref) } : null;
  },
};
