/** A stretch of the text to mark, with the class its mark gets and a description for its tooltip. */
export interface Marked {
  start: number;
  end: number;
  kind: string;
  title: string;
}

/** A run of text and every marked stretch that covers all of it. */
export interface Segment {
  text: string;
  marks: Marked[];
}

/**
 * Cuts the text at every mark's start and end, so overlapping marks (a name inside
 * a quote, a figure inside a reported clause) each still cover whole segments.
 */
export function segments(text: string, marks: Marked[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.start >= 0 && m.end <= text.length && m.start < m.end) cuts.add(m.start).add(m.end);
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const [start, end] = [at[i]!, at[i + 1]!];
    out.push({ text: text.slice(start, end), marks: marks.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}
