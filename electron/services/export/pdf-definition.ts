import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { textOn } from '../../core/contrast';
import {
  entryLinks,
  noteSourceIds,
  noteSegments,
  SOURCE_LIST_KEPT,
  type RenderModel,
  type Run,
} from '../../core/render-model';
import { DOCUMENT_LANGUAGE } from './document-language';
import { paragraphDirection } from './paragraph-direction';
import { pdfFontFamily, withFallbackFonts } from './pdf-fonts';
import type { Footnotes } from './pdf-footnotes';
import { TAG, type PdfTag, type StructType, type TagStep } from './pdf-tagging';

/** Millimetres to points. */
export const pt = (mm: number) => mm * 2.8346;
const LINK_COLOUR = '#1155CC';

/**
 * pdfmake breaks an over-long word one character at a time, which takes seconds for a 10 000-character
 * run without spaces (a pasted hash or URL list): give such runs a zero-width break point every 100.
 */
const breakable = (text: string) =>
  text.length < 200 ? text : text.replace(/\S{200,}/g, (w) => w.replace(/(\S{100})/g, '$1\u200B'));

/** A node with its place in the structure tree (see pdf-tagging.ts). */
const tagged = <T extends object>(node: T, tag: PdfTag): T => Object.assign(node, { [TAG]: tag });

/** How a PDF is written: tagged for accessibility unless a benchmark asks for the untagged baseline. */
export interface PdfOptions {
  tagged?: boolean;
}

