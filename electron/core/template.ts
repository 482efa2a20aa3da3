import { z } from 'zod';
import { Credibility, Grade } from './schemas';

const nonEmpty = (max: number) =>
  z.string().trim().min(1, 'must not be empty.').max(max, `must be at most ${max} characters.`);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes.');
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written as #RRGGBB.');
const positive = (max: number) =>
  z.int('must be a whole number.').positive('must be a positive number.').max(max, `must be at most ${max}.`);

/** The largest logo a template may carry, decoded. Templates travel between machines: keep them light. */
export const MAX_LOGO_BYTES = 256 * 1024;

/** A PNG or JPEG logo embedded as a data URI, size-limited. */
const Logo = z.strictObject({
  dataUri: z
    .string()
    .regex(
      /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/,
      'must be a data:image/png or data:image/jpeg base64 URI.',
    )
    .refine(
      (uri) => Math.floor(((uri.length - uri.indexOf(',') - 1) * 3) / 4) <= MAX_LOGO_BYTES,
      `must be at most ${MAX_LOGO_BYTES / 1024} KB.`,
    ),
  widthMm: z.number().min(5, 'must be at least 5.').max(80, 'must be at most 80.').default(30),
});

/**
 * A CSL style carried in a template, as text. XML with a DOCTYPE or an ENTITY declaration is refused:
 * no entity (external, or a billion nested ones) is ever expanded by whatever reads the style later.
 */
const CslText = z
  .string()
  .min(20)
  .max(500_000)
  .refine((xml) => !/<!\s*(DOCTYPE|ENTITY)/i.test(xml), {
    message: 'must not contain a DOCTYPE or ENTITY declaration (CSL styles need neither).',
  })
  .refine((xml) => /<style[\s>]/.test(xml), { message: 'must be a CSL style (an XML <style> element).' });

/** Optional front-matter fields a template can ask for (title, date and classification are always there). */
export const FRONT_MATTER_FIELDS = ['subtitle', 'author', 'recipients', 'reference'] as const;
export type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];
/** Each front-matter field's name, as the editor labels it and the pre-export check names it. */
export const FRONT_MATTER_FIELD_NAMES: Record<FrontMatterField, string> = {
  subtitle: 'Subtitle',
  author: 'Author',
  recipients: 'Recipients',
  reference: 'Reference',
};

/** Built-in citation styles; a template may instead carry a CSL style file's XML. */
export const BUILT_IN_STYLES = ['briefing-notes', 'apa', 'harvard1', 'vancouver'] as const;

