// Compares our reading of a reference file with another reader's (pandoc's CSL-JSON, Zotero's expected
// items): the fields that matter to a citation, each normalised so that spelling of markup does not count.
import { execFileSync } from 'node:child_process';

export type Csl = Record<string, unknown>;
export const COMPARED = ['title', 'names', 'date', 'DOI', 'container-title', 'publisher', 'type'] as const;
export type Compared = (typeof COMPARED)[number];
/** The fields the ≥ 99 % agreement target is about. */
export const GATED: readonly Compared[] = ['title', 'names', 'date', 'DOI'];

const DASHES = /[‐‑‒–—―]/g;
export function normText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v)
    .normalize('NFKC')
    .replace(/<[^>]+>/g, '')
    .replace(/[{}]/g, '')
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

type Name = Record<string, unknown>;
export function normName(n: Name): string {
  if (n.literal) return normText(n.literal);
  return normText(
    [n.given, n['dropping-particle'], n['non-dropping-particle'], n.family, n.suffix]
      .filter(Boolean)
      .join(' '),
  );
}
const ROLES = ['author', 'editor', 'translator', 'container-author', 'director', 'collection-editor'];
export function normNames(item: Csl): string {
  return ROLES.map((r) => `${r}:${((item[r] as Name[] | undefined) ?? []).map(normName).join(' | ')}`)
    .filter((s) => !s.endsWith(':'))
    .join(' ; ');
}
export function normDate(d: unknown): string {
  const date = d as { 'date-parts'?: unknown[][]; literal?: string; raw?: string } | undefined;
  if (!date) return '';
  if (date['date-parts']?.length)
    return date['date-parts'].map((p) => p.map((x) => Number(x)).join('-')).join('/');
  return normText(date.literal ?? date.raw ?? '');
}
export const normDoi = (v: unknown) =>
  normText(v)
    .replace(/^https?:\/\/(dx\.)?doi\.org\//, '')
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
  const mine = new Map(ours.map((i) => [String(i.id), i]));
  const disagreements: Disagreement[] = [];
  const missing: string[] = [];
  let compared = 0;
  for (const t of theirs) {
    const o = mine.get(String(t.id));
    if (!o) {
      missing.push(String(t.id));
      continue;
    }
    compared++;
    for (const field of COMPARED) {
      const a = fieldValue(o, field);
      const b = fieldValue(t, field);
      if (a !== b) disagreements.push({ key: String(t.id), field, ours: a, theirs: b });
    }
  }
  return { compared, disagreements, missing };
}

/** pandoc's reading of a file as CSL-JSON; [] when pandoc refuses the whole file (it does, for one bad entry). */
export function pandocRead(
  file: string,
  from: 'bibtex' | 'biblatex' | 'csljson',
): { items: Csl[]; error?: string } {
  try {
    const out = execFileSync('pandoc', ['-f', from, '-t', 'csljson', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 28,
      // pandoc 2.17 loops (and eats memory) on some crossref chains: give up on the file instead.
      timeout: 20_000,
      killSignal: 'SIGKILL',
    });
    return { items: JSON.parse(out.toString('utf8')) as Csl[] };
  } catch (e) {
    return { items: [], error: String((e as { stderr?: Buffer }).stderr ?? e).slice(0, 300) };
  }
}
