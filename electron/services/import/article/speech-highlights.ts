// A speech printed as bare quotation paragraphs: a page names a titled speaker in its lead ("Today,
// President Ana Roe joined veterans at …"), announces the excerpts ("Here are the highlights:", "Here is
// what you missed:", or a colon lead-in naming the speaker, "Governor Roe delivered remarks at the
// dinner:"), then prints paragraphs that are each one quotation with no tag ("“…” Watch"). The corpus
// README (session 28, "Speeches printed as bare quotation paragraphs"): each such paragraph is a claim of
// the speaker the page names, no role, its words the quote ("Watch" out of it).
import { ROLE_WORDS } from './lexicon';
import { tagsOf } from './recognition';
import { POINTING_LEAD_IN } from './speaker-labels';
import type { TurnParagraph } from './transcript-turns';

const OPEN = /^[“"]/u;
/** A trailing pointer to the video: "Watch", "(Watch)", "[Watch]". */
const WATCH = /\s*[([]?\s*Watch\s*[)\]]?\s*$/u;

/** The paragraph's quoted words when it is one quotation and nothing else (a "Watch" after it aside). */
export function bareQuotation(paragraph: string): string | undefined {
  const t = paragraph.trim().replace(WATCH, '').trim();
  if (!OPEN.test(t)) return undefined;
  const curly = t.startsWith('“');
  const close = curly ? '”' : '"';
  if (!t.endsWith(close) && !(t.endsWith(`${close}.`) && !curly)) return undefined;
  const inner = t.slice(1, t.lastIndexOf(close));
  // One quotation: no other mark of the same kind inside (a tag between two quotations would need one).
  if (curly ? /[“”]/u.test(inner) : inner.includes('"')) return undefined;
  return inner.trim() || undefined;
}

const isRole = (w: string) => ROLE_WORDS.has(w.toLowerCase().replace(/[.,]$/u, ''));

/**
 * The first person the text names after a title ("President Ana J. Roe" → "Ana J. Roe", "Governor Roe’s
 * speech" → "Roe"); undefined when it names none.
 */
export function titledName(text: string): string | undefined {
  return titled(text)?.name;
}

function titled(text: string): { name: string; title: string } | undefined {
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] as string;
    if (!/^\p{Lu}/u.test(w) || !isRole(w)) continue;
    let j = i + 1;
    while (j < words.length && /^\p{Lu}/u.test(words[j] as string) && isRole(words[j] as string)) j++;
    const title = words.slice(i, j).join(' ');
    const kept: string[] = [];
    for (; j < words.length && kept.length < 4; j++) {
      const raw = words[j] as string;
      const possessive = /['’]s[,.:;]?$/u.test(raw);
      const word = raw.replace(/['’]s[,.:;]?$/u, '').replace(/[,.:;]$/u, (m) => (m === '.' ? '.' : ''));
      if (!/^\p{Lu}/u.test(word) || isRole(word)) break;
      const bare = word.replace(/\.$/u, '');
      if (bare.length > 1 && tagsOf(bare).some((t) => !/Name$|^Person$|^Honorific$/u.test(t))) break;
      kept.push(word);
      if (possessive || /[,:;]$/u.test(raw)) break;
    }
    while (kept.length > 0 && /^\p{Lu}\.?$/u.test(kept.at(-1) as string)) kept.pop();
    const name = kept.join(' ').replace(/\.$/u, '');
    if (name && /\p{Ll}/u.test(name)) return { name, title };
  }
  return undefined;
}

/**
 * A name given by its surname alone ("President Roe") as the text names the person in full after a title
 * elsewhere ("President Ana J. Roe"); the name as given when the text names no one so.
 */
function inFull(name: string, paragraphs: readonly string[]): string {
  if (/\s/u.test(name)) return name;
  for (const p of paragraphs) {
    for (let k = p.indexOf(name); k >= 0; k = p.indexOf(name, k + 1)) {
      const found = titledName(p.slice(Math.max(0, k - 60), k + name.length));
      if (found && found !== name && found.endsWith(` ${name}`)) return found;
    }
  }
  return name;
}

/**
 * The bare quotation paragraphs of a speech's excerpts, by paragraph index, each its speaker's turn (no
 * role): a run of two or more such paragraphs right after a paragraph ending in a colon, whose speaker is
 * the titled person that lead-in names (its title the first excerpt's role, the lead-in read with it), or
 * when it only points to the excerpts ("Here are the highlights:") the one it or the paragraph before it
 * names.
 */
export function speechHighlights(paragraphs: readonly string[]): Map<number, TurnParagraph> {
  const out = new Map<number, TurnParagraph>();
  for (let i = 1; i < paragraphs.length; i++) {
    const opener = (paragraphs[i - 1] ?? '').trim();
    if (!opener.endsWith(':') || bareQuotation(paragraphs[i] ?? '') === undefined) continue;
    let end = i;
    while (end < paragraphs.length && bareQuotation(paragraphs[end] ?? '') !== undefined) end++;
    if (end - i < 2) continue;
    // (A lead-in naming the speaker, "Governor Roe delivered remarks …:", is the first excerpt's tag: its
    // claim holds the lead-in, the title its role.)
    // ("Here are highlights from Governor Roe’s speech:" only points to the excerpts: no tag.)
    const pointing = POINTING_LEAD_IN.test(opener);
    const tag = pointing ? undefined : titled(opener);
    // (An opener naming no one that is no pointer, "Officials praised the plan:", hands on no speaker.)
    const said =
      tag ??
      (pointing ? (titled(opener) ?? (i >= 2 ? titled(paragraphs[i - 2] ?? '') : undefined)) : undefined);
    if (!said) continue;
    const name = inFull(said.name, paragraphs);
    for (let k = i; k < end; k++)
      out.set(k, {
        reporter: false,
        name,
        opens: false,
        start: 0,
        skip: false,
        quoted: true,
        ...(tag && k === i ? { opens: true, role: tag.title, lead: opener } : {}),
      });
    i = end;
  }
  return out;
}

/**
 * The titled person a paragraph names ("Today, President Ana J. Roe joined …"), in full: the speaker of the
 * lines under a lead-in after it that only points to them ("Here are the top moments you missed:").
 */
export function leadSpeaker(paragraphs: readonly string[], at: number): string | undefined {
  const said = titled(paragraphs[at] ?? '');
  return said ? inFull(said.name, paragraphs) : undefined;
}
