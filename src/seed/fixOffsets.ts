import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';

/**
 * Authoring aid (`npm run seed:offsets -- seeds/<file>.yaml`): fills in or corrects
 * `start` for every mention whose quote occurs exactly once in the article, keeping
 * the file's comments and layout. Ambiguous or missing quotes are reported, not
 * guessed.
 */
function main(file: string): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const textFile = String(doc.getIn(['article', 'textFile']));
  const text = readFileSync(path.join(path.dirname(file), textFile), 'utf8');
  let fixed = 0;
  const problems: string[] = [];
  const visit = (node: YamlNode | null | undefined): void => {
    if (isSeq(node)) node.items.forEach((n) => visit(n as YamlNode));
    if (!isMap(node)) return;
    const mentions = node.get('mentions', true);
    if (isSeq(mentions)) {
      for (const m of mentions.items) {
        if (!isMap(m)) continue;
        const quote = String(m.get('quote'));
        const start = m.get('start');
        if (typeof start === 'number' && text.slice(start, start + quote.length) === quote) continue;
        const first = text.indexOf(quote);
        if (first < 0) problems.push(`not in article: "${quote}"`);
        else if (text.indexOf(quote, first + 1) >= 0) problems.push(`ambiguous, set start by hand: "${quote}"`);
        else {
          m.set('start', first);
          fixed += 1;
        }
      }
    }
    for (const item of node.items) visit(item.value as YamlNode);
  };
  visit(doc.contents as YamlNode);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  console.log(`${file}: ${fixed} offset(s) set`);
  for (const p of problems) console.log(`  ${p}`);
  if (problems.length) process.exitCode = 1;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run seed:offsets -- seeds/<file>.yaml');
  process.exit(2);
}
main(file);
