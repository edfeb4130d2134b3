import { dateSourceLink, timeOf } from './dates.js';
import { h, typeBadge } from './dom.js';
import { humanize, type TimelineEntry } from './model.js';
import { colorOf } from './typeStyles.js';

/** Events and negotiations in date order (as the server sorts them), each opening in the graph. */
export function renderTimeline(items: TimelineEntry[], onOpen: (id: string) => void): HTMLElement {
  if (!items.length) return h('p', { class: 'muted' }, 'No dated events or negotiations.');
  return h(
    'ol',
    { class: 'timeline' },
    items.map((item) => {
      const kind = item.eventKind ?? item.negotiationKind;
      return h(
        'li',
        { class: 'timeline-item', 'data-id': item.id, style: `--dot: ${colorOf(item.__typename)}` },
        timeOf(item),
        h(
          'div',
          {},
          h('button', { type: 'button', class: 'link', onclick: () => onOpen(item.id) }, item.name),
          ' ',
          typeBadge(item.__typename, colorOf(item.__typename)),
          kind ? h('span', { class: 'muted' }, ` ${humanize(kind)}`) : null,
          item.status && item.status !== 'REPORTED'
            ? h('span', { class: 'muted' }, ` · ${humanize(item.status)}`)
            : null,
          item.date && (item.dateText || item.dateSource)
            ? h('div', { class: 'muted' }, item.dateText ? `“${item.dateText}” ` : null, dateSourceLink(item))
            : null,
        ),
      );
    }),
  );
}
