/**
 * Read-only hooks the explorer exposes as `window.__explorer` for end-to-end
 * tests: what the graph shows right now. Kept free of DOM types so the tests'
 * Node-only type check can import it.
 */
export interface ExplorerProbe {
  nodeIds(): string[];
  edgeCount(): number;
  pathNodeIds(): string[];
  selectedId(): string | null;
  renderedPosition(id: string): { x: number; y: number } | null;
  idle(): boolean;
  /** The label a node is drawn with; null when it is not drawn. */
  nodeLabel(id: string): string | null;
  /** Whether live updates are arriving ('live'), being set up, or unavailable ('off'). */
  liveState(): 'live' | 'connecting' | 'off';
}

/** The page's global object as the tests see it. */
export interface ProbeHost {
  __explorer?: ExplorerProbe;
}
