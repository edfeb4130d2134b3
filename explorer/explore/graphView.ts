import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { labelOf, type GraphEdge, type GraphNode } from './model.js';
import { TYPE_STYLES } from './typeStyles.js';

cytoscape.use(fcose);

const MAX_LABEL = 40;
const short = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

const typeRules = Object.entries(TYPE_STYLES).map(([typename, s]) => ({
  selector: `node[typename = "${typename}"]`,
  style: { 'background-color': s.color, shape: s.shape },
}));

/** The cytoscape graph: merges subgraphs, lays them out, highlights a path. */
export class GraphView {
  readonly cy: Core;
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  constructor(container: HTMLElement, handlers: { onNode(id: string): void; onEdge(id: string): void }) {
    this.cy = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            width: 26,
            height: 26,
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': '130px',
            color: '#1d2430',
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
            'border-width': 2,
            'border-color': '#ffffff',
          },
        },
        ...typeRules,
        { selector: 'node.root', style: { width: 38, height: 38, 'font-weight': 'bold' } },
        {
          selector: 'node.expanded',
          style: { 'border-color': '#1d2430', 'border-style': 'double', 'border-width': 4 },
        },
        {
          selector: 'node:selected',
          style: { 'overlay-color': '#1d6fd6', 'overlay-opacity': 0.25, 'overlay-padding': 6 },
        },
        {
          selector: 'edge',
          style: {
            label: 'data(type)',
            width: 1.5,
            'font-size': 8,
            color: '#4a5566',
            'line-color': '#a9b3c1',
            'target-arrow-color': '#a9b3c1',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.8,
            'curve-style': 'bezier',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
            'min-zoomed-font-size': 7,
          },
        },
        { selector: 'edge:selected', style: { 'line-color': '#1d6fd6', 'target-arrow-color': '#1d6fd6', width: 3 } },
        { selector: '.faded', style: { opacity: 0.18 } },
        { selector: 'node.path', style: { 'border-color': '#d62728', 'border-width': 4 } },
        {
          selector: 'edge.path',
          style: {
            'line-color': '#d62728',
            'target-arrow-color': '#d62728',
            width: 4,
            color: '#b00000',
            'z-index': 10,
          },
        },
      ],
    });
    this.cy.on('tap', 'node', (e: EventObject) => handlers.onNode(e.target.id() as string));
    this.cy.on('tap', 'edge', (e: EventObject) => handlers.onEdge(e.target.id() as string));
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  edge(id: string): GraphEdge | undefined {
    return this.edges.get(id);
  }

  /** The drawn edges touching a node, with their quotes. */
  edgesOf(id: string): GraphEdge[] {
    return [...this.edges.values()].filter((e) => e.from === id || e.to === id);
  }

  clear(): void {
    this.cy.elements().remove();
    this.nodes.clear();
    this.edges.clear();
  }

  /**
   * Adds nodes and edges not drawn yet. New nodes start at `around` (the node
   * being expanded) so the incremental layout grows the graph from there.
   */
  merge(nodes: GraphNode[], edges: GraphEdge[], around?: string): number {
    const origin = around ? this.cy.getElementById(around) : undefined;
    const at = origin?.nonempty() ? origin.position() : { x: 0, y: 0 };
    const added: ElementDefinition[] = [];
    for (const n of nodes) {
      if (this.nodes.has(n.id)) continue;
      this.nodes.set(n.id, n);
      added.push({
        group: 'nodes',
        data: { id: n.id, label: short(labelOf(n)), typename: n.__typename },
        position: { x: at.x + (Math.random() - 0.5) * 60, y: at.y + (Math.random() - 0.5) * 60 },
      });
    }
    for (const e of edges) {
      if (this.edges.has(e.id) || !this.nodes.has(e.from) || !this.nodes.has(e.to)) continue;
      this.edges.set(e.id, e);
      added.push({ group: 'edges', data: { id: e.id, source: e.from, target: e.to, type: e.type } });
    }
    this.cy.add(added);
    return added.length;
  }

  /**
   * Redraws nodes already drawn with their current fields (a rename shows at once)
   * and adds what is new, as {@link merge} does. Returns how many elements were added.
   */
  update(nodes: GraphNode[], edges: GraphEdge[], around?: string): number {
    for (const n of nodes) {
      if (!this.nodes.has(n.id)) continue;
      this.nodes.set(n.id, n);
      this.cy.getElementById(n.id).data('label', short(labelOf(n)));
    }
    return this.merge(nodes, edges, around);
  }

  /** The label a node is drawn with, or null when it is not drawn. */
  labelOf(id: string): string | null {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? String(n.data('label')) : null;
  }

  /** Runs fcose; `fresh` lays out from scratch, otherwise keeps the reader's mental map. */
  layout(fresh: boolean): Promise<void> {
    // On a phone the graph must stay compact, or fitting it shrinks the labels away.
    const narrow = this.cy.width() < 600;
    const layout = this.cy.layout({
      name: 'fcose',
      quality: fresh ? 'default' : 'proof',
      randomize: fresh,
      animate: false,
      fit: true,
      padding: narrow ? 20 : 40,
      nodeDimensionsIncludeLabels: true,
      packComponents: false,
      idealEdgeLength: () => (narrow ? 70 : 110),
      nodeRepulsion: () => (narrow ? 5000 : 9000),
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop').then(() => this.orient(narrow ? 20 : 40));
    layout.run();
    return done;
  }

  /**
   * fcose ignores the container's shape; turning a wide drawing upright on a tall
   * phone screen (or the reverse) lets fitting it keep the labels readable.
   */
  private orient(padding: number): void {
    const box = this.cy.nodes().boundingBox({});
    const tallView = this.cy.height() > this.cy.width();
    if (box.w === 0 || box.h === 0 || tallView === box.h > box.w) return;
    this.cy.nodes().positions((n) => ({ x: n.position('y'), y: n.position('x') }));
    this.cy.fit(undefined, padding);
  }

  mark(id: string, cls: 'root' | 'expanded'): void {
    this.cy.getElementById(id).addClass(cls);
  }

  select(id: string): void {
    this.cy.elements(':selected').unselect();
    this.cy.getElementById(id).select();
  }

  /** Highlights a path and fades everything else; an empty path clears it. */
  highlight(nodeIds: string[], edgeIds: string[]): void {
    this.cy.elements().removeClass('path faded');
    if (!nodeIds.length) return;
    const path = this.cy.collection();
    for (const id of [...nodeIds, ...edgeIds]) path.merge(this.cy.getElementById(id));
    path.addClass('path');
    this.cy.elements().difference(path).addClass('faded');
    // Fitting a short path alone would blow it up; stop at a comfortable zoom.
    this.cy.fit(path, 50);
    if (this.cy.zoom() > 1.2) {
      this.cy.zoom(1.2);
      this.cy.center(path);
    }
  }

  pathIds(): string[] {
    return this.cy.nodes('.path').map((n) => n.id());
  }

  fit(): void {
    this.cy.fit(undefined, 40);
  }

  resize(): void {
    this.cy.resize();
  }
}
