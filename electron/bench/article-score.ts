// Scores proposed candidates against the hand labels of one article, the same way for our engine and
// for the baseline.
import type { GoldClaim } from './article-corpus';

/** What a proposer says about one attributed claim (our CandidateFact, or the baseline's). */
export interface Proposed {
  sentence: string;
  statement?: string;
  speaker?: string;
  speakerRole?: string;
  relayedBy?: string;
  quote?: string;
  eventDate?: string;
}

/** Counts for one article (or summed over many). */
export interface Score {
  claims: number;
  proposed: number;
  matched: number;
  speaker: number;
  /** The speaker's last word agrees ("Obama" for "Barack Obama"): a looser view of the same. */
  speakerLoose: number;
  role: number;
  relay: number;
  /** Matched claims where the label or the proposal has a quote / a date, and of those the ones that agree. */
  quoteCases: number;
  quote: number;
  dateCases: number;
  date: number;
}

export const emptyScore = (): Score => ({
  claims: 0,
  proposed: 0,
  matched: 0,
  speaker: 0,
  speakerLoose: 0,
  role: 0,
  relay: 0,
  quoteCases: 0,
  quote: 0,
  dateCases: 0,
  date: 0,
});

export function addScores(a: Score, b: Score): Score {
  const out = emptyScore();
  for (const k of Object.keys(out) as Array<keyof Score>) out[k] = a[k] + b[k];
  return out;
}

/** Letters and digits only, lower case, single spaces: how anchors are found in sentences. */
export const words = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Case and whitespace folded, a leading article dropped: how names, roles and relays are compared. */
export const field = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/u, '')
    .replace(/[\s,.;:]+$/u, '');

const lastWord = (s: string) => words(s).split(' ').at(-1) ?? '';

export function scoreArticle(
  gold: readonly GoldClaim[],
  proposed: readonly Proposed[],
  explain?: (line: string) => void,
): Score {
  const s = emptyScore();
  s.claims = gold.length;
  s.proposed = proposed.length;
  const taken = new Set<number>();
  for (const p of proposed) {
    const text = ` ${words(p.sentence)} `;
    const g = gold.findIndex((c, i) => !taken.has(i) && text.includes(` ${words(c.anchor)} `));
    if (g < 0) {
      explain?.(`  extra: ${p.sentence.slice(0, 110)} [${p.speaker ?? '-'}]`);
      continue;
    }
    taken.add(g);
    const c = gold[g] as GoldClaim;
    s.matched++;
    if (explain) {
      const diffs: string[] = [];
      const d = (k: string, a: string | null | undefined, b: string | null | undefined, eq: boolean) => {
        if (!eq) diffs.push(`${k}: got ${JSON.stringify(a ?? null)} want ${JSON.stringify(b ?? null)}`);
      };
      d('speaker', p.speaker, c.speaker, field(p.speaker) === field(c.speaker));
      d('role', p.speakerRole, c.role, field(p.speakerRole) === field(c.role));
      d('relay', p.relayedBy, c.relay, field(p.relayedBy) === field(c.relay));
      d('quote', p.quote?.slice(0, 60), c.quote?.slice(0, 60), words(p.quote) === words(c.quote));
      d('date', p.eventDate, c.eventDate, (p.eventDate ?? null) === c.eventDate);
      if (diffs.length > 0) explain(`  "${c.anchor.slice(0, 50)}": ${diffs.join('; ')}`);
    }
    if (field(p.speaker) === field(c.speaker)) s.speaker++;
    if (lastWord(p.speaker ?? '') === lastWord(c.speaker ?? '')) s.speakerLoose++;
    if (field(p.speakerRole) === field(c.role)) s.role++;
    if (field(p.relayedBy) === field(c.relay)) s.relay++;
    if (c.quote || p.quote) {
      s.quoteCases++;
      if (words(p.quote) === words(c.quote)) s.quote++;
    }
    if (c.eventDate || p.eventDate) {
      s.dateCases++;
      if ((p.eventDate ?? null) === c.eventDate) s.date++;
    }
  }
  if (explain) gold.forEach((c, i) => taken.has(i) || explain(`  missed: "${c.anchor}" [${c.speaker}]`));
  return s;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** The figures a score stands for, as fractions. */
export function rates(s: Score) {
  return {
    precision: ratio(s.matched, s.proposed),
    recall: ratio(s.matched, s.claims),
    speaker: ratio(s.speaker, s.matched),
    speakerLoose: ratio(s.speakerLoose, s.matched),
    role: ratio(s.role, s.matched),
    relay: ratio(s.relay, s.matched),
    quote: ratio(s.quote, s.quoteCases),
    date: ratio(s.date, s.dateCases),
  };
}
