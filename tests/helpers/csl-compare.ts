// Compares our reading of a reference file with another reader's (pandoc's CSL-JSON, Zotero's expected
// items): the fields that matter to a citation, each normalised so that spelling of markup does not count.
import { execFile, execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

export type Csl = Record<string, unknown>;
export const COMPARED = ['title', 'names', 'date', 'DOI', 'container-title', 'publisher', 'type'] as const;
export type Compared = (typeof COMPARED)[number];
/** The fields the ≥ 99 % agreement target is about. */
export const GATED: readonly Compared[] = ['title', 'names', 'date', 'DOI'];

const DASHES = /[‐‑‒–—―−]/g;
// Invisible formatting characters (soft hyphen, zero-width space/joiners, word joiner): not text.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
export function normText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return (
    String(v)
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(/<[^>]+>/g, '')
      .replace(/[{}]/g, '')
      // Quote marks: pandoc writes a file's single quotes (`bed of nails') as double ones.
      .replace(/[“”„‟"«»‘’‚‛`´']/g, '"')
      .replace(DASHES, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}

/**
 * The comparison's named normalisations, each for a documented reason (docs/import.md, "Where the
 * comparison normalises"). Applied to both sides; none of them can make two different works agree.
 */
export const NORMALISATIONS = {
  /** pandoc 2.17 leaves TeX math and symbol commands in titles (`cu_2o`, `\mu`, `\le`, `\slash`); we
   * give Unicode. Where the reference holds TeX, both are compared on their ASCII letters and digits
   * with TeX command names taken out. */
  texInReference: (ours: string, theirs: string): [string, string] | undefined => {
    if (!/[\\_^$]/.test(theirs)) return undefined;
    const skeleton = (x: string) =>
      x
        // Known commands first: pandoc runs them into the next word ("\\slashgan" for `{$\\slash$}{{GaN}}`).
        .replace(
          /\\(?:left(?![a-z])|right(?![a-z])|slash|cdotp|cdot|gamma|delta|alpha|beta|mu|sigma|leq?|geq?|pm|times|textrm|mathrm|overline|langle|rangle)/g,
          '',
        )
        .replace(/\\[a-z]+/gi, '')
        .normalize('NFKD')
        .replace(/[^a-z0-9]/gi, '');
    return [skeleton(ours), skeleton(theirs)];
  },
  /** pandoc 2.17 drops `\textendash`, `\textemdash` and `--` between braced groups (`19\textendash{}95`
   * becomes "1995"), and spaces a hyphenated particle ("al- One"): hyphens and dashes, with the space
   * after them, are left out of both. */
  dashes: (x: string) => x.replace(/-\s*/g, ''),
  /** pandoc spaces initials ("E. P. A. M. Bakkers" for `E.P.A.M.`, "S. P DenBaars" for `S.P`): one name
   * either way. */
  initials: (x: string) => x.replace(/\b(\p{L})\. (?=\p{L}(?:\.|\s|$))/gu, '$1.'),
  /** A particle ending in an apostrophe is written against the family name ("d’ Alembert" is
   * "d’Alembert" as CSL prints it; readers split `d'{\aftergroup\ignorespaces} Este` either way): one name. */
  apostropheParticle: /(\b\p{Ll}+["'’]) (?=\p{L})/gu,
  /** A season is CSL's `season` (1–4) or a month of 21–24 (EDTF, ours) or 13–16 (pandoc): one season. */
  season: (month: number) =>
    month >= 21 && month <= 24
      ? `s${month - 20}`
      : month >= 13 && month <= 16
        ? `s${month - 12}`
        : String(month),
};

type Name = Record<string, unknown>;
export function normName(n: Name): string {
  if (n.literal) return normText(n.literal).replace(NORMALISATIONS.apostropheParticle, '$1');
  return NORMALISATIONS.initials(
    normText(
      [n.given, n['dropping-particle'], n['non-dropping-particle'], n.family, n.suffix]
        .filter(Boolean)
        .join(' '),
    ),
  ).replace(NORMALISATIONS.apostropheParticle, '$1');
}
const ROLES = ['author', 'editor', 'translator', 'container-author', 'director', 'collection-editor'];
export function normNames(item: Csl): string {
  return ROLES.map((r) => `${r}:${((item[r] as Name[] | undefined) ?? []).map(normName).join(' | ')}`)
    .filter((s) => !s.endsWith(':'))
    .join(' ; ');
}
export function normDate(d: unknown): string {
  const date = d as
    { 'date-parts'?: unknown[][]; literal?: string; raw?: string; season?: unknown } | undefined;
  if (!date) return '';
  if (date['date-parts']?.length) {
    const parts = date['date-parts'].map((p) =>
      p.map((x, i) => (i === 1 ? NORMALISATIONS.season(Number(x)) : String(Number(x)))),
    );
    const season = Number(date.season);
    if (season >= 1 && season <= 4) for (const p of parts) if (p.length === 1) p.push(`s${season}`);
    return parts.map((p) => p.join('-')).join('/');
  }
  // A date with no digit in it ("Year", "Date of Code" in RIS templates) dates nothing: Zotero drops
  // it, we keep it as a literal (what the file says); neither is a date.
  const text = normText(date.literal ?? date.raw ?? '');
  return /\d/.test(text) ? text : '';
}
/** A DOI written as a link to any DOI resolver (doi.org, dx.doi.org, doi.acm.org) is the same DOI. */
export const normDoi = (v: unknown) =>
  normText(v)
    .replace(/^https?:\/\/[^/]*doi[^/]*\//, '')
    .replace(/^doi:\s*/, '');

export function fieldValue(item: Csl, field: Compared): string {
  switch (field) {
    case 'names':
      return normNames(item);
    case 'date':
      return normDate(item.issued);
    case 'DOI':
      return normDoi(item.DOI);
    case 'type':
      return String(item.type ?? '');
    default:
      return normText(item[field]);
  }
}

/** Equal after the named normalisations for the field (titles, names and containers only). */
function equivalent(field: Compared, a: string, b: string): boolean {
  if (!['title', 'names', 'container-title', 'publisher'].includes(field)) return false;
  const x = NORMALISATIONS.dashes(a);
  const y = NORMALISATIONS.dashes(b);
  if (x === y) return true;
  const tex = NORMALISATIONS.texInReference(x, y);
  return tex !== undefined && tex[0] === tex[1];
}

export interface Disagreement {
  key: string;
  field: Compared;
  ours: string;
  theirs: string;
}

/** Every compared field of every item the other reader read too (matched by id), and where they differ. */
export function compareItems(
  ours: Csl[],
  theirs: Csl[],
): { compared: number; disagreements: Disagreement[]; missing: string[] } {
  // A key used twice in a file: its entries are paired in file order.
  const mine = new Map<string, Csl[]>();
  for (const i of ours) mine.set(String(i.id), [...(mine.get(String(i.id)) ?? []), i]);
  const disagreements: Disagreement[] = [];
  const missing: string[] = [];
  let compared = 0;
  for (const t of theirs) {
    const o = mine.get(String(t.id))?.shift();
    if (!o) {
      missing.push(String(t.id));
      continue;
    }
    compared++;
    for (const field of COMPARED) {
      const a = fieldValue(o, field);
      const b = fieldValue(t, field);
      if (a !== b && !equivalent(field, a, b))
        disagreements.push({ key: String(t.id), field, ours: a, theirs: b });
    }
  }
  return { compared, disagreements, missing };
}

const pandocArgs = (file: string, from: PandocFrom) => ['-f', from, '-t', 'csljson', file];
const pandocOptions = {
  maxBuffer: 1 << 28,
  // pandoc 2.17 loops (and eats memory) on some crossref chains: give up on the file instead.
  timeout: 20_000,
  killSignal: 'SIGKILL' as const,
};
type PandocFrom = 'bibtex' | 'biblatex' | 'csljson';
type PandocReading = { items: Csl[]; error?: string };
const refused = (e: unknown): PandocReading => ({
  items: [],
  error: String((e as { stderr?: Buffer | string }).stderr ?? e).slice(0, 300),
});

/** pandoc's reading of a file as CSL-JSON; [] when pandoc refuses the whole file (it does, for one bad entry). */
export function pandocRead(file: string, from: PandocFrom): PandocReading {
  try {
    const out = execFileSync('pandoc', pandocArgs(file, from), {
      ...pandocOptions,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { items: JSON.parse(out.toString('utf8')) as Csl[] };
  } catch (e) {
    return refused(e);
  }
}

/** `pandocRead` of many files, `width` pandoc processes at a time (a corpus of a thousand files). */
export async function pandocReadAll(
  jobs: readonly { file: string; from: PandocFrom }[],
  width = availableParallelism(),
): Promise<PandocReading[]> {
  const readings: PandocReading[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) {
      const { file, from } = jobs[i]!;
      readings[i] = await new Promise<PandocReading>((done) =>
        execFile('pandoc', pandocArgs(file, from), { ...pandocOptions, encoding: 'utf8' }, (e, out) => {
          if (e) return done(refused(e));
          try {
            done({ items: JSON.parse(out) as Csl[] });
          } catch (parseError) {
            done(refused(parseError));
          }
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, worker));
  return readings;
}

/** The version of the pandoc on PATH ("2.17.1.1"), or null when there is none. */
export function pandocVersion(): string | null {
  try {
    return (
      /pandoc(?:\.exe)? ([\d.]+)/.exec(execFileSync('pandoc', ['--version'], { encoding: 'utf8' }))?.[1] ??
      null
    );
  } catch {
    return null;
  }
}
