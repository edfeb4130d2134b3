import { gql } from './api.js';
import { h, typeBadge } from './dom.js';
import { SEARCH, type SearchData } from './queries.js';
import { colorOf } from './typeStyles.js';

export type SearchHit = SearchData['search'][number]['entity'];

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Shows a chosen entity's name without searching again. */
  setValue(hit: SearchHit | null): void;
  value(): SearchHit | null;
}

let counter = 0;

/**
 * A combobox over the `search` query (WAI-ARIA pattern): typing suggests entities,
 * ArrowUp/ArrowDown move through them, Enter chooses, Escape closes.
 */
export function searchBox(opts: { label: string; placeholder: string; onChoose(hit: SearchHit): void }): SearchBox {
  const id = `search-${++counter}`;
  const input = h('input', {
    id,
    type: 'search',
    class: 'search-input',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: opts.placeholder,
  });
  const list = h('ul', {
    id: `${id}-list`,
    class: 'suggestions',
    role: 'listbox',
    'aria-label': opts.label,
    hidden: true,
  });
  const element = h(
    'div',
    { class: 'combobox' },
    h('label', { for: id, class: 'visually-hidden' }, opts.label),
    input,
    list,
  );

  let hits: SearchHit[] = [];
  let active = -1;
  let chosen: SearchHit | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            id: `${id}-opt-${i}`,
            role: 'option',
            class: 'suggestion',
            'aria-selected': String(i === active),
            'data-id': hit.id,
            // mousedown, not click: the input keeps focus and the list is not closed first.
            onmousedown: (e) => {
              e.preventDefault();
              choose(i);
            },
          },
          h('span', { class: 'suggestion-name' }, hit.name),
          typeBadge(hit.__typename, colorOf(hit.__typename)),
          hit.description ? h('span', { class: 'suggestion-description' }, hit.description) : null,
        ),
      ),
    );
    if (!hits.length) list.append(h('li', { class: 'suggestion empty', role: 'presentation' }, 'No matches'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    chosen = hit;
    input.value = hit.name;
    close();
    opts.onChoose(hit);
  };

  const search = async (text: string) => {
    const ticket = ++latest;
    try {
      const data = await gql<SearchData>(SEARCH, { text });
      if (ticket !== latest) return; // a newer keystroke already asked again
      hits = data.search.map((r) => r.entity);
      active = -1;
      render();
    } catch (e) {
      if (ticket !== latest) return;
      hits = [];
      list.replaceChildren(h('li', { class: 'suggestion empty', role: 'presentation' }, (e as Error).message));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      latest++;
      close();
      return;
    }
    timer = setTimeout(() => void search(text.slice(0, 200)), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden && hits.length) render();
      if (!hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      if (list.hidden || !hits.length) return;
      e.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    element,
    input,
    setValue(hit) {
      chosen = hit;
      input.value = hit?.name ?? '';
    },
    value: () => chosen,
  };
}
