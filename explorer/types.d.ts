declare module 'virtual:graphql-examples' {
  import type { Example } from './build/parseQueries.js';
  const examples: Example[];
  export default examples;
}

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module '*.css';
