const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(SCALES)]);

/** True if the word can be part of a number written in words. */
export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  if (NUMBER_WORDS.has(w)) return true;
  return w.includes('-') && w.split('-').every((p) => p in UNITS);
}

/**
 * The value of a number written in digits ("88,000") or words ("Fourteen",
 * "twenty-one", "two hundred", "a dozen"); null if the words are not a number.
 */
export function parseNumber(words: readonly string[]): number | null {
  if (words.length === 1 && /^\d[\d,]*(?:\.\d+)?$/.test(words[0]!)) return Number(words[0]!.replace(/,/g, ''));
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === 'and' || w === 'a' || w === 'an') continue;
    if (/^\d[\d,]*$/.test(w)) {
      current += Number(w.replace(/,/g, ''));
      seen = true;
    } else if (w in SCALES) {
      current = (current || 1) * SCALES[w]!;
      if (SCALES[w]! >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else {
      const parts = w.split('-');
      if (!parts.every((p) => p in UNITS)) return null;
      for (const p of parts) current += UNITS[p]!;
      seen = true;
    }
  }
  return seen ? total + current : null;
}
