// A passage a page quotes from an outlet under a lead-in naming it ("From The Daily Post:", "Meanwhile,
// The Daily Post reports:", "Here are a few examples from the story:" after "…, writes The Daily Post"):
// the fixtures README's convention of session 26. The passage is the outlet's; the people and bodies it
// reports are their own speakers, relayed by the outlet. A paragraph of the passage wrapped whole in
// quotation marks is read as the outlet's narrative (its marks are the page's, its single marks the
// story's own quotations), so that "‘…,’ said Ana Roe, …" inside it is Roe's claim.
import type { Outlets } from './outlets';
import type { RunClaim } from './relay-runs';
import type { Unit } from './segmentation';

export interface QuotedPassage {
  /** The lead-in paragraph. */
  lead: number;
  /** The passage's first and last paragraphs. */
  from: number;
  to: number;
  outlet: string;
  /** The lead-in only points to a story cited before ("examples from the story:"): no claim of its own. */
  pointer?: boolean;
}

/** An outlet's name in a lead-in: capitalised words (and "of", "the"), as "The Wall Street Journal". */
const NAME = String.raw`((?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}.&'’-]*){0,5})`;
const FROM_LEAD = new RegExp(
  String.raw`^(?:(?:Meanwhile|And|Also),?\s+)?(?:From|Per|Via)\s+${NAME}\s*:$`,
  'u',
);
const REPORTS_LEAD = new RegExp(
  String.raw`^(?:(?:Meanwhile|And|Also|As),?\s+)?${NAME}\s+(?:also\s+)?(?:reports|reported|writes|wrote|notes|noted|explains|explained)\b[^:“”"]{0,60}:$`,
  'u',
);
/** "Here are a few examples from the story:": the story the paragraph before cited. */
const STORY_LEAD =
  /\b(?:from|in|of)\s+(?:the|that|this)\s+(?:story|article|report|piece|editorial|column)\b[^:“”"]{0,40}:$/iu;
const CITED = new RegExp(
  String.raw`\b(?:writes|wrote|reports|reported|according\s+to|in|from)\s+${NAME}`,
  'gu',
);

const outletIn = (name: string | undefined, outlets: Outlets): string | undefined =>
  name ? outlets.of(name.trim())?.name : undefined;

function leadOutlet(
  paragraphs: readonly string[],
  i: number,
  outlets: Outlets,
): { outlet: string; pointer?: boolean } | undefined {
  const p = (paragraphs[i] ?? '').trim();
  if (!p.endsWith(':') || p.length > 200) return undefined;
  const named = outletIn(FROM_LEAD.exec(p)?.[1], outlets) ?? outletIn(REPORTS_LEAD.exec(p)?.[1], outlets);
  if (named) return { outlet: named };
  if (!STORY_LEAD.test(p)) return undefined;
  const before = paragraphs[i - 1] ?? '';
  const cited = [...before.matchAll(CITED)].map((m) => outletIn(m[1], outlets)).filter(Boolean);
  const outlet = cited.at(-1);
  return outlet ? { outlet, pointer: true } : undefined;
}

const opens = (p: string) => /^\s*[“"]/u.test(p);
const balance = (p: string) => (p.match(/[“]/gu)?.length ?? 0) - (p.match(/[”]/gu)?.length ?? 0);

/** The passages quoted from an outlet under a lead-in. */
export function quotedPassages(paragraphs: readonly string[], outlets: Outlets): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  for (let i = 0; i < paragraphs.length - 1; i++) {
    if (!opens(paragraphs[i + 1] ?? '')) continue;
    const led = leadOutlet(paragraphs, i, outlets);
    if (!led) continue;
    // The passage runs on while its paragraphs open with a quotation mark or a quotation is left open.
    let open = 0;
    let j = i + 1;
    for (; j < paragraphs.length; j++) {
      const p = paragraphs[j] ?? '';
      if (!opens(p) && open <= 0) break;
      open += balance(p);
    }
    out.push({ lead: i, from: i + 1, to: j - 1, ...led });
    i = j - 1;
  }
  return out;
}

/**
 * A paragraph wrapped whole in double marks, none inside: the page's marks dropped, the story's own single
 * marks made double ("‘We are swamped,’ said Roe" → "“We are swamped,” said Roe"). An apostrophe (a
 * closing mark between letters) stays.
 */
export function unwrapped(paragraph: string): string {
  const m = /^(\s*)“([^“”"]+)”(\s*)$/u.exec(paragraph);
  if (!m?.[2]) return paragraph;
  const inner = m[2];
  let out = '';
  let inQuote = false;
  for (let k = 0; k < inner.length; k++) {
    const c = inner[k] as string;
    if (c === '‘' && !inQuote && !/\p{L}/u.test(inner[k - 1] ?? '')) {
      out += '“';
      inQuote = true;
    } else if (c === '’' && inQuote && !/\p{L}/u.test(inner[k + 1] ?? '')) {
      out += '”';
      inQuote = false;
    } else out += c;
  }
  // (An opening single mark never closed: the marks were not quotations; the paragraph as it was.)
  return inQuote ? paragraph : `${m[1]}${out}${m[3]}`;
}

/** The passage a paragraph stands in, if any. */
export const inPassage = (passages: readonly QuotedPassage[], paragraph: number): QuotedPassage | undefined =>
  passages.find((q) => paragraph >= q.from && paragraph <= q.to);

/**
 * After reading: a passage every sentence of which some claim holds gives its outlet no claim of its own (the
 * lead-in's is dropped); the people and bodies a passage reports speak through the outlet that wrote it.
 */
export function passageClaims(
  claims: RunClaim[],
  passages: readonly QuotedPassage[],
  units: readonly Unit[],
  outlets: Outlets,
): void {
  for (const q of passages) {
    const held = new Set(claims.flatMap((c) => (c.paragraph > q.lead ? c.units : [])));
    const own = units.some((u, i) => u.paragraph >= q.from && u.paragraph <= q.to && !held.has(i));
    const lead = claims.findIndex(
      (c) => c.paragraph === q.lead && !c.candidate.speaker && c.candidate.relayedBy === q.outlet,
    );
    if (!own && lead >= 0 && claims[lead]?.candidate.cue === 'quoted') claims.splice(lead, 1);
  }
  for (const claim of claims) {
    const passage = inPassage(passages, claim.paragraph);
    const c = claim.candidate;
    if (
      passage &&
      c.speaker &&
      !c.relayedBy &&
      c.speaker !== passage.outlet &&
      !outlets.isOwn(passage.outlet)
    )
      c.relayedBy = passage.outlet;
  }
}
