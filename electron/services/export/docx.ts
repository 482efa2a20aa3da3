import {
  AlignmentType,
  Document,
  EndnoteReferenceRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { RenderModel, RenderParagraph } from '../../core/render-model';

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

function banner(model: RenderModel, withPages: boolean): Paragraph {
  const children: ParagraphChild[] = [
    new TextRun({ text: model.classification.label, bold: true, color: hex(model.classification.colour) }),
  ];
  if (withPages) {
    children.push(new TextRun({ text: '\tPage ' }), new TextRun({ children: [PageNumber.CURRENT] }));
    children.push(new TextRun({ text: ' of ' }), new TextRun({ children: [PageNumber.TOTAL_PAGES] }));
  }
  return new Paragraph({ alignment: withPages ? AlignmentType.LEFT : AlignmentType.CENTER, children });
}

function paragraphRuns(p: RenderParagraph, model: RenderModel): ParagraphChild[] {
  return p.runs.map((run) => {
    if (run.kind === 'text') return new TextRun(run.text);
    return model.placement === 'endnotes'
      ? new EndnoteReferenceRun(run.number)
      : new FootnoteReferenceRun(run.number);
  });
}

/** Lays a render model out as a Word document with real footnotes (or endnotes) and a source list. */
export async function renderDocx(model: RenderModel): Promise<Uint8Array> {
  const notes = Object.fromEntries(
    model.notes.map((n) => [String(n.number), { children: [new Paragraph(n.text)] }]),
  );
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({ children: [new TextRun({ text: model.date, italics: true })] }),
  ];
  for (const section of model.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const p of section.paragraphs) body.push(new Paragraph({ children: paragraphRuns(p, model) }));
  }
  if (model.sourceList.entries.length > 0) {
    body.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(model.sourceList.title)] }),
    );
    for (const entry of model.sourceList.entries) {
      const text = entry.url ? entry.text.slice(0, entry.text.lastIndexOf(entry.url)) : entry.text;
      const children: ParagraphChild[] = [new TextRun(text)];
      if (entry.url) {
        children.push(
          new ExternalHyperlink({
            link: entry.url,
            children: [new TextRun({ text: entry.url, style: 'Hyperlink' })],
          }),
          new TextRun('.'),
        );
      }
      body.push(new Paragraph({ children }));
    }
  }

  const doc = new Document({
    title: model.title,
    subject: model.templateName,
    creator: 'Briefing Builder',
    description: `${model.classification.label} — ${model.date}`,
    styles: {
      default: {
        document: { run: { font: model.style.fontFamily, size: Math.round(model.style.bodySizePt * 2) } },
        heading1: {
          run: {
            color: hex(model.style.headingColour),
            bold: true,
            size: Math.round(model.style.bodySizePt * 2.6),
          },
        },
        title: {
          run: { color: hex(model.style.headingColour), size: Math.round(model.style.bodySizePt * 4) },
        },
      },
    },
    ...(model.placement === 'endnotes' ? { endnotes: notes } : { footnotes: notes }),
    sections: [
      {
        properties: {
          page: {
            size:
              model.style.pageSize === 'A4'
                ? { width: 11906, height: 16838 }
                : { width: 12240, height: 15840 },
          },
        },
        headers: { default: new Header({ children: [banner(model, false)] }) },
        footers: { default: new Footer({ children: [banner(model, true)] }) },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
