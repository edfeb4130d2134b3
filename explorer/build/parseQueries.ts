/** One ready-made query for the playground, taken from docs/queries.md. */
export interface Example {
  title: string;
  description: string;
  query: string;
  variables?: string;
  /** The JSON answer printed after the query, if any: the docs test checks it against the server's. */
  sample?: string;
}

const FENCE = /^\s*(```+|~~~+)\s*([\w-]*)(.*)$/;

/**
 * Reads the fenced ```graphql blocks of a markdown file. Each example is named by
 * the nearest heading above it and described by the prose between that heading
 * and the block. A ```json block after a query holds its variables when it is
 * marked so (```json variables), or comes right after the query (or after a line
 * naming "variables") and has only keys the query declares; any other ```json
 * block after it is its sample answer.
 */
export function parseQueries(markdown: string): Example[] {
  const lines = markdown.split(/\r?\n/);
  const examples: Example[] = [];
  let heading = '';
  let prose: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line);
    if (!fence) {
      const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (h) {
        heading = stripInline(h[1] ?? '');
        prose = [];
      } else if (line.trim()) prose.push(line.trim());
      else if (prose.length && prose[prose.length - 1] !== '') prose.push('');
      continue;
    }
    const block = readBlock(lines, i, fence[1] ?? '```');
    i = block.end;
    const lang = (fence[2] ?? '').toLowerCase();
    if (lang === 'graphql' || lang === 'gql') {
      const description = lastParagraph(prose);
      examples.push({
        title: heading || firstOperationName(block.body) || `Example ${examples.length + 1}`,
        description,
        query: block.body.trim() + '\n',
      });
    } else if (lang === 'json' && examples.length) {
      const last = examples[examples.length - 1]!;
      const marked = /\bvariables\b/i.test(fence[3] ?? '');
      const placed = prose.length === 0 || /variables/i.test(prose.join(' '));
      if (last.variables === undefined && (marked || placed) && fitsVariables(block.body, last.query)) {
        last.variables = block.body.trim() + '\n';
      } else if (last.sample === undefined && !marked) {
        last.sample = block.body.trim() + '\n';
      }
    }
    prose = [];
  }
  // A heading with several queries under it would give identical titles.
  const seen = new Map<string, number>();
  for (const ex of examples) {
    const n = (seen.get(ex.title) ?? 0) + 1;
    seen.set(ex.title, n);
    if (n > 1) ex.title = `${ex.title} (${firstOperationName(ex.query) ?? n})`;
  }
  return examples;
}

function readBlock(lines: string[], start: number, fence: string): { body: string; end: number } {
  const body: string[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') break;
    body.push(line);
  }
  return { body: body.join('\n'), end: i };
}

function lastParagraph(prose: string[]): string {
  const parts = prose.join('\n').split(/\n\s*\n/);
  const text = parts.filter((p) => p.trim()).pop() ?? '';
  return stripInline(text.replace(/\s*\n\s*/g, ' '));
}

function stripInline(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

function firstOperationName(query: string): string | undefined {
  return /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
}

/** True for a JSON object whose keys are all variables the query declares (not, say, a sample response). */
function fitsVariables(json: string, query: string): boolean {
  const declared = new Set([...query.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]));
  try {
    const v: unknown = JSON.parse(json);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const keys = Object.keys(v);
    return keys.length > 0 && keys.every((k) => declared.has(k));
  } catch {
    return false;
  }
}
