import pdfmake from 'pdfmake';
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import type { RenderModel } from '../../core/render-model';

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
export async function renderPdf(model: RenderModel): Promise<Uint8Array> {
  configure();
  const heading = model.style.headingColour;
  const content: Content[] = [
    { text: model.title, style: 'title', tocItem: false },
    { text: model.date, italics: true, margin: [0, 0, 0, 12] },
  ];
  // pdfmake keeps one destination per line, so the back-link target is the paragraph, named after
  // its first note (`ref-3`); every note of that paragraph links back there.
  const backTarget = new Map<number, string>();
  for (const section of model.sections) {
    content.push({ text: section.heading, style: 'h1', outline: true } as ContentText);
    for (const p of section.paragraphs) {
      const numbers = p.runs.flatMap((run) => (run.kind === 'note' ? [run.number] : []));
      const anchor = numbers[0] === undefined ? undefined : `ref-${numbers[0]}`;
      if (anchor) for (const n of numbers) backTarget.set(n, anchor);
      content.push({
        ...(anchor ? { id: anchor } : {}),
        margin: [0, 0, 0, 6],
        text: p.runs.map((run) =>
          run.kind === 'text'
            ? { text: run.text }
            : {
                text: String(run.number),
                sup: true,
                color: heading,
                linkToDestination: `note-${run.number}`,
              },
        ),
      } as ContentText);
    }
  }
  if (model.notes.length > 0) {
    content.push({ text: 'Notes', style: 'h1', outline: true } as ContentText);
    for (const n of model.notes) {
      content.push({
        id: `note-${n.number}`,
        fontSize: model.style.bodySizePt - 1,
        margin: [0, 0, 0, 3],
        text: [
          { text: `${n.number}. `, linkToDestination: `ref-${n.number}`, color: heading },
          { text: n.text },
        ],
      } as ContentText);
    }
  }
  if (model.sourceList.entries.length > 0) {
    content.push({ text: model.sourceList.title, style: 'h1', outline: true } as ContentText);
    for (const e of model.sourceList.entries) {
      const before = e.url ? e.text.slice(0, e.text.lastIndexOf(e.url)) : e.text;
      content.push({
        margin: [0, 0, 0, 3],
        text: e.url ? [before, { text: e.url, link: e.url, color: '#1155CC' }, '.'] : [before],
      } as ContentText);
    }
  }

  const dd: TDocumentDefinitions = {
    pageSize: model.style.pageSize === 'A4' ? 'A4' : 'LETTER',
    pageMargins: [56, 60, 56, 60],
    info: {
      title: model.title,
      subject: model.templateName,
      creator: 'Briefing Builder',
      producer: 'Briefing Builder',
    },
    header: () => ({
      text: model.classification.label,
      alignment: 'center',
      bold: true,
      color: model.classification.colour,
      margin: [0, 24, 0, 0],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: model.classification.label, bold: true, color: model.classification.colour },
        { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right' },
      ],
      margin: [56, 20, 56, 0],
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: model.style.bodySizePt, lineHeight: 1.2 },
    styles: {
      title: { fontSize: model.style.bodySizePt * 2, bold: true, color: heading, margin: [0, 0, 0, 4] },
      h1: { fontSize: model.style.bodySizePt * 1.3, bold: true, color: heading, margin: [0, 12, 0, 6] },
    },
  };
  const buffer = await pdfmake.createPdf(dd).getBuffer();
  return new Uint8Array(buffer);
}
