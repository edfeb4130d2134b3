import { dateSourceLink, timeOf } from './dates.js';
import { h, typeBadge } from './dom.js';
import { humanize, labelOf, type Figure, type GraphEdge, type GraphNode } from './model.js';
import type { NodeDetails } from './queries.js';
import { quoteBlock } from './quote.js';
import { colorOf } from './typeStyles.js';

type Row = [string, string | number | Node | null | undefined];

function fieldsOf(d: NodeDetails): Row[] {
  // The date as precise as its source ("2025", "week of 19 January 2026"), the
  // article's wording, and where the date comes from when not from the article.
  const when = (x: NodeDetails): Node | null =>
    x.date || x.dateText
      ? h(
          'span',
          {},
          timeOf(x),
          x.date && x.dateText ? ` (“${x.dateText}”)` : null,
          x.dateSource ? ' · ' : null,
          dateSourceLink(x),
        )
      : null;
  const list = (xs?: string[]) => (xs?.length ? xs.join('; ') : null);
  switch (d.__typename) {
    case 'Person':
      return [['Roles', d.roles?.map((r) => `${r.title} (${r.actsFor.name})`).join('; ')]];
    case 'Place':
      return [
        ['Kind', d.placeKind && humanize(d.placeKind)],
        ['ISO 3166', d.iso3166],
        ['Coordinates', d.latitude != null && d.longitude != null ? `${d.latitude}, ${d.longitude}` : null],
      ];
    case 'Organization':
      return [['Kind', d.organizationKind && humanize(d.organizationKind)]];
    case 'Event':
      return [
        ['Kind', d.eventKind && humanize(d.eventKind)],
        ['Status', d.status && humanize(d.status)],
        ['When', when(d)],
        ['Weapons', list(d.weapons)],
        ['Damaged', list(d.damaged)],
      ];
    case 'Negotiation':
      return [
        ['Kind', d.negotiationKind && humanize(d.negotiationKind)],
        ['When', when(d)],
        ['Round', d.round],
      ];
    case 'Proposal':
      return [
        ['Kind', d.proposalKind && humanize(d.proposalKind)],
        ['Demands', list(d.demands)],
      ];
    case 'Statement':
      return [
        ['Said', d.text],
        ['Verb', d.cueVerb],
        ['Attribution', d.attribution && humanize(d.attribution)],
        ['Speaker', d.speakerLabel],
        ['Direct quote', d.isDirectQuote ? 'yes' : 'no'],
      ];
    case 'Figure':
      return [
        ['Figure', figureLine(d as unknown as Figure)],
        ['Reported by', d.reportedBy?.map((r) => r.name).join(', ')],
      ];
    case 'Article':
      return [
        ['Published', d.publishedOn],
        ['Publisher', d.publisher],
      ];
    default:
      return [];
  }
}

const SINGULAR: Record<string, string> = {
  PEOPLE: 'PERSON',
  CHILDREN: 'CHILD',
  RESIDENTS: 'RESIDENT',
  RESCUE_WORKERS: 'RESCUE_WORKER',
};

/** E.g. "Injured: at least 14 people"; "several" carries no number. */
function figureLine(f: Figure): string {
  const measure = humanize(f.measure);
  const amount = [humanize(f.qualifier), f.count ?? ''].filter((x) => x !== '').join(' ');
  const group = f.count === 1 ? (SINGULAR[f.group] ?? f.group) : f.group;
  return `${measure[0]?.toUpperCase()}${measure.slice(1)}: ${amount} ${humanize(group)}`;
}

function figuresSection(figures: Figure[]): HTMLElement {
  return h(
    'section',
    { class: 'figures' },
    h('h3', {}, 'Figures'),
    h(
      'ul',
      {},
      figures.map((f) =>
        h(
          'li',
          { class: 'figure', 'data-id': f.id },
          h('strong', {}, figureLine(f)),
          f.isAggregate ? h('span', { class: 'muted' }, ' (total across places)') : null,
          f.places.length ? h('span', { class: 'muted' }, ` · ${f.places.map((p) => p.name).join(', ')}`) : null,
          h('div', { class: 'figure-text' }, `“${f.text}”`),
          f.reportedBy.length
            ? h('div', { class: 'muted' }, `Reported by ${f.reportedBy.map((r) => r.name).join(', ')}`)
            : null,
        ),
      ),
    ),
  );
}

/** One relationship with the article's quotes that state it. */
export function relationshipItem(
  e: GraphEdge,
  selfId: string,
  nodeOf: (id: string) => GraphNode | undefined,
  onOpen: (id: string) => void,
): HTMLElement {
  const outgoing = e.from === selfId;
  const otherId = outgoing ? e.to : e.from;
  const other = nodeOf(otherId);
  const props = Object.entries(e.properties ?? {})
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
  return h(
    'li',
    { class: 'relationship', 'data-edge': e.id },
    h(
      'div',
      { class: 'relationship-head' },
      h('span', { class: 'direction', title: outgoing ? 'outgoing' : 'incoming' }, outgoing ? '→' : '←'),
      h('code', { class: 'rel-type' }, e.type),
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => onOpen(otherId), title: 'Show and expand in the graph' },
        other ? labelOf(other) : otherId,
      ),
      other ? typeBadge(other.__typename, colorOf(other.__typename)) : null,
    ),
    props ? h('div', { class: 'muted' }, props) : null,
    e.provenance.length ? e.provenance.map(quoteBlock) : h('div', { class: 'muted' }, 'No quote recorded.'),
  );
}

/** The side panel's content for a node: header, type-specific fields, figures, relationships. */
export function renderDetails(
  d: NodeDetails,
  edges: GraphEdge[],
  nodeOf: (id: string) => GraphNode | undefined,
  onOpen: (id: string) => void,
): HTMLElement {
  const title = d.name ?? d.title ?? d.id;
  const rows = fieldsOf(d).filter(([, v]) => v !== null && v !== undefined && v !== '');
  const figures = d.__typename === 'Figure' ? [] : (d.figures ?? []);
  const sorted = [...edges].sort((a, b) => a.type.localeCompare(b.type));
  return h(
    'article',
    { class: 'details', 'data-id': d.id },
    h('header', {}, h('h2', {}, title), typeBadge(d.__typename, colorOf(d.__typename))),
    d.description ? h('p', { class: 'description' }, d.description) : null,
    d.aliases?.length ? h('p', { class: 'muted' }, `Also: ${d.aliases.join(', ')}`) : null,
    rows.length
      ? h(
          'dl',
          { class: 'fields' },
          rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v instanceof Node ? v : String(v))]),
        )
      : null,
    d.wikidataId
      ? h(
          'p',
          {},
          h(
            'a',
            { href: `https://www.wikidata.org/wiki/${d.wikidataId}`, rel: 'noopener', target: '_blank' },
            `Wikidata ${d.wikidataId}`,
          ),
        )
      : null,
    d.url ? h('p', {}, h('a', { href: d.url, rel: 'noopener', target: '_blank' }, 'Original article')) : null,
    figures.length ? figuresSection(figures) : null,
    h(
      'section',
      { class: 'relationships' },
      h('h3', {}, `Relationships in the graph (${sorted.length})`),
      sorted.length
        ? h(
            'ul',
            {},
            sorted.map((e) => relationshipItem(e, d.id, nodeOf, onOpen)),
          )
        : h('p', { class: 'muted' }, 'None drawn with the current filters.'),
    ),
  );
}
