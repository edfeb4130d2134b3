import { gql } from './api.js';
import { h, typeBadge } from './dom.js';
import { labelOf } from './model.js';
import { SHORTEST_PATH, type PathData } from './queries.js';
import { searchBox, type SearchHit } from './searchBox.js';
import { colorOf } from './typeStyles.js';

export type FoundPath = NonNullable<PathData['shortestPath']>;

export interface PathFinder {
  element: HTMLElement;
  /** Pre-fills the start with the entity being explored. */
  setFrom(hit: SearchHit): void;
}

/** Two search boxes and a button; draws the shortest path through `onPath`. */
export function pathFinder(opts: { onPath(path: FoundPath): Promise<void>; onOpen(id: string): void }): PathFinder {
  const result = h('div', { class: 'path-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'primary', disabled: true }, 'Find path');
  const update = () => {
    button.disabled = !(from.value() && to.value());
  };
  const from = searchBox({ label: 'Path from', placeholder: 'From… (e.g. Klitschko)', onChoose: update });
  const to = searchBox({ label: 'Path to', placeholder: 'To… (e.g. Putin)', onChoose: update });
  from.input.addEventListener('input', update);
  to.input.addEventListener('input', update);
  from.element.classList.add('path-from');
  to.element.classList.add('path-to');

  button.addEventListener('click', async () => {
    const a = from.value();
    const b = to.value();
    if (!a || !b) return;
    button.disabled = true;
    result.replaceChildren(h('p', { class: 'muted' }, 'Searching…'));
    try {
      const { shortestPath: path } = await gql<PathData>(SHORTEST_PATH, { from: a.id, to: b.id });
      if (!path) {
        result.replaceChildren(h('p', {}, `No path between ${a.name} and ${b.name} within 6 steps.`));
        return;
      }
      await opts.onPath(path);
      result.replaceChildren(renderPath(path, opts.onOpen));
    } catch (e) {
      result.replaceChildren(h('p', { class: 'error' }, (e as Error).message));
    } finally {
      update();
    }
  });

  const element = h(
    'div',
    { class: 'path-finder' },
    h('p', { class: 'muted' }, 'The shortest chain of relationships between two entities, drawn in red.'),
    from.element,
    to.element,
    button,
    result,
  );
  return {
    element,
    setFrom(hit) {
      if (!from.value()) from.setValue(hit);
      update();
    },
  };
}

function renderPath(path: FoundPath, onOpen: (id: string) => void): HTMLElement {
  const steps: HTMLElement[] = [];
  path.nodes.forEach((n, i) => {
    steps.push(
      h(
        'li',
        { class: 'path-node' },
        h('button', { type: 'button', class: 'link', onclick: () => onOpen(n.id) }, labelOf(n)),
        ' ',
        typeBadge(n.__typename, colorOf(n.__typename)),
      ),
    );
    const e = path.edges[i];
    if (e) {
      const forward = e.from === n.id;
      steps.push(h('li', { class: 'path-edge' }, h('code', {}, forward ? `${e.type} ↓` : `↑ ${e.type}`)));
    }
  });
  return h(
    'div',
    {},
    h('p', {}, `${path.length} step${path.length === 1 ? '' : 's'}:`),
    h('ol', { class: 'path-steps' }, steps),
  );
}
