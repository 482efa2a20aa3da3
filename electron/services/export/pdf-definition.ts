import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RenderModel, Run } from '../../core/render-model';
import type { Footnotes } from './pdf-footnotes';

/** Millimetres to points. */
export const pt = (mm: number) => mm * 2.8346;
const LINK_COLOUR = '#1155CC';

/**
 * pdfmake breaks an over-long word one character at a time, which takes seconds for a 10 000-character
 * run without spaces (a pasted hash or URL list): give such runs a zero-width break point every 100.
 */
const breakable = (text: string) =>
  text.length < 200 ? text : text.replace(/\S{200,}/g, (w) => w.replace(/(\S{100})/g, '$1\u200B'));

export function definition(model: RenderModel, footnotes: Footnotes | null): TDocumentDefinitions {
  const { style } = model;
  const heading = style.headingColour;
  const content: Content[] = [{ text: model.title, style: 'title' }];
  if (model.subtitle) content.push({ text: model.subtitle, style: 'subtitle' });
  content.push({ text: model.date, italics: true, margin: [0, 0, 0, model.frontMatter.length > 0 ? 4 : 12] });
  for (const { label, value } of model.frontMatter)
    content.push({ text: [{ text: `${label}: `, bold: true }, value], margin: [0, 0, 0, 2] });
  if (model.frontMatter.length > 0) content.push({ text: '', margin: [0, 0, 0, 8] });
  // Headings carry `tocItem`, so pdfmake lists them here with the page each landed on.
  const toc = style.tableOfContents === true;
  if (toc)
    content.push({
      toc: {
        title: { text: 'Contents', style: 'h1' },
        numberStyle: { color: style.textColour },
        textMargin: [0, 0, 0, 2],
      },
      margin: [0, 0, 0, 8],
    } as Content);
  // `headlineLevel` marks headings for `keepWithNext` (pdfmake's `pageBreakBefore`).
  const h1 = (text: string) =>
    ({
      text,
      style: 'h1',
      headlineLevel: 1,
      outline: true,
      ...(toc ? { tocItem: true } : {}),
    }) as ContentText;

  // Each note's number links back to its marker (`ref-N`, named where the marker is drawn).
  const backTarget = (n: number) => `ref-${n}`;
  // Each run where the block has it: formatted text, a link, a note marker where its chip stands.
  const inline = (runs: Run[], italics = false) =>
    runs.flatMap((run, i) => [
      // Markers side by side are kept apart by a raised comma ("4,5", not "45").
      ...(run.kind === 'note' && runs[i - 1]?.kind === 'note'
        ? [{ text: ',', sup: true, color: heading }]
        : []),
      run.kind === 'text'
        ? {
            text: breakable(run.text),
            italics: italics || run.italic === true,
            ...(run.bold ? { bold: true } : {}),
            ...(run.href ? { link: run.href, color: LINK_COLOUR, decoration: 'underline' as const } : {}),
          }
        : run.kind === 'cite'
          ? { text: ` ${run.text}`, italics }
          : { text: String(run.number), sup: true, color: heading, linkToDestination: `note-${run.number}` },
    ]);
  for (const section of model.sections) {
    content.push(h1(section.heading));
    if (section.table) {
      content.push({
        margin: [0, 0, 0, 8],
        table: {
          headerRows: 1,
          widths: ['*', 'auto', 'auto', 'auto', 'auto'],
          body: [
            section.table.columns.map((c) => ({ text: c, bold: true, fillColor: '#E7ECF5' })),
            ...section.table.rows.map((row) => row.map((cell) => ({ text: inline(cell) }))),
          ],
        },
        layout: { hLineColor: () => '#BFBFBF', vLineColor: () => '#BFBFBF' },
      } as Content);
    }
    // Consecutive bullets form one `ul`, consecutive numbered items one `ol` (numbered from 1).
    let list = null as { kind: 'bullet' | 'numbered'; items: ContentText[] } | null;
    for (const p of section.paragraphs) {
      const paragraph = {
        margin: [0, 0, 0, style.paragraphSpacingPt] as [number, number, number, number],
        text: [
          ...(p.isAssessment ? [{ text: 'Assessment: ', bold: true, italics: true }] : []),
          ...inline(p.runs, p.isAssessment),
        ],
      } as ContentText;
      if (p.kind === 'paragraph') {
        list = null;
        content.push(paragraph);
        continue;
      }
      if (list?.kind !== p.kind) {
        const items: ContentText[] = [];
        list = { kind: p.kind, items };
        const margin = [0, 0, 0, style.paragraphSpacingPt];
        content.push((p.kind === 'bullet' ? { ul: items, margin } : { ol: items, margin }) as Content);
      }
      list.items.push(paragraph);
    }
  }
  // The source's address as a live link where it appears in a note or the source list.
  const urls = new Map(model.sourceList?.entries.map((e) => [e.sourceId, e.url]) ?? []);
  const linked = (text: string, url: string | undefined) => {
    const at = url ? text.indexOf(url) : -1;
    return url && at >= 0
      ? [
          breakable(text.slice(0, at)),
          { text: url, link: url, color: LINK_COLOUR },
          breakable(text.slice(at + url.length)),
        ]
      : [breakable(text)];
  };
  if (model.notes.length > 0 && !footnotes) {
    content.push(h1('Notes'));
    for (const n of model.notes) {
      content.push({
        id: `note-${n.number}`,
        fontSize: style.bodySizePt - 1,
        margin: [0, 0, 0, 3],
        text: [
          { text: `${n.number}. `, linkToDestination: backTarget(n.number), color: heading },
          ...linked(n.text, urls.get(n.sourceId)),
        ],
      } as ContentText);
    }
  }
  if (model.sourceList && model.sourceList.entries.length > 0) {
    content.push(h1(model.sourceList.title));
    for (const e of model.sourceList.entries) {
      content.push({ margin: [0, 0, 0, 3], text: linked(e.text, e.url) } as ContentText);
    }
  }

  const m = style.marginsMm;
  const banner = { text: model.classification.label, bold: true, color: model.classification.colour };
  const bannerRow = (currentPage: number, pageCount: number) => ({
    columns: [
      style.footer.banner ? banner : { text: '' },
      { text: style.footer.pageNumbers ? `Page ${currentPage} of ${pageCount}` : '', alignment: 'right' },
    ],
  });
  // As the DOCX's Footnote Text: a point smaller than the body, single-spaced, no space between notes.
  const noteSize = style.bodySizePt - 1;
  const notes = new Map(model.notes.map((n) => [n.number, n]));
  if (footnotes)
    footnotes.noteNode = (number) => {
      const n = notes.get(number);
      return n
        ? ({
            fontSize: noteSize,
            lineHeight: 1,
            text: [
              { text: `${n.number}. `, linkToDestination: backTarget(n.number), color: heading },
              ...linked(n.text, urls.get(n.sourceId)),
            ],
          } as ContentText)
        : undefined;
    };
  const dd: TDocumentDefinitions = {
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
    header: () => ({
      margin: [pt(m.left), Math.max(10, pt(m.top) / 2 - 8), pt(m.right), 0],
      columns: [
        style.logo ? { image: style.logo.dataUri, width: pt(style.logo.widthMm) } : { text: '' },
        style.header.banner ? { ...banner, alignment: 'center' } : { text: '' },
        { text: style.header.reference && model.reference ? model.reference : '', alignment: 'right' },
      ],
    }),
    footer: (currentPage: number, pageCount: number): Content =>
      ({
        margin: [pt(m.left), Math.max(8, pt(m.bottom) / 2 - 8), pt(m.right), 0],
        ...bannerRow(currentPage, pageCount),
      }) as Content,
    content,
    pageBreakBefore: keepWithNext(pt(m.top), pageHeight(style) - pt(m.bottom)),
    defaultStyle: {
      font: 'Roboto',
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
        margin: [0, 12, 0, 6],
      },
    },
  };
  return dd;
}