export const TemplateSection = z.strictObject({
  id: slug,
  heading: nonEmpty(200),
  /** Shown to the writer under the heading; never printed. */
  guidance: z.string().max(2000).default(''),
  isRequired: z.boolean().default(false),
  kind: z.enum(['paragraphs', 'bullets', 'fact-table']).default('paragraphs'),
  limits: z
    .strictObject({
      maxWords: positive(10_000).optional(),
      maxItems: positive(1000).optional(),
    })
    .default({}),
  /** Which facts fit this section; the pre-export check warns about citations that break the rules. */
  rules: z
    .strictObject({
      tags: z.array(z.string().max(60)).max(20).optional(),
      /** Worst acceptable source grade: 'C' admits A, B and C. */
      minGrade: Grade.optional(),
      /** Worst acceptable credibility: 3 admits 1, 2 and 3. */
      minCredibility: Credibility.optional(),
      /** Facts older than this many days before the briefing date do not fit. */
      withinDays: positive(36_500).optional(),
    })
    .default({}),
  /** When true, breaking this section's limits or rules blocks export instead of warning. */
  isStrict: z.boolean().default(false),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

const Margins = z.strictObject({
  top: z.number().min(5).max(60),
  right: z.number().min(5).max(60),
  bottom: z.number().min(5).max(60),
  left: z.number().min(5).max(60),
});

/** A reusable briefing template: the team's structure and house style in one versioned file. */
export const Template = z
  .strictObject({
    $schema: z.string().optional(),
    id: slug,
    name: nonEmpty(200),
    version: positive(1_000_000),
    description: z.string().max(2000).default(''),
    author: z.string().max(200).optional(),
    team: z.string().max(200).optional(),
    frontMatter: z
      .strictObject({
        fields: z.array(z.enum(FRONT_MATTER_FIELDS)).max(FRONT_MATTER_FIELDS.length).default([]),
        /** Of those fields, the ones that must be filled before export. */
        required: z.array(z.enum(FRONT_MATTER_FIELDS)).default([]),
      })
      .default({ fields: [], required: [] }),
    /**
     * The markings a briefing and its paragraphs may carry, lowest first: the order is the rank, so a
     * paragraph citing a SECRET fact outranks one citing an OFFICIAL one. `portionMark` is the short
     * form printed before a paragraph ("OS"); unset, it is the label's initials.
     */
    classifications: z
      .array(
        z.strictObject({
          id: z.string().min(1).max(60),
          label: nonEmpty(60),
          colour,
          portionMark: z
            .string()
            .regex(/^[A-Za-z0-9/ -]{1,12}$/, 'must be 1 to 12 letters, digits, spaces, "/" or "-".')
            .optional(),
        }),
      )
      .min(1, 'must list at least one classification.')
      .max(20),
    defaultClassification: z.string().min(1),
    sections: z.array(TemplateSection).min(1, 'must have at least one section.').max(50),
    style: z
      .strictObject({
        fontFamily: z.string().min(1).max(100).default('Calibri'),
        headingFontFamily: z.string().min(1).max(100).optional(),
        bodySizePt: z.number().min(6).max(24).default(11),
        headingSizePt: z.number().min(8).max(40).optional(),
        textColour: colour.default('#1D2433'),
        headingColour: colour.default('#1F3864'),
        lineSpacing: z.number().min(1).max(3).default(1.15),
        paragraphSpacingPt: z.number().min(0).max(36).default(6),
        headingNumbering: z.boolean().default(false),
        /** A table of contents (headings with page numbers) after the front matter. */
        tableOfContents: z.boolean().default(false),
        /** Each paragraph printed with its portion mark, "(OS) …": the highest marking it cites, or the one set by hand. */
        portionMarks: z.boolean().default(false),
        /**
         * The PDF standard the PDF export declares: every PDF is tagged for accessibility (PDF/UA-1);
         * `PDF/A-2a` also makes it an archival PDF (an sRGB output intent, PDF/A metadata).
         */
        pdfStandard: z.enum(['PDF/UA-1', 'PDF/A-2a']).optional(),
        pageSize: z.enum(['A4', 'Letter']).default('A4'),
        marginsMm: Margins.default({ top: 25, right: 20, bottom: 25, left: 20 }),
        header: z
          .strictObject({ banner: z.boolean().default(true), reference: z.boolean().default(false) })
          .default({ banner: true, reference: false }),
        footer: z
          .strictObject({ banner: z.boolean().default(true), pageNumbers: z.boolean().default(true) })
          .default({ banner: true, pageNumbers: true }),
        logo: Logo.optional(),
      })
      .prefault({}),
    citations: z.strictObject({
      /** A built-in style id, or `csl` with the XML of a `.csl` file carried in the template. */
      style: z
        .union([z.enum(BUILT_IN_STYLES), z.strictObject({ csl: CslText })], {
          error: `must be one of the built-in styles (${BUILT_IN_STYLES.join(', ')}) or a CSL style file's XML, written { "csl": "<style …>…</style>" }.`,
        })
        .default('briefing-notes'),
      placement: z.enum(['footnotes', 'endnotes', 'author-date']).default('footnotes'),
      sourceList: z.boolean().default(true),
      sourceListTitle: nonEmpty(100).default('Sources'),
      /** Show "[B2]" (source grade, information credibility) in each note. */
      showGrades: z.boolean().default(false),
      /**
       * A note on the same source as the note before it: "Ibid." (where the style has it) or the short
       * form again. Unset, the style decides; `briefing-notes` gives the short form.
       */
      repeatedNote: z.enum(['ibid', 'short']).optional(),
      /**
       * The house convention of notes and the source list: British (15 December 2025, ‘single quotes’,
       * punctuation outside them) or American (December 15, 2025, “double quotes,” punctuation inside).
       * Unset: American, as CSL styles are written.
       */
      convention: z.enum(['british', 'american']).optional(),
      /**
       * Citing a retracted fact blocks the export (`block`, the default), or is a warning and the note
       * says "[Retracted YYYY-MM-DD]" (`warn`).
       */
      retracted: z.enum(['block', 'warn']).default('block'),
    }),
  })
  .superRefine((t, ctx) => {
    if (!t.classifications.some((c) => c.id === t.defaultClassification)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultClassification'],
        message: `must be one of the classification ids (${t.classifications.map((c) => c.id).join(', ')}).`,
      });
    }
    const markings = new Set<string>();
    t.classifications.forEach((c, i) => {
      if (markings.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['classifications', i, 'id'], message: `repeats "${c.id}".` });
      markings.add(c.id);
    });
    const seen = new Set<string>();
    t.sections.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `repeats "${s.id}".` });
      seen.add(s.id);
    });
    t.frontMatter.required.forEach((f, i) => {
      if (!t.frontMatter.fields.includes(f)) {
        ctx.addIssue({
          code: 'custom',
          path: ['frontMatter', 'required', i],
          message: `"${f}" must also be listed in frontMatter.fields.`,
        });
      }
    });
  });
export type Template = z.infer<typeof Template>;
export type TemplateInput = z.input<typeof Template>;

/** The CSL locale of a template's notes: its convention's, else American English. */
export const citationLocale = (citations: Pick<Template['citations'], 'convention'>) =>
  citations.convention === 'british' ? 'en-GB' : 'en-US';

/** JSON Schema of a template file, for editors (generated from the zod schema, never hand-written). */
export function templateJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Template, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
