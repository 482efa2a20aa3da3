// A synthetic fact corpus shaped like a real desk's store (Zipf vocabulary, one country name in 40% of
// facts, common speakers, tags, sources), seeded so every run builds the same one. `npm run bench:store`
// measures search on it, and tests that need a library of that shape use the same generator.
import type { ParsedFact } from '../../electron/services/store/bulk';

export const VOCABULARY = 24_000;
const ZIPF_S = 1.0;
export const SOURCES = 1000;
/** The term in ~40% of facts, and the speakers in ~10% each. */
export const COMMON_TERM = 'ukraine';
const COMMON_SPEAKERS = ['Dmitry Peskov', 'Volodymyr Zelenskyy', 'Antony Blinken', 'US officials'];
export const OUTLETS = [
  'Reuters',
  'AP',
  'AFP',
  'Le Monde',
  'BBC',
  'Kyiv Independent',
  'Meduza',
  'TASS',
  'FT',
  'NYT',
];
const TAGS = 200;

/** mulberry32: small, fast, seeded, so every run builds the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distinct pronounceable words from syllables; rank 0 is the most frequent. */
function makeVocabulary(n: number, rand: () => number): string[] {
  const onsets = [
    'b',
    'd',
    'f',
    'g',
    'k',
    'l',
    'm',
    'n',
    'p',
    'r',
    's',
    't',
    'v',
    'z',
    'br',
    'st',
    'tr',
    'kr',
    'pl',
    'sh',
  ];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea'];
  const codas = ['', '', 'n', 'r', 's', 'l', 'k', 't'];
  const words = new Set<string>();
  while (words.size < n) {
    const syllables = 1 + Math.floor(rand() * 3) + (words.size > 2000 ? 1 : 0);
    let w = '';
    for (let i = 0; i < syllables; i++) {
      w += onsets[Math.floor(rand() * onsets.length)]! + vowels[Math.floor(rand() * vowels.length)]!;
      if (i === syllables - 1) w += codas[Math.floor(rand() * codas.length)]!;
    }
    if (w !== COMMON_TERM) words.add(w);
  }
  return [...words];
}

/** Samples ranks 0..n-1 with P(rank k) ∝ 1/(k+1)^s. */
function zipfSampler(n: number, s: number, rand: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) cdf[k] = sum += 1 / Math.pow(k + 1, s);
  for (let k = 0; k < n; k++) cdf[k]! /= sum;
  return () => {
    const u = rand();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface Corpus {
  vocabulary: string[];
  nextFact: () => Omit<ParsedFact, 'sourceId'> & { sourceIndex: number };
}

export function makeCorpus(seed: number): Corpus {
  const rand = prng(seed);
  const vocabulary = makeVocabulary(VOCABULARY, rand);
  const word = zipfSampler(VOCABULARY, ZIPF_S, rand);
  const tag = zipfSampler(TAGS, 1.1, rand);
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(rand() * (max - min + 1));
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(vocabulary[word()]!);
    return words;
  };
  const start = Date.UTC(2024, 0, 1);
  const nextFact = () => {
    const words = sentence(20, 60);
    if (rand() < 0.4) words[Math.floor(rand() * words.length)] = 'Ukraine';
    const statement = `${words.join(' ')}.`;
    const r = rand();
    const speaker =
      r < 0.4
        ? COMMON_SPEAKERS[Math.floor(r * 10)]
        : r < 0.8
          ? `${vocabulary[100 + Math.floor(rand() * 2000)]} ${vocabulary[3000 + Math.floor(rand() * 5000)]}`
          : undefined;
    const tags = [...new Set(Array.from({ length: Math.floor(rand() * 4) }, () => `tag-${tag()}`))];
    const s = rand();
    return {
      sourceIndex: Math.floor(rand() * SOURCES),
      statement,
      quote: rand() < 0.3 ? sentence(10, 25).join(' ') : undefined,
      speaker,
      speakerRole: speaker && rand() < 0.5 ? 'spokesman' : undefined,
      relayedBy: rand() < 0.2 ? OUTLETS[Math.floor(rand() * OUTLETS.length)] : undefined,
      eventDate:
        rand() < 0.7
          ? new Date(start + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10)
          : undefined,
      locator: `para. ${1 + Math.floor(rand() * 20)}`,
      credibility: 1 + Math.floor(rand() * 6),
      tags,
      status: s < 0.85 ? 'draft' : s < 0.97 ? 'verified' : 'retracted',
    } as const;
  };
  return { vocabulary, nextFact };
}
