import { byId, h, typeBadge } from '../explore/dom.js';
import '../explore/style.css';
import { colorOf } from '../explore/typeStyles.js';
import { INGEST, PREVIEW, type Ingested, type Preview } from './queries.js';
import { call, RequestError } from './request.js';
import { segments, type Marked } from './segments.js';
import './style.css';

const form = byId<HTMLFormElement>('article-form');
const commitButton = byId<HTMLButtonElement>('commit');
const status = byId('status');
const output = byId('output');
const field = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement>(id).value.trim();

/** The input both operations take; empty optional fields are left out. */
function input(): Record<string, string> {
  const out: Record<string, string> = {
    title: field('title'),
    // The text is sent as pasted: mention offsets point into it exactly.
    text: byId<HTMLTextAreaElement>('text').value,
    publishedOn: field('published'),
  };
  if (field('url')) out.url = field('url');
  if (field('publisher')) out.publisher = field('publisher');
  return out;
}

const explore = (id: string, label: string) => h('a', { href: `/explore#${encodeURIComponent(id)}` }, label);
const typeName = (type: string) => type.charAt(0) + type.slice(1).toLowerCase();
const words = (code: string) => code.toLowerCase().replace(/_/g, ' ');

function showError(e: unknown): void {
  const err = e instanceof RequestError ? e : new RequestError('CLIENT_ERROR', String(e));
  status.replaceChildren(h('span', { class: 'error' }, h('code', {}, err.code), ' ', err.message));
}

/** The text with every entity mention, quote and figure marked. */
function highlighted(p: Preview): HTMLElement {
  const marks: Marked[] = [
    ...p.statements.map((s) => ({
      ...s.span,
      kind: 'said',
      title: `${s.isDirectQuote ? 'Quote' : 'Reported speech'}${s.speaker ? ` · ${s.speaker}` : ''}`,
    })),
    ...p.figures.map((f) => ({
      ...f.span,
      kind: 'figure',
      title: `${words(f.measure)}: ${words(f.qualifier)} ${f.count ?? '?'}${f.reporter ? ` · ${f.reporter}` : ''}`,
    })),
    ...p.entities.flatMap((e) =>
      e.mentions.map((m) => ({
        ...m,
        kind: `entity ${e.type.toLowerCase()}`,
        title: `${typeName(e.type)} · ${e.name}`,
      })),
    ),
  ];
  const parts = segments(p.text, marks).map(({ text, marks: on }) =>
    on.length
      ? h(
          'mark',
          {
            class: [...new Set(on.flatMap((m) => m.kind.split(' ')))].join(' '),
            title: on.map((m) => m.title).join('\n'),
          },
          text,
        )
      : text,
  );
  return h('div', { class: 'article-text' }, parts);
}

function legend(): HTMLElement {
  const item = (cls: string, label: string) => h('li', {}, h('mark', { class: cls }, label));
  return h(
    'ul',
    { class: 'marks-legend', 'aria-label': 'Highlights' },
    item('entity person', 'Person'),
    item('entity place', 'Place'),
    item('entity organization', 'Organization'),
    item('said', 'Quote'),
    item('figure', 'Figure'),
  );
}

function links(p: Preview): HTMLElement {
  const rows = p.entities.map((e) =>
    h(
      'tr',
      { 'data-link': e.link.id },
      h('td', {}, e.name),
      h('td', {}, typeBadge(e.link.label, colorOf(e.link.label))),
      h(
        'td',
        {},
        e.link.isNew
          ? h('span', { class: 'new' }, 'new · ', h('code', {}, e.link.id))
          : h('span', {}, explore(e.link.id, e.link.name), ' ', h('code', {}, e.link.id)),
      ),
      h('td', { class: 'num' }, `${Math.round(e.confidence * 100)}%`),
    ),
  );
  return h(
    'table',
    { class: 'links' },
    h(
      'thead',
      {},
      h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Type'), h('th', {}, 'Proposed link'), h('th', {}, 'Conf.')),
    ),
    h('tbody', {}, rows),
  );
}

function renderPreview(p: Preview): void {
  const linked = p.entities.filter((e) => !e.link.isNew).length;
  output.replaceChildren(
    h('h2', {}, 'Preview'),
    h(
      'p',
      { class: 'muted' },
      `${p.entities.length} entities (${linked} linked to the graph, ${p.entities.length - linked} new), `,
      `${p.statements.length} statements, ${p.figures.length} figures. Would be stored as `,
      h('code', {}, p.articleId),
      '.',
    ),
    legend(),
    highlighted(p),
    h('h3', {}, 'Proposed links'),
    links(p),
    h('h3', {}, 'Statements'),
    h(
      'ul',
      { class: 'found' },
      p.statements.map((s) =>
        h('li', {}, h('q', {}, s.text), ' — ', s.speaker ?? h('span', { class: 'muted' }, 'no speaker')),
      ),
    ),
    h('h3', {}, 'Figures'),
    h(
      'ul',
      { class: 'found' },
      p.figures.map((f) =>
        h(
          'li',
          {},
          `${words(f.measure)}: ${words(f.qualifier)} ${f.count ?? '?'}`,
          f.reporter ? ` — ${f.reporter}` : '',
        ),
      ),
    ),
  );
}

function renderResult(r: Ingested): void {
  const created = r.entities.filter((e) => e.created);
  const linked = r.entities.filter((e) => !e.created);
  const list = (items: Ingested['entities'], cls: string) =>
    h(
      'ul',
      { class: cls },
      items.map(({ entity }) =>
        h('li', {}, typeBadge(entity.__typename, colorOf(entity.__typename)), ' ', explore(entity.id, entity.name)),
      ),
    );
  const result = h(
    'section',
    { class: 'result', 'aria-label': 'Committed' },
    h('h2', {}, 'Committed'),
    h(
      'p',
      {},
      'Stored ',
      explore(r.article.id, r.article.title),
      ' ',
      h('code', {}, r.article.id),
      ` with ${r.statements.length} statements and ${r.figures.length} figures.`,
    ),
    h('h3', {}, `Created (${created.length})`),
    created.length
      ? list(created, 'found created')
      : h('p', { class: 'muted' }, 'Nothing new: every entity was already in the graph.'),
    h('h3', {}, `Linked (${linked.length})`),
    list(linked, 'found linked'),
  );
  output.prepend(result);
}

let previewed: string | null = null;

form.addEventListener('submit', (e) => {
  e.preventDefault();
  commitButton.disabled = true;
  status.textContent = 'Previewing…';
  const sent = input();
  call<{ previewArticle: Preview }>(PREVIEW, { input: sent })
    .then(({ previewArticle }) => {
      renderPreview(previewArticle);
      previewed = JSON.stringify(sent);
      commitButton.disabled = false;
      status.textContent = 'Nothing is written yet. Commit to store the article and these links.';
    })
    .catch(showError);
});

// Editing after a preview would commit something other than what was shown.
form.addEventListener('input', (e) => {
  if ((e.target as HTMLElement).id !== 'token' && previewed !== JSON.stringify(input())) commitButton.disabled = true;
});

commitButton.addEventListener('click', () => {
  commitButton.disabled = true;
  status.textContent = 'Committing…';
  call<{ ingestArticle: Ingested }>(INGEST, { input: input() }, byId<HTMLInputElement>('token').value.trim())
    .then(({ ingestArticle }) => {
      renderResult(ingestArticle);
      status.textContent = 'Committed.';
    })
    .catch((err: unknown) => {
      showError(err);
      commitButton.disabled = false;
    });
});

byId('title').focus();
