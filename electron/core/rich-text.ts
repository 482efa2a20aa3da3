import { z } from 'zod';

/**
 * The rich text of one briefing block: runs of text (bold, italic, a link) and citation chips, each
 * chip at its place in the sentence. A chip points at a fact; the exporters turn it into the note
 * number the document will have. The editor (ProseMirror) and the exporters share this one shape.
 */

const Id = z.string().min(1).max(64);

/** Links an analyst may put in a briefing: web and mail addresses only (never `javascript:` or files). */
export const LinkHref = z
  .string()
  .trim()
  .max(2000)
  .refine((href) => /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(href), {
    message: 'A link must be a web address (http:// or https://) or a mailto: address.',
  });

export const TextRun = z.object({
  type: z.literal('text'),
  text: z.string().min(1, 'A text run cannot be empty.'),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: LinkHref.optional(),
});
export type TextRun = z.infer<typeof TextRun>;

export const CiteRun = z.object({ type: z.literal('cite'), factId: Id });
export type CiteRun = z.infer<typeof CiteRun>;

export const Inline = z.discriminatedUnion('type', [TextRun, CiteRun]);
export type Inline = z.infer<typeof Inline>;

/** At most this many characters of text in one block, and this many chips. */
export const MAX_BLOCK_CHARS = 20_000;
export const MAX_BLOCK_CITES = 50;

export const InlineContent = z
  .array(Inline)
  .max(4000)
  .superRefine((runs, ctx) => {
    const chars = runs.reduce((n, r) => n + (r.type === 'text' ? r.text.length : 0), 0);
    if (chars > MAX_BLOCK_CHARS)
      ctx.addIssue({ code: 'custom', message: `A paragraph must be at most ${MAX_BLOCK_CHARS} characters.` });
    const cites = runs.filter((r) => r.type === 'cite').length;
    if (cites > MAX_BLOCK_CITES)
      ctx.addIssue({ code: 'custom', message: `A paragraph can cite at most ${MAX_BLOCK_CITES} facts.` });
  });

/** The plain text of a block's runs, chips left out. */
export function inlineText(content: readonly Inline[]): string {
  let out = '';
  for (const run of content) if (run.type === 'text') out += run.text;
  return out;
}

/** The facts a block cites, in the order their chips appear (a fact cited twice appears twice). */
export function inlineFactIds(content: readonly Inline[]): string[] {
  const ids: string[] = [];
  for (const run of content) if (run.type === 'cite') ids.push(run.factId);
  return ids;
}

const sameMarks = (a: TextRun, b: TextRun) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.href === b.href;

/**
 * The canonical form of some runs: empty text runs dropped, neighbouring text runs with the same marks
 * merged, `false` marks left out. Two contents that read the same are then equal as data.
 */
export function normaliseInline(content: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of content) {
    if (run.type === 'cite') {
      out.push({ type: 'cite', factId: run.factId });
      continue;
    }
    if (run.text === '') continue;
    const clean: TextRun = { type: 'text', text: run.text };
    if (run.bold) clean.bold = true;
    if (run.italic) clean.italic = true;
    if (run.href) clean.href = run.href;
    const last = out[out.length - 1];
    if (last?.type === 'text' && sameMarks(last, clean))
      out[out.length - 1] = { ...last, text: last.text + clean.text };
    else out.push(clean);
  }
  return out;
}

/** Plain text followed by chips for `factIds`: how a block written before inline chips reads now. */
export function inlineFromLegacy(text: string, factIds: readonly string[]): Inline[] {
  return normaliseInline([
    { type: 'text', text },
    ...factIds.map((factId): CiteRun => ({ type: 'cite', factId })),
  ]);
}

/**
 * The content with its plain text changed to `next`, as a plain text field edits it: the one changed
 * stretch (common start and end kept) is replaced, the inserted text taking the marks of the run it is
 * typed into. Chips are never lost: a chip inside a deleted stretch stays where the stretch was.
 */
export function replaceInlineText(content: readonly Inline[], next: string): Inline[] {
  const old = inlineText(content);
  if (old === next) return normaliseInline(content);
  const max = Math.min(old.length, next.length);
  let start = 0;
  while (start < max && old[start] === next[start]) start++;
  let tail = 0;
  while (tail < max - start && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  const end = old.length - tail;
  const inserted = next.slice(start, next.length - tail);

  const out: Inline[] = [];
  let at = 0;
  let placed = inserted === '';
  for (const run of content) {
    if (run.type === 'cite') {
      // Nothing typed yet and the change starts here (a block of chips only): the text goes first.
      if (!placed && at >= start && !content.some((r) => r.type === 'text' && r.text !== '')) {
        out.push({ type: 'text', text: inserted });
        placed = true;
      }
      out.push(run);
      continue;
    }
    const from = at;
    const to = at + run.text.length;
    at = to;
    const keepBefore = run.text.slice(0, Math.max(0, Math.min(run.text.length, start - from)));
    const keepAfter = run.text.slice(Math.max(0, Math.min(run.text.length, end - from)));
    let text = keepBefore;
    if (!placed && start >= from && start <= to) {
      text += inserted;
      placed = true;
    }
    text += keepAfter;
    out.push({ ...run, text });
  }
  if (!placed) out.push({ type: 'text', text: inserted });
  return normaliseInline(out);
}

/** The content without its `index`-th chip (counting chips only). */
export function removeCite(content: readonly Inline[], index: number): Inline[] {
  let seen = -1;
  return normaliseInline(content.filter((run) => run.type !== 'cite' || ++seen !== index));
}

/** The runs without the chips that cite any of `factIds` (a fact no longer in the library). */
export function withoutCites(content: readonly Inline[], factIds: ReadonlySet<string>): Inline[] {
  return normaliseInline(content.filter((r) => r.type !== 'cite' || !factIds.has(r.factId)));
}
