import { h } from './dom.js';
import type { Mention } from './model.js';

/**
 * The sentence a mention comes from, with the quote itself marked. Offsets are
 * trusted when they match the text; otherwise the quote is looked up by value.
 */
export function quoteBlock(m: Mention): HTMLElement {
  const text = m.sentence.text;
  let a = m.start - m.sentence.start;
  let b = m.end - m.sentence.start;
  if (text.slice(a, b) !== m.quote) {
    a = text.indexOf(m.quote);
    b = a + m.quote.length;
  }
  if (a < 0) return h('blockquote', { class: 'quote' }, text, ' ', h('mark', {}, m.quote));
  return h('blockquote', { class: 'quote' }, text.slice(0, a), h('mark', {}, text.slice(a, b)), text.slice(b));
}
