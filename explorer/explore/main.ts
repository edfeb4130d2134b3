import { gql } from './api.js';
import { renderDetails, relationshipItem } from './details.js';
import { byId, h } from './dom.js';
import { GraphView } from './graphView.js';
import { liveUpdates } from './live.js';
import { labelOf } from './model.js';
import { pathFinder, type FoundPath } from './pathFinder.js';
import type { ExplorerProbe } from './probe.js';
import {
  DETAILS,
  NEIGHBORHOOD,
  TIMELINE,
  type DetailsData,
  type NeighborhoodData,
  type Subgraph,
  type TimelineData,
} from './queries.js';
import { searchBox } from './searchBox.js';
import './style.css';
import { tabs } from './tabs.js';
import { renderTimeline } from './timeline.js';
import { typeFilter } from './typeFilter.js';
import { TYPE_STYLES } from './typeStyles.js';

declare global {
  interface Window {
    __explorer?: ExplorerProbe;
  }
}

const state = {
  root: null as string | null,
  selected: null as string | null,
  expanded: new Set<string>(),
  depth: 1,
  types: null as Set<string> | null,
  truncated: false,
};
let pending = 0;

const status = byId('status');
const detailsPanel = byId('panel-details');
const graph = new GraphView(byId('graph'), { onNode: (id) => void open(id), onEdge: showEdge });