export function definition(
  model: RenderModel,
  footnotes: Footnotes | null,
  { tagged: isTagged = true }: PdfOptions = {},
): TDocumentDefinitions {
  const { style } = model;
  const heading = style.headingColour;
  let keys = 0;
  /** A structure element of its own (a paragraph, a heading, a list…). */
  const step = (type: StructType, extra: Omit<TagStep, 'key' | 'type'> = {}): TagStep => ({
    key: `${type}${keys++}`,
    type,
    ...extra,
  });
  const block = (node: ContentText, type: StructType = 'P') => tagged(node, [step(type)]);
  /**
   * A line of the document's own (its title, subtitle, a heading) in the direction of its first strong
   * letter, as a body paragraph is: an Arabic or Hebrew title with Latin words in it is set from the
   * right margin and reordered at paragraph level 1 (see pdf-bidi.ts), not left to right as a whole.
   */
  const headed = (text: string): object =>
    paragraphDirection([{ text }]) === 'rtl' ? { direction: 'rtl', alignment: 'right' } : {};
  const content: Content[] = [block({ text: model.title, style: 'title', ...headed(model.title) }, 'H1')];
  if (model.subtitle)
    content.push(block({ text: model.subtitle, style: 'subtitle', ...headed(model.subtitle) }));
  content.push(
    block({ text: model.date, italics: true, margin: [0, 0, 0, model.frontMatter.length > 0 ? 4 : 12] }),
  );
  for (const { label, value } of model.frontMatter)
    content.push(block({ text: [{ text: `${label}: `, bold: true }, value], margin: [0, 0, 0, 2] }));
  if (model.frontMatter.length > 0)
    content.push(tagged<ContentText>({ text: '', margin: [0, 0, 0, 8] }, 'artifact'));
  // Headings carry `tocItem`, so pdfmake lists them here with the page each landed on.
  const toc = style.tableOfContents === true;
  if (toc)
    content.push({
      toc: {
        title: block({ text: 'Contents', style: 'h1' }, 'H2'),
        numberStyle: { color: style.textColour },
        textMargin: [0, 0, 0, 2],
      },
      margin: [0, 0, 0, 8],
    } as Content);
  // `headlineLevel` marks headings for `keepWithNext` (pdfmake's `pageBreakBefore`).
  const h1 = (text: string) =>
    block(
      {
        text,
        style: 'h1',
        ...headed(text),
        headlineLevel: 1,
        outline: true,
        ...(toc ? { tocItem: true } : {}),
      } as ContentText,
      'H2',
    );
  // The element each note is first cited in (at the top of the tree): a footnote is read after it.
  const citedIn = new Map<number, string>();
  const cites = (runs: Run[], key: string) => {
    for (const run of runs) if (run.kind === 'note' && !citedIn.has(run.number)) citedIn.set(run.number, key);
  };

  // Each note's number links back to its marker (`ref-N`, named where the marker is drawn).
  const backTarget = (n: number) => `ref-${n}`;
  // Each run where the block has it: formatted text, a link, a note marker where its chip stands.
  const inline = (runs: Run[], italics = false) =>
    runs.flatMap((run, i) => [
      // Markers side by side are kept apart by a raised comma ("4,5", not "45"). A marker (with that
      // comma) is a unit of its own for the bidirectional algorithm (`bidiNote`, see pdf-bidi.ts).
      ...(run.kind === 'note' && runs[i - 1]?.kind === 'note'
        ? [{ text: ',', sup: true, color: heading, bidiNote: true }]
        : []),
      run.kind === 'text'
        ? {
            text: breakable(run.text),
            italics: italics || run.italic === true,
            ...(run.bold ? { bold: true } : {}),
            ...(run.href ? { link: run.href, color: LINK_COLOUR, decoration: 'underline' as const } : {}),
          }
        : run.kind === 'cite'
          ? // Its right-to-left stretches (a title) set apart from its punctuation and year: see pdf-bidi.ts.
            { text: ` ${run.text}`, italics, bidiIsolate: true }
          : {
              text: String(run.number),
              sup: true,
              color: heading,
              linkToDestination: `note-${run.number}`,
              bidiNote: true,
            },
    ]);
  for (const section of model.sections) {
    content.push(h1(section.heading));
    if (section.table) {
      // Header cells are column headers (TH, scope Column) for the cells below them.
      const table = step('Table');
      const row = () => step('TR');
      const header = row();
      content.push({
        margin: [0, 0, 0, 8],
        table: {
          headerRows: 1,
          widths: ['*', 'auto', 'auto', 'auto', 'auto'],
          body: [
            section.table.columns.map((c) =>
              tagged({ text: c, bold: true, fillColor: '#E7ECF5' }, [
                table,
                header,
                step('TH', { scope: 'Column' }),
              ]),
            ),
            ...section.table.rows.map((cells) => {
              const tr = row();
              return cells.map((cell) => {
                cites(cell, table.key);
                return tagged({ text: inline(cell) }, [table, tr, step('TD')]);
              });
            }),
          ],
        },
        layout: { hLineColor: () => '#BFBFBF', vLineColor: () => '#BFBFBF' },
      } as Content);
    }
    // Consecutive bullets form one `ul`, consecutive numbered items one `ol` (numbered from 1).
    let list = null as { kind: 'bullet' | 'numbered'; items: ContentText[]; tag: TagStep } | null;
    for (const p of section.paragraphs) {
      const paragraph = {
        margin: [0, 0, 0, style.paragraphSpacingPt] as [number, number, number, number],
        text: [
          ...(p.isAssessment ? [{ text: 'Assessment: ', bold: true, italics: true }] : []),
          ...inline(p.runs, p.isAssessment),
        ],
      } as ContentText;
      const direction = paragraphDirection(
        p.runs.map((r) => (r.kind === 'note' ? { text: '' } : { text: r.text, cite: r.kind === 'cite' })),
      );
      if (direction === 'rtl') Object.assign(paragraph, { direction: 'rtl', alignment: 'right' });
      if (p.kind === 'paragraph') {
        list = null;
        const tag = step('P');
        cites(p.runs, tag.key);
        content.push(tagged(paragraph, [tag]));
        continue;
      }
      if (list?.kind !== p.kind) {
        const items: ContentText[] = [];
        list = { kind: p.kind, items, tag: step('L') };
        const margin = [0, 0, 0, style.paragraphSpacingPt];
        content.push((p.kind === 'bullet' ? { ul: items, margin } : { ol: items, margin }) as Content);
      }
      cites(p.runs, list.tag.key);
      list.items.push(tagged(paragraph, [list.tag, step('LI'), step('LBody')]));
    }
  }
  // The source's address and its DOI's as live links where they appear in a note or the source list.
  const links = new Map(model.sourceList?.entries.map((e) => [e.sourceId, entryLinks(e)]) ?? []);
  // A note's or entry's right-to-left fields (a name, an outlet, a title) each isolated from the text
  // around them: see pdf-bidi.ts.
  const linked = (entry: Parameters<typeof noteSegments>[0], addresses: readonly string[]) =>
    noteSegments(entry, addresses).map((seg) => {
      const marks = {
        ...(seg.italic ? { italics: true } : {}),
        ...(seg.isolate !== undefined ? { bidiField: seg.isolate } : {}),
      };
      if (seg.link) return { text: seg.link, link: seg.link, color: LINK_COLOUR, ...marks };
      return Object.keys(marks).length > 0 ? { text: breakable(seg.text), ...marks } : breakable(seg.text);
    });
  /** A right-to-left note or entry (`isolatedDirection`) is set from the right margin, as a body paragraph. */
  const directed = (entry: { direction?: 'rtl' }): object =>
    entry.direction === 'rtl' ? { direction: 'rtl', alignment: 'right' } : {};
  /** A note's element; a footnote's is read after the element that first cites it. */
  const noteStep = (number: number, foot: boolean): TagStep => {
    const after = foot ? citedIn.get(number) : undefined;
    return { key: `note-${number}`, type: 'Note', id: `note-${number}`, ...(after ? { after } : {}) };
  };
  if (model.notes.length > 0 && !footnotes) {
    content.push(h1('Notes'));
    for (const n of model.notes) {
      content.push(
        tagged(
          {
            id: `note-${n.number}`,
            fontSize: style.bodySizePt - 1,
            margin: [0, 0, 0, 3],
            ...directed(n),
            text: [
              { text: `${n.number}. `, linkToDestination: backTarget(n.number), color: heading },
              ...linked(
                n,
                noteSourceIds(n).flatMap((id) => links.get(id) ?? []),
              ),
            ],
          } as ContentText,
          [noteStep(n.number, false)],
        ),
      );
    }
  }
  if (model.sourceList && model.sourceList.entries.length > 0) {
    // Named for `keepWithNext`, which keeps it with its first entries, not only the first line after it.
    content.push(Object.assign(h1(model.sourceList.title), { id: SOURCE_LIST_ID }));
    for (const e of model.sourceList.entries) {
      content.push(
        block({ margin: [0, 0, 0, 3], ...directed(e), text: linked(e, entryLinks(e)) } as ContentText),
      );
    }
  }

  const m = style.marginsMm;
  const banner = tagged(
    { text: model.classification.label, bold: true, color: model.classification.colour },
    'artifact',
  );
  const bannerRow = (currentPage: number, pageCount: number) => ({
    columns: [
      style.footer.banner ? { ...banner } : { text: '' },
      tagged(
        { text: style.footer.pageNumbers ? `Page ${currentPage} of ${pageCount}` : '', alignment: 'right' },
        'artifact',
      ),
    ],
  });
  // As the DOCX's Footnote Text: a point smaller than the body, single-spaced, no space between notes.
  const noteSize = style.bodySizePt - 1;
  const notes = new Map(model.notes.map((n) => [n.number, n]));
  // Runs in scripts the body font lacks are drawn in the fonts that have them (see pdf-fonts.ts).
  const font = pdfFontFamily(style.fontFamily);
  const fallback = <T>(node: T) => withFallbackFonts(node, font);
  if (footnotes)
    footnotes.noteNode = (number) => {
      const n = notes.get(number);
      return n
        ? fallback(
            tagged(
              {
                fontSize: noteSize,
                lineHeight: 1,
                ...directed(n),
                text: [
                  { text: `${n.number}. `, linkToDestination: backTarget(n.number), color: heading },
                  ...linked(
                    n,
                    noteSourceIds(n).flatMap((id) => links.get(id) ?? []),
                  ),
                ],
              } as ContentText,
              [noteStep(n.number, true)],
            ),
          )
        : undefined;
    };
  const logoAlt = `Logo: ${model.templateName}`;
  const dd: TDocumentDefinitions = {
    // Tagged (PDF/UA-1): a structure tree, the title shown as the window's title, the language, XMP.
    // PDF/A-2a (archival) as the template asks: pdfkit adds its metadata and an sRGB output intent.
    ...({
      tagged: isTagged,
      displayTitle: true,
      subset: style.pdfStandard === 'PDF/A-2a' ? 'PDF/A-2a' : isTagged ? 'PDF/UA' : undefined,
      version: '1.7',
      language: DOCUMENT_LANGUAGE,
    } as object),
    pageSize: style.pageSize === 'A4' ? 'A4' : 'LETTER',
    // With footnotes, the margins carry the document's notes: see `footnoteHooks`.
    pageMargins: {
      left: pt(m.left),
      top: pt(m.top),
      right: pt(m.right),
      bottom: pt(m.bottom),
      ...(footnotes ? { footnotes } : {}),
    } as unknown as TDocumentDefinitions['pageMargins'],
    info: {
      title: model.title,
      ...(model.author ? { author: model.author } : {}),
      subject: model.subtitle ?? model.templateName,
      keywords: [model.templateName, model.classification.label].join(', '),
      creator: 'Briefing Builder',
      producer: 'Briefing Builder',
    },
    // The logo is a figure on the first page, and page furniture like the rest of the header after it.
    // As the editor shows it (and the DOCX: docx.ts `header`): the banner a coloured bar across the
    // page, its label centred, the reference at its right, in the colour that reads on the bar.
    header: (currentPage: number) => {
      const bar = style.header.banner;
      const ink = bar ? { color: textOn(model.classification.colour) } : {};
      // The sides share the width alike, so the label sits at the page's centre whatever the logo's width.
      const columns = {
        columns: [
          {
            width: '*',
            stack: [
              style.logo
                ? tagged(
                    { image: style.logo.dataUri, width: pt(style.logo.widthMm) },
                    currentPage === 1
                      ? [{ key: 'logo', type: 'Figure', alt: logoAlt, first: true }]
                      : 'artifact',
                  )
                : { text: '' },
            ],
          },
          bar ? tagged({ ...banner, ...ink, width: 'auto' }, 'artifact') : { text: '', width: 'auto' },
          tagged(
            {
              text: style.header.reference && model.reference ? model.reference : '',
              alignment: 'right',
              width: '*',
              ...ink,
            },
            'artifact',
          ),
        ],
      };
      return fallback({
        margin: [pt(m.left), Math.max(10, pt(m.top) / 2 - 8), pt(m.right), 0],
        ...(bar
          ? {
              table: {
                widths: ['*'],
                body: [[{ ...columns, fillColor: model.classification.colour, margin: [4, 2, 4, 1] }]],
              },
              layout: 'noBorders',
            }
          : columns),
      }) as Content;
    },
    footer: (currentPage: number, pageCount: number): Content =>
      fallback({
        margin: [pt(m.left), Math.max(8, pt(m.bottom) / 2 - 8), pt(m.right), 0],
        ...bannerRow(currentPage, pageCount),
      }) as Content,
    content: fallback(content),
    pageBreakBefore: keepWithNext(
      pt(m.top),
      pageHeight(style) - pt(m.bottom),
      Math.min(SOURCE_LIST_KEPT, model.sourceList?.entries.length ?? 0),
    ),
    defaultStyle: {
      font,
      fontSize: style.bodySizePt,
      lineHeight: style.lineSpacing,
      color: style.textColour,
    },
    styles: {
      title: { fontSize: style.bodySizePt * 2, bold: true, color: heading, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: style.bodySizePt * 1.2, color: heading, margin: [0, 0, 0, 4] },
      h1: {
        fontSize: style.headingSizePt ?? style.bodySizePt * 1.3,
        bold: true,
        color: heading,
        font: pdfFontFamily(style.headingFontFamily ?? style.fontFamily),
        margin: [0, 12, 0, 6],
      },
    },
  };
  return dd;
}

