import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import examples from 'virtual:graphql-examples';
import { examplesPlugin } from './ExamplesPlugin.js';
import './playground.css';

// Same origin as the page, so the request goes to this server's POST /graphql.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).toString() });
const plugin = examplesPlugin(examples);
const first = examples[0];

createRoot(document.getElementById('root')!).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[plugin, HISTORY_PLUGIN]}
    visiblePlugin={plugin}
    defaultTabs={first ? [{ query: first.query, variables: first.variables ?? null }] : undefined}
    defaultEditorToolsVisibility={Boolean(first?.variables)}
  >
    <GraphiQL.Logo>
      <a className="playground-logo" href="/explore" title="Open the relationship explorer">
        Knowledge graph
      </a>
    </GraphiQL.Logo>
  </GraphiQL>,
);
