import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const BEGIN = '<!-- soak:begin -->';
const END = '<!-- soak:end -->';

/**
 * Puts the soak's summary into docs/hardening.md between its markers, replacing the
 * previous run's (or appending the section when the markers are missing), and
 * formats the file as `npm run lint` expects.
 */
export async function writeSoakSection(file: string, markdown: string): Promise<void> {
  const section = `${BEGIN}\n\n${markdown.trim()}\n\n${END}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Hardening\n';
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
}
