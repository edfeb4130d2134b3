import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../model.js';
import { relationshipPropertyProblems } from '../relationshipProperties.js';
import { SeedError, type SeedIssue } from './seedError.js';
import { seedFileSchema, type SeedFile, type SeedMention } from './seedFileSchema.js';

/** A validated seed file together with the article text its offsets point into. */
export interface LoadedSeed {
  file: string;
  seed: SeedFile;
  articleText: string;
}

/**
 * Reads, parses and validates one seed file. Throws {@link SeedError} listing every
 * problem by file, record and field: schema violations, duplicate ids, unknown
 * references, relationship endpoints of the wrong kind, and quotes whose offsets do
 * not match the article text.
 */
export function loadSeedFile(filePath: string, external: ReadonlyMap<string, NodeLabel> = new Map()): LoadedSeed {
  return checkSeedFile(parseSeedFile(filePath), external);
}

/** Parses a seed file and checks it against the format schema only. */
export function parseSeedFile(filePath: string): LoadedSeed {
  const file = path.basename(filePath);
  const fail = (record: string, field: string, message: string): never => {
    throw new SeedError([{ file, record, field, message }]);
  };

  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(filePath, 'utf8'));
  } catch (e) {
    return fail('(file)', '(yaml)', `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }

  const parsed = seedFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SeedError(parsed.error.issues.map((i) => ({ file, ...locate(raw, i.path), message: i.message })));
  }
  const seed = parsed.data;

  let articleText: string;
  try {
    articleText = readFileSync(path.join(path.dirname(filePath), seed.article.textFile), 'utf8');
  } catch {
    return fail('article', 'textFile', `article text file "${seed.article.textFile}" not found beside the seed file`);
  }

  return { file, seed, articleText };
}

/**
 * Checks references and offsets. `external` holds the ids defined by the other seed
 * files loaded together with this one, which this file may reference.
 */
export function checkSeedFile(loaded: LoadedSeed, external: ReadonlyMap<string, NodeLabel>): LoadedSeed {
  const { file, seed, articleText } = loaded;
  const issues: SeedIssue[] = [];
  const own = new Set<string>([seed.article.id]);
  const labels = new Map<string, NodeLabel>([...external, [seed.article.id, 'Article']]);
  // Two files sharing an article id would silently overwrite one article with the other.
  if (external.has(seed.article.id))
    issues.push({
      file,
      record: 'article',
      field: 'id',
      message: `id "${seed.article.id}" is already defined by another seed file`,
    });
  seed.nodes.forEach((n, i) => {
    const record = `nodes[${i}] (${n.id})`;
    if (own.has(n.id)) issues.push({ file, record, field: 'id', message: `duplicate id "${n.id}"` });
    else if (external.has(n.id))
      issues.push({ file, record, field: 'id', message: `id "${n.id}" is already defined by another seed file` });
    own.add(n.id);
    labels.set(n.id, n.type);
    checkMentions(n.mentions, articleText, (field, message) => issues.push({ file, record, field, message }));
  });

  const seenRels = new Set<string>();
  seed.relationships.forEach((r, i) => {
    const record = `relationships[${i}] (${r.from} ${r.type} ${r.to})`;
    const add = (field: string, message: string) => issues.push({ file, record, field, message });
    const spec = RELATIONSHIP_TYPES[r.type as RelationshipType];
    const fromLabel = labels.get(r.from);
    const toLabel = labels.get(r.to);
    if (!fromLabel) add('from', `unknown id "${r.from}"`);
    else if (!(spec.from as readonly string[]).includes(fromLabel))
      add('from', `${r.type} cannot start at a ${fromLabel}; allowed: ${spec.from.join(', ')}`);
    if (!toLabel) add('to', `unknown id "${r.to}"`);
    else if (!(spec.to as readonly string[]).includes(toLabel))
      add('to', `${r.type} cannot end at a ${toLabel}; allowed: ${spec.to.join(', ')}`);
    const key = `${r.from}|${r.type}|${r.to}`;
    if (seenRels.has(key)) add('type', 'duplicate relationship (same from, type and to)');
    seenRels.add(key);
    for (const p of relationshipPropertyProblems(r.type as RelationshipType, r.properties)) {
      add(`properties.${p.key}`, p.message);
    }
    checkMentions(r.mentions, articleText, add);
  });

  if (issues.length) throw new SeedError(issues);
  return loaded;
}

function checkMentions(
  mentions: SeedMention[],
  articleText: string,
  add: (field: string, message: string) => void,
): void {
  mentions.forEach((m, j) => {
    const actual = articleText.slice(m.start, m.start + m.quote.length);
    if (actual !== m.quote) {
      const at = articleText.indexOf(m.quote);
      const hint = at >= 0 ? ` (the quote occurs at offset ${at})` : ' (the quote does not occur in the article)';
      add(`mentions[${j}].start`, `offset ${m.start} does not match the quote "${m.quote.slice(0, 60)}"${hint}`);
    }
  });
}

/** Turns a zod issue path into the record/field wording of {@link SeedIssue}. */
function locate(raw: unknown, p: PropertyKey[]): { record: string; field: string } {
  const [section, index, ...rest] = p;
  if ((section === 'nodes' || section === 'relationships') && typeof index === 'number') {
    const item = (raw as Record<string, unknown[]>)[section]?.[index] as Record<string, unknown> | undefined;
    const label =
      section === 'nodes'
        ? String(item?.id ?? '?')
        : `${String(item?.from ?? '?')} ${String(item?.type ?? '?')} ${String(item?.to ?? '?')}`;
    return { record: `${section}[${index}] (${label})`, field: fieldPath(rest) || '(record)' };
  }
  return {
    record: String(section ?? '(file)'),
    field:
      [index, ...rest]
        .filter((x) => x !== undefined)
        .map(String)
        .join('.') || '(section)',
  };
}

/** `['mentions', 0, 'start']` → `mentions[0].start`, the same wording the offset checks use. */
function fieldPath(p: PropertyKey[]): string {
  return p.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}