/** What pdfmake tells `pageBreakBefore` of a node (0.3: `nodeInfo`). */
interface NodeInfo {
  headlineLevel?: number;
  pageNumbers: number[];
  startPosition?: { pageNumber: number; top: number };
}

/**
 * Keeps a heading with the first line of what follows it, as Word's "Keep with next" does: a heading
 * that nothing of the body follows on its page (it would stand alone at the page's foot, what follows
 * starting on the next page) starts the next page instead. pdfmake lays the document out again after
 * each such break (each pass resets the footnote hooks: `tryLayoutDocument`); its node positions are
 * those of the last pass, kept true by widow control when it moves lines on (`Placed.position`).
 * Header and footer (laid out after the body) lie outside the body's band, [top, bottom).
 */
function keepWithNext(top: number, bottom: number) {
  return (
    node: NodeInfo,
    nodes: { getFollowingNodesOnPage(): NodeInfo[]; getNodesOnNextPage(): NodeInfo[] },
  ): boolean => {
    const at = node.startPosition;
    if (node.headlineLevel === undefined || !at || node.pageNumbers.length !== 1) return false;
    const body = (n: NodeInfo) =>
      n.startPosition !== undefined && n.startPosition.top >= top - 0.01 && n.startPosition.top < bottom;
    const followed = nodes
      .getFollowingNodesOnPage()
      .some((n) => body(n) && n.startPosition?.pageNumber === at.pageNumber && n.startPosition.top > at.top);
    // The last heading of a document followed by nothing stays where it is.
    return !followed && nodes.getNodesOnNextPage().some(body) && at.top > top + 0.01;
  };
}

export const pageHeight = (style: RenderModel['style']) => (style.pageSize === 'A4' ? 841.89 : 792);
