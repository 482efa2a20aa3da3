import { noteAttribution } from '../../../../electron/core/citations';
import { attribution, type Fact, type Source } from '../../../../electron/core/schemas';
import { shortName } from '../../../../electron/core/source-item';
import { withoutCslMarkup } from '../../../../electron/core/text';

/** The parts that are there (not empty, not blank), joined: a missing part leaves no dangling separator. */
export const joinPresent = (separator: string, ...parts: readonly (string | undefined)[]): string =>
  parts
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '')
    .join(separator);

/**
 * A source as pickers and lists name it: "Reuters: Talks stall"; "Record without end" when it has no
 * outlet, "Reuters" when it has no title, "Untitled source" with neither; the title's italics (CSL markup)
 * left out.
 */
export const sourceLabel = (source: Pick<Source, 'outlet' | 'title'>): string =>
  joinPresent(': ', source.outlet, withoutCslMarkup(source.title)) || 'Untitled source';

/**
 * Who a cited fact rests on, as its citation chip is read out: who said it, and the source's outlet
 * ("Dmitry Peskov, Reuters"), or the source alone ("Reuters", its title when it has no outlet).
 */
export function citedLabel(fact: Fact | undefined, source: Source | undefined): string {
  if (!fact) return 'loading';
  const where = source ? source.outlet.trim() || sourceLabel(source) : '';
  // A relay that is the source's own outlet is named once ("Xinhua", not "reported by Xinhua, Xinhua").
  const who = source ? noteAttribution(fact, source) : attribution(fact);
  if (!who) return where || 'source';
  return who === source?.outlet ? who : joinPresent(', ', who, source?.outlet);
}

/**
 * A citation chip's accessible name: "note 3, retracted fact: Dmitry Peskov, Reuters"; under an
 * author-date template (no notes) "citation Rutte, 2025: Mark Rutte, Reuters".
 */
export const chipAriaLabel = (
  note: number | null | undefined,
  isRetracted: boolean,
  fact: Fact | undefined,
  source: Source | undefined,
  inText?: string,
): string =>
  `${inText === undefined ? `note ${note ?? ''}` : `citation ${inText}`}${isRetracted ? ', retracted fact' : ''}: ${citedLabel(fact, source)}`;

/**
 * What an author-date chip shows, as the in-text citation names the source: its first author's name as a
 * short citation gives it (`shortName`: "van Gogh", an organisation's whole name; the outlet or the title
 * when it has no author) and its year, or
 * "n.d." (CSL's no date) — "Rutte, 2025". The export's style decides the rest (parentheses, "&", et al.).
 */
export function authorDateText(source: Source | undefined): string {
  if (!source) return '…';
  const first = source.authors[0];
  const who =
    (first && shortName(first)) || source.outlet.trim() || withoutCslMarkup(source.title).trim() || 'Anon.';
  const year = /^\d{4}/.exec(source.published ?? '')?.[0];
  return `${who}, ${year ?? 'n.d.'}`;
}