function report(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function summary(): void {
  const n = graph.cy.nodes().length;
  const m = graph.cy.edges().length;
  const cut = state.truncated ? ' · cut at 150 nodes: lower the depth or filter the types' : '';
  report(n ? `${n} nodes · ${m} relationships${cut}` : '');
  byId('empty').hidden = n > 0;
  live.watch(graph.cy.nodes().map((x) => x.id()));
}

/** Tracks work in flight (for the status line and the tests) and reports failures. */
async function task(work: () => Promise<void>): Promise<void> {
  pending++;
  document.body.classList.add('busy');
  try {
    await work();
  } catch (e) {
    report((e as Error).message, true);
  } finally {
    pending--;
    if (!pending) document.body.classList.remove('busy');
  }
}

async function fetchNeighborhood(id: string, depth: number): Promise<Subgraph> {
  const none = state.types?.size === 0;
  const types = state.types && !none ? [...state.types] : null;
  const sub = (await gql<NeighborhoodData>(NEIGHBORHOOD, { id, depth, types })).neighborhood;
  // No type chosen: just the entity itself.
  return none ? { nodes: sub.nodes.filter((n) => n.id === id), edges: [], truncated: false } : sub;
}

/** Redraws from the root and every node the reader expanded, with the current filters. */
async function rebuild(): Promise<void> {
  const root = state.root;
  if (!root) return;
  const ids = [...state.expanded];
  const subs = await Promise.all(ids.map((id) => fetchNeighborhood(id, id === root ? state.depth : 1)));
  graph.clear();
  subs.forEach((s) => graph.merge(s.nodes, s.edges));
  state.truncated = subs.some((s) => s.truncated);
  for (const id of ids) graph.mark(id, 'expanded');
  graph.mark(root, 'root');
  await graph.layout(true);
  if (state.selected) graph.select(state.selected);
  summary();
}

/**
 * A write touched drawn nodes: refetches the drawn neighbourhoods and redraws in
 * place (renamed nodes relabelled, new neighbours added next to what they join),
 * keeping the reader's layout and selection.
 */
function redrawChanged(ids: string[]): Promise<void> {
  return task(async () => {
    const root = state.root;
    if (!root) return;
    const expanded = [...state.expanded];
    const subs = await Promise.all(expanded.map((id) => fetchNeighborhood(id, id === root ? state.depth : 1)));
    let added = 0;
    subs.forEach((s, i) => (added += graph.update(s.nodes, s.edges, expanded[i])));
    if (added) await graph.layout(false);
    summary();
    if (state.selected && ids.includes(state.selected)) await showDetails(state.selected);
  });
}

const live = liveUpdates(byId('live'), (ids) => void redrawChanged(ids));

/** Makes an entity the centre of the graph. */
function focus(id: string): Promise<void> {
  return task(async () => {
    state.root = id;
    state.selected = id;
    state.expanded = new Set([id]);
    history.replaceState(null, '', `#${encodeURIComponent(id)}`);
    await rebuild();
    const n = graph.node(id);
    if (n) main.setValue({ __typename: n.__typename, id, name: labelOf(n), description: null });
    await showDetails(id);
  });
}

/** Selects a node and merges its neighbourhood into the graph. */
function open(id: string): Promise<void> {
  if (!graph.node(id)) return focus(id);
  return task(async () => {
    state.selected = id;
    graph.select(id);
    panelTabs.show('details');
    if (!state.expanded.has(id)) {
      state.expanded.add(id);
      const sub = await fetchNeighborhood(id, 1);
      state.truncated ||= sub.truncated;
      graph.mark(id, 'expanded');
      if (graph.merge(sub.nodes, sub.edges, id)) await graph.layout(false);
      graph.select(id);
      summary();
    }
    await showDetails(id);
  });
}

let detailsTicket = 0;
async function showDetails(id: string): Promise<void> {
  const ticket = ++detailsTicket;
  const { node } = await gql<DetailsData>(DETAILS, { id });
  if (ticket !== detailsTicket) return;
  if (!node) {
    detailsPanel.replaceChildren(h('p', { class: 'error' }, `Nothing has the id “${id}”.`));
    return;
  }
  const n = graph.node(id);
  if (n) path.setFrom({ __typename: n.__typename, id, name: labelOf(n), description: null });
  detailsPanel.replaceChildren(
    renderDetails(
      node,
      graph.edgesOf(id),
      (x) => graph.node(x),
      (x) => void open(x),
    ),
  );
}

function showEdge(id: string): void {
  const e = graph.edge(id);
  if (!e) return;
  detailsTicket++;
  panelTabs.show('details');
  const from = graph.node(e.from);
  const to = graph.node(e.to);
  detailsPanel.replaceChildren(
    h(
      'article',
      { class: 'details' },
      h('header', {}, h('h2', {}, `${from ? labelOf(from) : e.from} → ${to ? labelOf(to) : e.to}`)),
      h('p', { class: 'muted' }, 'A relationship and the sentences of the article that state it.'),
      h(
        'ul',
        { class: 'relationships' },
        relationshipItem(
          e,
          e.from,
          (x) => graph.node(x),
          (x) => void open(x),
        ),
      ),
    ),
  );
}

async function drawPath(p: FoundPath): Promise<void> {
  await task(async () => {
    const fresh = graph.cy.nodes().length === 0;
    if (fresh && p.nodes[0]) state.root = p.nodes[0].id;
    if (graph.merge(p.nodes, p.edges, state.selected ?? undefined)) await graph.layout(fresh);
    graph.highlight(
      p.nodes.map((n) => n.id),
      p.edges.map((e) => e.id),
    );
    summary();
  });
}

const path = pathFinder({ onPath: drawPath, onOpen: (id) => void open(id) });
byId('panel-path').append(path.element);

let timelineLoaded = false;
const panelTabs = tabs(byId('tablist'), (name) => {
  if (name !== 'timeline' || timelineLoaded) return;
  timelineLoaded = true;
  const panel = byId('panel-timeline');
  void task(async () => {
    const { timeline } = await gql<TimelineData>(TIMELINE);
    panel.replaceChildren(renderTimeline(timeline, (id) => void focus(id)));
  });
});

const main = searchBox({
  label: 'Search the article’s people, places, events…',
  placeholder: 'Search: Klitschko, Kharkiv, Abu Dhabi talks…',
  onChoose: (hit) => void focus(hit.id),
});
byId('search-slot').append(main.element);

byId<HTMLSelectElement>('depth').addEventListener('change', (e) => {
  state.depth = Number((e.target as HTMLSelectElement).value);
  void task(rebuild);
});
byId('fit').addEventListener('click', () => graph.fit());
byId('legend').append(...Object.entries(TYPE_STYLES).map(([name, s]) => h('li', { style: `--dot: ${s.color}` }, name)));

void typeFilter(byId('type-list'), byId('type-count'), (types) => {
  state.types = types;
  void task(rebuild);
}).then((f) => {
  byId('types-all').addEventListener('click', () => f.selectAll(true));
  byId('types-none').addEventListener('click', () => f.selectAll(false));
});

new ResizeObserver(() => graph.resize()).observe(byId('graph'));

window.__explorer = Object.freeze({
  nodeIds: () => graph.cy.nodes().map((n) => n.id()),
  edgeCount: () => graph.cy.edges().length,
  pathNodeIds: () => graph.pathIds(),
  selectedId: () => state.selected,
  renderedPosition: (id: string) => {
    const n = graph.cy.getElementById(id);
    return n.nonempty() ? { ...n.renderedPosition() } : null;
  },
  idle: () => pending === 0,
  nodeLabel: (id: string) => graph.labelOf(id),
  liveState: () => live.state(),
});

const start = decodeURIComponent(location.hash.slice(1));
if (start) void focus(start);
else main.input.focus();
