import { gql } from './api.js';
import { h } from './dom.js';
import { RELATIONSHIP_TYPES, type RelationshipTypesData } from './queries.js';

/**
 * Checkboxes for the relationship types, read from the schema so they never drift
 * from it. Reports the chosen set, or null when every type is chosen.
 */
export async function typeFilter(
  list: HTMLElement,
  count: HTMLElement,
  onChange: (types: Set<string> | null) => void,
): Promise<{ selectAll(all: boolean): void }> {
  let names: { name: string; description: string | null }[] = [];
  try {
    names = (await gql<RelationshipTypesData>(RELATIONSHIP_TYPES)).__type?.enumValues ?? [];
  } catch {
    // Introspection may be switched off (INTROSPECTION=false); the graph still works unfiltered.
  }
  const boxes = names.map((t) =>
    h('input', { type: 'checkbox', value: t.name, checked: true, onchange: () => changed() }),
  );
  const changed = () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    count.textContent = chosen.length === boxes.length ? '(all)' : `(${chosen.length})`;
    onChange(chosen.length === boxes.length ? null : new Set(chosen));
  };
  list.replaceChildren(
    ...(names.length
      ? names.map((t, i) =>
          h('label', { class: 'type-option', title: t.description ?? '' }, boxes[i]!, h('code', {}, t.name)),
        )
      : [h('p', { class: 'muted' }, 'Unavailable: the server does not publish its schema.')]),
  );
  count.textContent = names.length ? '(all)' : '';
  return {
    selectAll(all) {
      for (const b of boxes) b.checked = all;
      changed();
    },
  };
}
