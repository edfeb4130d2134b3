import type { RunRecord, Target } from './measure.js';
import { sizeLabel } from './options.js';

const COLORS: Record<Target, string> = { ours: '#1f77b4', peer: '#ff7f0e', floor: '#7f7f7f', cached: '#2ca02c' };
const PANEL_W = 260;
const PANEL_H = 180;
const PAD = { left: 48, right: 12, top: 26, bottom: 30 };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * p99 latency against concurrency, one panel per question and size, one line per
 * target; both axes logarithmic. Plain SVG, no chart library.
 */
export function p99Chart(runs: RunRecord[], queries: string[], sizes: number[]): string {
  const concurrencies = [...new Set(runs.map((r) => r.concurrency))].sort((a, b) => a - b);
  const cols = 3;
  const rowsPerSize = Math.ceil(queries.length / cols);
  const width = cols * PANEL_W;
  const legendH = 30;
  const height = legendH + sizes.length * rowsPerSize * PANEL_H;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="white"/>`,
  ];
  (['ours', 'peer', 'floor'] as Target[]).forEach((t, i) => {
    const x = 12 + i * 190;
    parts.push(`<line x1="${x}" y1="15" x2="${x + 24}" y2="15" stroke="${COLORS[t]}" stroke-width="2.5"/>`);
    const name = t === 'ours' ? 'ours (this server)' : t === 'peer' ? 'peer (@neo4j/graphql)' : 'floor (raw driver)';
    parts.push(`<text x="${x + 30}" y="19" font-size="12">${name}</text>`);
  });
  parts.push(
    `<text x="${width - 12}" y="19" font-size="12" text-anchor="end">p99 latency (ms, log) vs concurrency</text>`,
  );

  sizes.forEach((size, si) => {
    queries.forEach((q, qi) => {
      const x0 = (qi % cols) * PANEL_W;
      const y0 = legendH + (si * rowsPerSize + Math.floor(qi / cols)) * PANEL_H;
      const mine = runs.filter((r) => r.size === size && r.query === q);
      const values = mine.map((r) => r.latency.p99).filter((v) => v > 0 && Number.isFinite(v));
      const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...values, 1))));
      const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...values, 10))));
      const plotW = PANEL_W - PAD.left - PAD.right;
      const plotH = PANEL_H - PAD.top - PAD.bottom;
      const cx = (c: number) =>
        x0 +
        PAD.left +
        (concurrencies.length > 1 ? (concurrencies.indexOf(c) / (concurrencies.length - 1)) * plotW : plotW / 2);
      const cy = (v: number) =>
        y0 + PAD.top + plotH - ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotH;
      parts.push(
        `<text x="${x0 + PAD.left}" y="${y0 + 16}" font-size="11" font-weight="bold">${esc(q)} · ${sizeLabel(size)}</text>`,
      );
      parts.push(
        `<rect x="${x0 + PAD.left}" y="${y0 + PAD.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#ccc"/>`,
      );
      for (let d = lo; d <= hi; d *= 10) {
        const y = cy(d);
        parts.push(`<line x1="${x0 + PAD.left}" y1="${y}" x2="${x0 + PAD.left + plotW}" y2="${y}" stroke="#eee"/>`);
        parts.push(`<text x="${x0 + PAD.left - 4}" y="${y + 3}" text-anchor="end">${d >= 1 ? d : d.toFixed(1)}</text>`);
      }
      for (const c of concurrencies) {
        parts.push(`<text x="${cx(c)}" y="${y0 + PANEL_H - 14}" text-anchor="middle">c${c}</text>`);
      }
      for (const t of ['floor', 'peer', 'ours'] as Target[]) {
        const pts = concurrencies
          .map((c) => mine.find((r) => r.target === t && r.concurrency === c))
          .filter((r): r is RunRecord => !!r && r.latency.p99 > 0)
          .map((r) => `${cx(r.concurrency).toFixed(1)},${cy(r.latency.p99).toFixed(1)}`);
        if (!pts.length) continue;
        parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${COLORS[t]}" stroke-width="2"/>`);
        for (const p of pts) {
          const [px, py] = p.split(',');
          parts.push(`<circle cx="${px}" cy="${py}" r="2.5" fill="${COLORS[t]}"/>`);
        }
      }
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
