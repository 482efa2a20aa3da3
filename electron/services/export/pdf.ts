import pdfmake from 'pdfmake';
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import type { RenderModel, Run } from '../../core/render-model';

const require = createRequire(import.meta.url);
const robotoDir = resolve(dirname(require.resolve('pdfmake/fonts/Roboto.js')), 'Roboto');
const roboto = {
  normal: resolve(robotoDir, 'Roboto-Regular.ttf'),
  bold: resolve(robotoDir, 'Roboto-Medium.ttf'),
  italics: resolve(robotoDir, 'Roboto-Italic.ttf'),
  bolditalics: resolve(robotoDir, 'Roboto-MediumItalic.ttf'),
};

let configured = false;
function configure(): void {
  if (configured) return;
  pdfmake.setFonts({ Roboto: roboto });
  // Exports never fetch anything: no URLs, and local reads only of the bundled fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => resolve(path).startsWith(robotoDir + sep));
  configured = true;
}

/**
 * Lays a render model out as a PDF. pdfmake has no footnotes, so notes are endnotes: each marker links
 * to its note and each note's number links back to the marker.
 */
const pt = (mm: number) => mm * 2.8346;

export async function renderPdf(model: RenderModel): Promise<Uint8Array> {
  configure();
  const { style } = model;
  const heading = style.headingColour;
  const content: Content[] = [{ text: model.title, style: 'title' }];
  if (model.subtitle) content.push({ text: model.subtitle, style: 'subtitle' });
  content.push({ text: model.date, italics: true, margin: [0, 0, 0, model.frontMatter.length > 0 ? 4 : 12] });
  for (const { label, value } of model.frontMatter)
    content.push({ text: [{ text: `${label}: `, bold: true }, value], margin: [0, 0, 0, 2] });
  if (model.frontMatter.length > 0) content.push({ text: '', margin: [0, 0, 0, 8] });

  // pdfmake keeps one destination per line, so the back-link target is the paragraph, named after
  // its first note (`ref-3`); every note of that paragraph links back there.
  const backTarget = new Map<number, string>();
  const inline = (runs: Run[], italics = false) =>
    runs.map((run) =>
      run.kind === 'text'
        ? { text: run.text, italics }
        : run.kind === 'cite'
          ? { text: ` ${run.text}`, italics }
          : { text: String(run.number), sup: true, color: heading, linkToDestination: `note-${run.number}` },
    );
  const anchorFor = (runs: Run[]) => {
    const numbers = runs.flatMap((run) => (run.kind === 'note' ? [run.number] : []));
    const anchor = numbers[0] === undefined ? undefined : `ref-${numbers[0]}`;
    if (anchor) for (const n of numbers) backTarget.set(n, anchor);
    return anchor ? { id: anchor } : {};
  };

  for (const section of model.sections) {
    content.push({ text: section.heading, style: 'h1', outline: true } as ContentText);
    if (section.table) {
      content.push({
        margin: [0, 0, 0, 8],
        table: {
          headerRows: 1,
          widths: ['*', 'auto', 'auto', 'auto', 'auto'],
          body: [
            section.table.columns.map((c) => ({ text: c, bold: true, fillColor: '#E7ECF5' })),
            ...section.table.rows.map((row) =>
              row.map((cell, i) => ({ ...(i === 0 ? anchorFor(cell) : {}), text: inline(cell) })),
            ),
          ],
        },
        layout: { hLineColor: () => '#BFBFBF', vLineColor: () => '#BFBFBF' },
      } as Content);
    }
    const paragraphs = section.paragraphs.map((p) => ({
      ...anchorFor(p.runs),
      margin: [0, 0, 0, style.paragraphSpacingPt] as [number, number, number, number],
      text: [
        ...(p.isAssessment ? [{ text: 'Assessment: ', bold: true, italics: true }] : []),
        ...inline(p.runs, p.isAssessment),
      ],
    }));
    if (section.kind === 'bullets' && paragraphs.length > 0)
      content.push({ ul: paragraphs, margin: [0, 0, 0, style.paragraphSpacingPt] } as Content);
    else content.push(...(paragraphs as ContentText[]));
  }
  if (model.notes.length > 0) {
    content.push({ text: 'Notes', style: 'h1', outline: true } as ContentText);
    for (const n of model.notes) {
      content.push({
        id: `note-${n.number}`,
        fontSize: style.bodySizePt - 1,
        margin: [0, 0, 0, 3],
        text: [
          { text: `${n.number}. `, linkToDestination: backTarget.get(n.number) ?? '', color: heading },
          { text: n.text },
        ],
      } as ContentText);
    }
  }
  if (model.sourceList && model.sourceList.entries.length > 0) {
    content.push({ text: model.sourceList.title, style: 'h1', outline: true } as ContentText);
    for (const e of model.sourceList.entries) {
      const before = e.url ? e.text.slice(0, e.text.lastIndexOf(e.url)) : e.text;
      content.push({
        margin: [0, 0, 0, 3],
        text: e.url ? [before, { text: e.url, link: e.url, color: '#1155CC' }, '.'] : [before],
      } as ContentText);
    }
  }

  const m = style.marginsMm;
  const banner = { text: model.classification.label, bold: true, color: model.classification.colour };
  const dd: TDocumentDefinitions = {
    pageSize: style.pageSize === 'A4' ? 'A4' : 'LETTER',
    pageMargins: [pt(m.left), pt(m.top), pt(m.right), pt(m.bottom)],
    info: {
      title: model.title,
      subject: model.templateName,
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
    footer: (currentPage: number, pageCount: number) => ({
      margin: [pt(m.left), Math.max(8, pt(m.bottom) / 2 - 8), pt(m.right), 0],
      columns: [
        style.footer.banner ? banner : { text: '' },
        { text: style.footer.pageNumbers ? `Page ${currentPage} of ${pageCount}` : '', alignment: 'right' },
      ],
    }),
    content,
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
  const buffer = await pdfmake.createPdf(dd).getBuffer();
  return new Uint8Array(buffer);
}