/** What pdfmake tells `pageBreakBefore` of a node (0.3: `nodeInfo`). */
interface NodeInfo {
  id?: string;
  headlineLevel?: number;
  pageNumbers: number[];
  startPosition?: { pageNumber: number; top: number };
}

/** The source list's heading (also a named destination). */
const SOURCE_LIST_ID = 'source-list';

/**
 * Keeps a heading with the first line of what follows it, as Word's "Keep with next" does: a heading
 * that nothing of the body follows on its page (it would stand alone at the page's foot, what follows
 * starting on the next page) starts the next page instead. The source list's heading keeps its first
 * `entriesKept` entries, whole, on its page (the DOCX keeps them with next alike). pdfmake lays the
 * document out again after each such break (each pass resets the footnote hooks: `tryLayoutDocument`);
 * its node positions are those of the last pass, kept true by widow control when it moves lines on
 * (`Placed.position`). Header and footer (laid out after the body) lie outside the body's band, [top, bottom).
 */
function keepWithNext(top: number, bottom: number, entriesKept: number) {
  return (
    node: NodeInfo,
    nodes: { getFollowingNodesOnPage(): NodeInfo[]; getNodesOnNextPage(): NodeInfo[] },
  ): boolean => {
    const at = node.startPosition;
    if (node.headlineLevel === undefined || !at || node.pageNumbers.length !== 1) return false;
    if (at.top <= top + 0.01) return false;
    const body = (n: NodeInfo) =>
      n.startPosition !== undefined && n.startPosition.top >= top - 0.01 && n.startPosition.top < bottom;
    const following = nodes
      .getFollowingNodesOnPage()
      .filter(
        (n) => body(n) && n.startPosition?.pageNumber === at.pageNumber && n.startPosition.top > at.top,
      );
    if (node.id === SOURCE_LIST_ID && entriesKept > 0) {
      // Its first entries start here and end here (an entry broken across the page leaves it alone too).
      const first = following.slice(0, entriesKept);
      return first.length < entriesKept || first.some((n) => n.pageNumbers.length !== 1);
    }
    // The last heading of a document followed by nothing stays where it is.
    return following.length === 0 && nodes.getNodesOnNextPage().some(body);
  };
}

export const pageHeight = (style: RenderModel['style']) => (style.pageSize === 'A4' ? 841.89 : 792);
