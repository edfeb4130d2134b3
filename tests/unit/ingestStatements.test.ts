import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extractArticle.js';
import type { Extraction } from '../../src/ingest/extraction.js';

const extract = (text: string): Extraction => extractArticle({ title: 't', text, publishedOn: '2026-01-30' });
/** Each statement as [direct?, text, cue, attribution, speaker entity name or label]. */
const summary = (x: Extraction): Array<[boolean, string, string, string, string | null]> =>
  x.statements.map((s) => [
    s.isDirectQuote,
    s.text,
    s.cueVerb,
    s.attribution,
    s.speaker ? (x.entities.find((e) => e.key === s.speaker!.entityKey)?.name ?? `label:${s.speaker.label}`) : null,
  ]);

describe('extractStatements', () => {
  it('finds direct quotes with speakers after, before and through pronouns', () => {
    const x = extract(
      'Ihor Terekhov, the mayor of Kharkiv, spoke at noon. "We are working around the clock," he wrote on Telegram. ' +
        '"The city will not break," said Terekhov. Oleh Syniehubov, the governor: "Help is coming." ' +
        'Naftogaz said its depot was hit. "We lost two pumps," the company added. ' +
        'Admiral Rob Bauer told reporters in Brussels: "Ukraine needs more air defence now."',
    );
    expect(summary(x).filter(([direct]) => direct)).toEqual([
      [true, 'We are working around the clock', 'wrote', 'ASSERTED', 'Ihor Terekhov'],
      [true, 'The city will not break', 'said', 'ASSERTED', 'Ihor Terekhov'],
      [true, 'Help is coming', ':', 'ASSERTED', 'Oleh Syniehubov'],
      [true, 'We lost two pumps', 'added', 'ASSERTED', 'Naftogaz'],
      [true, 'Ukraine needs more air defence now', 'told', 'ASSERTED', 'Rob Bauer'],
    ]);
    for (const s of x.statements)
      expect(x.sentences.some((z) => z.start <= s.span.start && s.span.end <= z.end + 1)).toBe(true);
  });

  it('finds reported speech before and after its speaker, and "according to"', () => {
    const x = extract(
      'Kremlin spokesperson Dmitry Peskov stated that the talks would continue. ' +
        'Power was restored to most homes, according to Ukrenergo. ' +
        'Three apartment blocks were damaged, city officials said. ' +
        'Moscow urged Kyiv to withdraw, local media reported.',
    );
    expect(summary(x)).toEqual([
      [false, 'the talks would continue', 'stated', 'ASSERTED', 'Dmitry Peskov'],
      [false, 'Power was restored to most homes', 'according to', 'REPORTED', 'Ukrenergo'],
      [false, 'Three apartment blocks were damaged', 'said', 'REPORTED', 'label:city officials'],
      [false, 'Moscow urged Kyiv to withdraw', 'reported', 'REPORTED', 'label:media'],
      [false, 'Kyiv to withdraw', 'urged', 'URGED', 'Moscow'],
    ]);
  });

  it('starts a reported clause after a dateline', () => {
    const x = extract(
      'KYIV, Ukraine (AP) — Drones hit Kharkiv overnight, killing three people, governor Oleh Syniehubov said.',
    );
    expect(summary(x)).toEqual([
      [false, 'Drones hit Kharkiv overnight, killing three people', 'said', 'REPORTED', 'Oleh Syniehubov'],
    ]);
  });

  it('keeps the first speaker for a second verb joined by "and", and resolves "she" to the last person', () => {
    const x = extract(
      'Lawmaker Kira Rudik warned of blackouts. She said the grid was failing and urged partners to send help.',
    );
    expect(summary(x)).toEqual([
      [false, 'the grid was failing', 'said', 'ASSERTED', 'Kira Rudik'],
      [false, 'partners to send help', 'urged', 'URGED', 'Kira Rudik'],
    ]);
  });

  it('maps cue verbs to attributions', () => {
    const x = extract(
      'Russia claimed the capture of two villages near Pokrovsk. Kyiv denied that any village had fallen. ' +
        'Moscow demanded that Ukraine withdraw its troops. Analysts at ISW predicted that the offensive would stall.',
    );
    expect(summary(x).map(([, , cue, attribution, speaker]) => [cue, attribution, speaker])).toEqual([
      ['claimed', 'CLAIMED', 'Russia'],
      ['denied', 'DENIED', 'Kyiv'],
      ['demanded', 'DEMANDED', 'Moscow'],
      ['predicted', 'PREDICTED', 'ISW'],
    ]);
  });

  it('resolves "the ministry" to the last organization named, even one that is not a ministry (a known gap)', () => {
    const x = extract('Naftogaz said its depot was hit. The ministry said repairs began at dawn.');
    expect(summary(x).map(([, text, , , speaker]) => [text, speaker])).toEqual([
      ['its depot was hit', 'Naftogaz'],
      ['repairs began at dawn', 'Naftogaz'],
    ]);
  });

  it('leaves out reported speech without a clear speaker', () => {
    expect(
      extract('Continued strikes were reported in the region. It is said that the war will end.').statements,
    ).toEqual([]);
  });
});
