import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { Kind, parse } from 'graphql';
import type { Example } from '../build/parseQueries.js';

/** The name of the example's first operation, if it has one (examples are valid documents). */
function operationNameOf(query: string): string {
  try {
    const op = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    return op?.name?.value ?? '';
  } catch {
    return '';
  }
}

function ExamplesIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M5 4h10l4 4v12H5z" />
      <path d="M8 11h8M8 14h8M8 17h5" />
    </svg>
  );
}

function ExamplesList({ examples }: { examples: Example[] }) {
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const { addTab, setOperationName } = useGraphiQLActions();

  // A fresh tab per example keeps whatever the reader typed in the current one;
  // addTab switches the editors to the new (empty) tab synchronously. GraphiQL
  // learns the operation name from the editor only after a debounce, so Run pressed
  // right away would send the previous tab's name with this query: set it now.
  const load = (ex: Example) => {
    if (queryEditor?.getValue().trim()) addTab();
    queryEditor?.setValue(ex.query);
    variableEditor?.setValue(ex.variables ?? '');
    setOperationName(operationNameOf(ex.query));
  };

  return (
    <section className="examples" aria-label="Example queries">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p className="examples-hint">
        From docs/queries.md. Click one to open it in a new tab, then run it (Ctrl+Enter).
      </p>
      <ul>
        {examples.map((ex) => (
          <li key={ex.title}>
            <button type="button" className="example" onClick={() => load(ex)}>
              <span className="example-title">{ex.title}</span>
              {ex.description && <span className="example-description">{ex.description}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A sidebar plugin listing the ready-made queries. */
export function examplesPlugin(examples: Example[]): GraphiQLPlugin {
  return {
    title: 'Examples',
    icon: ExamplesIcon,
    content: () => <ExamplesList examples={examples} />,
  };
}
