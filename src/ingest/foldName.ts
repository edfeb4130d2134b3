/**
 * Name normalisation for linking. `foldName` removes what never distinguishes two
 * names (case, diacritics, apostrophe and dash styles, a leading "the", the generic
 * head "region"/"oblast"/"province"); `variantKey` goes further and maps the
 * spellings that transliteration from Ukrainian and Russian produces onto one key:
 * Zelenskyy/Zelensky/Zelenskiy, Yury/Yuri, Kyiv/Kiev, Kharkiv/Kharkov, Odesa/Odessa.
 */

const GENERIC_HEADS: Record<string, string> = {
  region: 'region',
  regions: 'region',
  oblast: 'region',
  province: 'region',
  governorate: 'region',
  district: 'district',
  raion: 'district',
  rayon: 'district',
};

// Names repeat across mentions and articles; both keys are pure, so they are cached (bounded).
const MAX_CACHE = 50_000;
function cached(cache: Map<string, string>, name: string, compute: (n: string) => string): string {
  let value = cache.get(name);
  if (value === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    value = compute(name);
    cache.set(name, value);
  }
  return value;
}
const foldCache = new Map<string, string>();
const variantCache = new Map<string, string>();

/** Lowercase, no diacritics, one space between words, "the" and punctuation dropped, generic heads unified. */
export function foldName(name: string): string {
  return cached(foldCache, name, computeFold);
}

function computeFold(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`ʼ]s\b/g, '')
    .replace(/['’`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.map((w) => GENERIC_HEADS[w] ?? w).join(' ');
}

// Ordered rewrites of one folded word. Digraphs first, then the vowel letters that
// transliteration systems disagree on (y/i/ie/ii/iy), then doubled letters.
const WORD_RULES: Array<[RegExp, string]> = [
  [/kh/g, 'h'],
  [/zh/g, 'z'],
  [/(?:sch|shch)/g, 'sh'],
  [/ts/g, 'c'],
  [/tz/g, 'c'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/x/g, 'ks'],
  [/j/g, 'y'],
  [/(.)\1+/g, '$1'],
  [/(?:iy|yi|ii|yy|ie|ye|ey)/g, 'i'],
  [/y/g, 'i'],
  [/ov$/, 'iv'],
  [/ev$/, 'iv'],
  [/(.)\1+/g, '$1'],
];

/** The folded name with every word reduced by the transliteration rules above. */
export function variantKey(name: string): string {
  return cached(variantCache, name, computeVariant);
}

function computeVariant(name: string): string {
  return foldName(name)
    .split(' ')
    .map((w) => WORD_RULES.reduce((acc, [re, to]) => acc.replace(re, to), w))
    .join(' ');
}

/** Levenshtein distance, for the confidence of a variant match. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
