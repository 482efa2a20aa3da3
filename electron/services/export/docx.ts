import {
  AlignmentType,
  BorderStyle,
  Document,
  EndnoteReferenceRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  NumberFormat,
  createEndnoteProperties,
  EndnotePosition,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  SectionType,
  ShadingType,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { textOn } from '../../core/contrast';
import {
  entryLinks,
  noteSourceIds,
  noteSegments,
  SOURCE_LIST_KEPT,
  type RenderModel,
  type RenderParagraph,
  type Run,
} from '../../core/render-model';
import { isolateCitation, PDI, RLI, RTL } from '../../core/bidi-isolate';
import { DOCUMENT_LANGUAGE } from './document-language';
import { hanLanguage } from './han-language';
import { paragraphDirection } from './paragraph-direction';
import { decodeImage } from './image';

const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const twips = (mm: number) => Math.round(mm * 56.6929);
const halfPoints = (pt: number) => Math.round(pt * 2);

/** `w:lang`'s East Asian language for each language `hanLanguage` tells. */
const EAST_ASIAN = { ja: 'ja-JP', zh: 'zh-CN' } as const;

/**
 * A run's language for its Han and kana (`w:lang w:eastAsia`), Japanese or Chinese as the text it stands
 * in says (`hanLanguage`, as the PDF decides its font and tag): Word and LibreOffice choose the East
 * Asian font, and so the glyph forms (直, 述, 外 differ), and spelling and screen readers the language
 * by it. Nothing for a run with no Han or kana: such documents are written as before.
 */
function eastAsian(text: string, context = text): { language?: { value: string; eastAsia: string } } {
  const lang = hanLanguage(text, context);
  return lang ? { language: { value: DOCUMENT_LANGUAGE, eastAsia: EAST_ASIAN[lang] } } : {};
}

/** A run of plain text, with its East Asian language where it has Han or kana. */
const textRun = (text: string) => new TextRun({ text, ...eastAsian(text) });

/** A paragraph's runs: formatted text, links, and each note reference where its chip stands. */
function runs(list: Run[], model: RenderModel, italics = false): ParagraphChild[] {
  // The paragraph's text, to tell its Han Japanese or Chinese (a kanji-only run in a Japanese sentence).
  const context = list.map((run) => (run.kind === 'note' ? '' : run.text)).join('');
  return list.flatMap((run, i): ParagraphChild[] => {
    // Markers side by side are kept apart by a raised comma ("4,5", not "45").
    const comma =
      run.kind === 'note' && list[i - 1]?.kind === 'note'
        ? [new TextRun({ text: ',', superScript: true })]
        : [];
    if (run.kind === 'text') {
      const marks = {
        text: run.text,
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic || italics ? { italics: true } : {}),
        ...eastAsian(run.text, context),
      };
      return [
        run.href
          ? new ExternalHyperlink({
              link: run.href,
              children: [new TextRun({ ...marks, style: 'Hyperlink' })],
            })
          : new TextRun(marks),
      ];
    }
    // A citation an isolate of its own direction, its right-to-left stretches (a source's Arabic title)
    // isolated inside it, as in the PDF and the preview: after an Arabic paragraph its parenthesis, year
    // and locator keep their order, and the punctuation and year after a title stay outside the title's run.
    // Only where right-to-left text is there to need it (in the citation or its paragraph): in a paragraph
    // all left to right the marks would change nothing, and readers that keep them (a search, pandoc,
    // a screen reader) would meet them.
    if (run.kind === 'cite')
      return [
        new TextRun({
          text: ` ${RTL.test(context) ? isolateCitation(run.text) : run.text}`,
          italics,
          ...eastAsian(run.text, context),
        }),
      ];
    return [
      ...comma,
      model.placement === 'endnotes'
        ? new EndnoteReferenceRun(run.number)
        : new FootnoteReferenceRun(run.number),
    ];
  });
}

/**
 * Word list settings for a paragraph: bullets in "List Bullet", numbered items in "List Number", each
 * run of consecutive numbered items its own list (`instance`), so numbering starts again at 1.
 */
function listOf(kind: RenderParagraph['kind'], numberedList: number) {
  if (kind === 'bullet') return { style: 'ListBullet', numbering: { reference: 'bullets', level: 0 } };
  if (kind === 'numbered')
    return { style: 'ListNumber', numbering: { reference: 'numbered', level: 0, instance: numberedList } };
  return {};
}

/**
 * A note or source-list entry: its titles in italics, its address a live link, each of its right-to-left
 * fields (a name, an outlet, a title) between RLI and PDI, as the PDF and the preview isolate them: the
 * punctuation, "quoted in" and date around a field keep their order (a field in several runs, a title
 * partly in italics, is one isolate).
 */
function linked(entry: Parameters<typeof noteSegments>[0], links: readonly string[]): ParagraphChild[] {
  const segments = noteSegments(entry, links);
  const context = segments.map((seg) => seg.text).join('');
  return segments.map((seg, i) => {
    const italics = seg.italic === true;
    const isolated = seg.isolate !== undefined;
    const text =
      (isolated && segments[i - 1]?.isolate !== seg.isolate ? RLI : '') +
      seg.text +
      (isolated && segments[i + 1]?.isolate !== seg.isolate ? PDI : '');
    // A right-to-left field is a right-to-left run (w:rtl) in the note's paragraph, whatever its direction.
    const lang = { ...eastAsian(seg.text, context), ...(isolated ? { rightToLeft: true } : {}) };
    return seg.link
      ? new ExternalHyperlink({
          link: seg.link,
          children: [new TextRun({ text, style: 'Hyperlink', ...(italics ? { italics } : {}), ...lang })],
        })
      : new TextRun({ text, ...(italics ? { italics } : {}), ...lang });
  });
}

/** A right-to-left note or entry (`isolatedDirection`): a right-to-left paragraph (w:bidi), as in the body. */
const bidi = (entry: { direction?: 'rtl' }) => (entry.direction === 'rtl' ? { bidirectional: true } : {});

function header(model: RenderModel): Header {
  const { style } = model;
  const children: ParagraphChild[] = [];
  if (style.logo) {
    const img = decodeImage(style.logo.dataUri);
    const width = Math.round((style.logo.widthMm / 25.4) * 96);
    children.push(
      new ImageRun({
        type: img.type,
        data: img.bytes,
        transformation: { width, height: Math.round((width * img.height) / img.width) },
        // Said by screen readers, as the PDF's figure (pdf-definition.ts).
        altText: { name: 'Logo', title: 'Logo', description: `Logo: ${model.templateName}` },
      }),
    );
  }
  // As the editor shows it (and the PDF: pdf-definition.ts `header`): the banner a coloured bar across
  // the page (the paragraph's shading), its label at the centre tab, the reference at the right tab,
  // in the colour that reads on the bar.
  const bar = style.header.banner;
  const ink = bar ? { color: hex(textOn(model.classification.colour)) } : {};
  children.push(new TextRun({ text: '\t' }));
  if (bar) children.push(new TextRun({ text: model.classification.label, bold: true, ...ink }));
  if (style.header.reference && model.reference)
    children.push(new TextRun({ text: `\t${model.reference}`, ...ink }));
  const width = (style.pageSize === 'A4' ? 210 : 215.9) - style.marginsMm.left - style.marginsMm.right;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        tabStops: [
          { type: TabStopType.CENTER, position: twips(width / 2) },
          { type: TabStopType.RIGHT, position: twips(width) },
        ],
        ...(bar
          ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(model.classification.colour) } }
          : {}),
        children,
      }),
    ],
  });
}

function footer(model: RenderModel): Footer {
  const { style } = model;
  const children: ParagraphChild[] = [];
  if (style.footer.banner)
    children.push(
      new TextRun({ text: model.classification.label, bold: true, color: hex(model.classification.colour) }),
    );
  if (style.footer.pageNumbers) {
    children.push(new TextRun({ text: '\tPage ' }), new TextRun({ children: [PageNumber.CURRENT] }));
    children.push(new TextRun({ text: ' of ' }), new TextRun({ children: [PageNumber.TOTAL_PAGES] }));
  }
  const width = (style.pageSize === 'A4' ? 210 : 215.9) - style.marginsMm.left - style.marginsMm.right;
  return new Footer({
    children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: twips(width) }], children })],
  });
}

function table(t: NonNullable<RenderModel['sections'][number]['table']>, model: RenderModel): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (children: ParagraphChild[], isHeader = false) =>
    new TableCell({
      borders,
      children: [new Paragraph({ children })],
      ...(isHeader ? { shading: { fill: 'E7ECF5' } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: t.columns.map((c) => cell([new TextRun({ text: c, bold: true, ...eastAsian(c) })], true)),
      }),
      ...t.rows.map((row) => new TableRow({ children: row.map((c) => cell(runs(c, model))) })),
    ],
  });
}

/** Lays a render model out as a Word document with real footnotes (or endnotes) and a source list. */
export async function renderDocx(model: RenderModel, onWrite?: () => void): Promise<Uint8Array> {
  const { style } = model;
  const links = new Map(model.sourceList?.entries.map((e) => [e.sourceId, entryLinks(e)]) ?? []);
  const noteStyle = model.placement === 'endnotes' ? 'EndnoteText' : 'FootnoteText';
  const notes = Object.fromEntries(
    model.notes.map((n) => [
      String(n.number),
      {
        children: [
          new Paragraph({
            style: noteStyle,
            ...bidi(n),
            children: linked(
              n,
              noteSourceIds(n).flatMap((id) => links.get(id) ?? []),
            ),
          }),
        ],
      },
    ]),
  );
  const body: Array<Paragraph | Table | TableOfContents> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [textRun(model.title)] }),
  ];
  if (model.subtitle) body.push(new Paragraph({ style: 'Subtitle', children: [textRun(model.subtitle)] }));
  body.push(new Paragraph({ children: [new TextRun({ text: model.date, italics: true })] }));
  for (const { label, value } of model.frontMatter) {
    body.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), textRun(value)] }));
  }
  if (style.tableOfContents) {
    // A Word TOC field over headings 1–2, written with its entries (from our headings) so readers that
    // never update fields (LibreOffice, pandoc) still list them; Word refreshes the page numbers on open.
    body.push(new Paragraph({ style: 'TOCHeading', children: [new TextRun('Contents')] }));
    body.push(new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }));
  }
  let numberedLists = 0;
  for (const section of model.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun(section.heading)] }));
    if (section.table) body.push(table(section.table, model));
    let previous: RenderParagraph['kind'] | undefined;
    for (const p of section.paragraphs) {
      if (p.kind === 'numbered' && previous !== 'numbered') numberedLists += 1;
      previous = p.kind;
      const lead = p.isAssessment ? [new TextRun({ text: 'Assessment: ', bold: true, italics: true })] : [];
      // A paragraph opening in Arabic or Hebrew is a right-to-left paragraph (w:bidi): it starts at the
      // right margin, a list item's bullet or number at its right (as the PDF sets it).
      const direction = paragraphDirection(
        p.runs.map((r) => (r.kind === 'note' ? { text: '' } : { text: r.text, cite: r.kind === 'cite' })),
      );
      body.push(
        new Paragraph({
          ...listOf(p.kind, numberedLists),
          ...(direction === 'rtl' ? { bidirectional: true } : {}),
          children: [...lead, ...runs(p.runs, model, p.isAssessment)],
        }),
      );
    }
  }
  const sourceList: Paragraph[] = [];
  if (model.sourceList && model.sourceList.entries.length > 0) {
    sourceList.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(model.sourceList.title)] }),
    );
    // The heading keeps with next; so do its first entries but the last of them, each whole: the list
    // never starts alone at a page's foot (as the PDF: SOURCE_LIST_KEPT in pdf-definition.ts).
    const kept = Math.min(SOURCE_LIST_KEPT, model.sourceList.entries.length);
    model.sourceList.entries.forEach((entry, i) =>
      sourceList.push(
        new Paragraph({
          ...(i < kept ? { keepLines: true, keepNext: i < kept - 1 } : {}),
          ...bidi(entry),
          children: linked(entry, entryLinks(entry)),
        }),
      ),
    );
  }

  const headingFont = style.headingFontFamily ?? style.fontFamily;
  const headingSize = style.headingSizePt ?? style.bodySizePt * 1.3;
  // Heading 1 and Word's "TOC Heading" look alike (the contents title must not list itself).
  // Headings stay on the page of the first line that follows them, whole (Word's own Heading styles
  // keep with next; the docx package's defaults do not).
  const keep = { keepNext: true, keepLines: true };
  const heading1Look = {
    run: { font: headingFont, color: hex(style.headingColour), bold: true, size: halfPoints(headingSize) },
    paragraph: { spacing: { before: 240, after: 120 }, ...keep },
  };
  // Word's built-in style names ("heading 1", as Word writes them) and outline levels: without
  // `w:outlineLvl`, LibreOffice read our headings as body text (no navigator, bookmarks or tagged H1).
  // The title is the document's first level, as in the PDF (H1, the sections' headings H2).
  const outline = (name: string, level: number) => ({ name, paragraph: { outlineLevel: level } });
  const page = {
    page: {
      size: style.pageSize === 'A4' ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 },
      margin: {
        top: twips(style.marginsMm.top),
        right: twips(style.marginsMm.right),
        bottom: twips(style.marginsMm.bottom),
        left: twips(style.marginsMm.left),
      },
    },
  };
  // Notes numbered 1, 2, 3 as the app's chips and the PDF number them (Word's default for endnotes is
  // i, ii, iii). Endnotes stand at the end of the body's section, before the source list.
  const endnotesFirst = model.placement === 'endnotes' && sourceList.length > 0;
  const endnoteProps = {
    numberFormat: { type: NumberFormat.DECIMAL },
    ...(model.placement === 'endnotes' ? { position: EndnotePosition.SECTION_END } : {}),
  };
  const notesProperties = {
    footnoteProperties: { numberFormat: { type: NumberFormat.DECIMAL } },
    endnoteProperties: endnoteProps,
  };
  const headerFooter = { headers: { default: header(model) }, footers: { default: footer(model) } };
  const doc = new Document({
    title: model.title,
    subject: model.subtitle ?? model.templateName,
    creator: model.author ?? 'Briefing Builder',
    lastModifiedBy: 'Briefing Builder',
    // Word fills the table of contents' page numbers when it opens the file.
    ...(style.tableOfContents ? { features: { updateFields: true } } : {}),
    keywords: [model.templateName, model.classification.label].join(', '),
    description: `${model.classification.label} — ${model.date}`,
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\u2022',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
        {
          reference: 'numbered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    styles: {
      default: {
        document: {
          // The document's language, for spelling and for screen readers (the PDF's /Lang).
          run: {
            font: style.fontFamily,
            size: halfPoints(style.bodySizePt),
            color: hex(style.textColour),
            language: { value: DOCUMENT_LANGUAGE },
          },
          paragraph: {
            spacing: {
              after: Math.round(style.paragraphSpacingPt * 20),
              line: Math.round(240 * style.lineSpacing),
              // A multiple of the line's own height; without it LibreOffice reads `w:line` as an exact
              // height (13.8 pt for 1.15), and a large title's lines overlap.
              lineRule: LineRuleType.AUTO,
            },
          },
        },
        heading1: {
          ...heading1Look,
          name: 'heading 1',
          paragraph: { ...heading1Look.paragraph, outlineLevel: 1 },
        },
        heading2: {
          ...outline('heading 2', 2),
          run: {
            font: headingFont,
            color: hex(style.headingColour),
            size: halfPoints(style.bodySizePt * 1.15),
          },
          paragraph: { ...keep, outlineLevel: 2 },
        },
        heading3: {
          name: 'heading 3',
          run: {
            font: headingFont,
            color: hex(style.headingColour),
            bold: true,
            size: halfPoints(style.bodySizePt),
          },
          paragraph: { ...keep, outlineLevel: 3 },
        },
        title: {
          ...outline('Title', 0),
          run: { font: headingFont, color: hex(style.headingColour), size: halfPoints(style.bodySizePt * 2) },
        },
        // Word's own note styles, so a reader's restyling of "Footnote Text" reaches every note.
        footnoteText: { run: { font: style.fontFamily, size: halfPoints(style.bodySizePt - 1) } },
        endnoteText: { run: { font: style.fontFamily, size: halfPoints(style.bodySizePt - 1) } },
        hyperlink: { run: { color: '1155CC', underline: {} } },
      },
      paragraphStyles: [
        {
          // Word's built-in "Subtitle" (not a heading: it stays out of the table of contents).
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: {
            font: headingFont,
            color: hex(style.headingColour),
            size: halfPoints(style.bodySizePt * 1.15),
          },
        },
        {
          // Word's built-in "TOC Heading": looks like Heading 1 but is not itself listed.
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          ...heading1Look,
        },
        // Word's built-in "List Bullet" and "List Number" (style ids ListBullet, ListNumber), carrying
        // the template's font.
        ...(['List Bullet', 'List Number'] as const).map((name) => ({
          id: name.replace(' ', ''),
          name,
          basedOn: 'Normal',
          quickFormat: true,
          run: { font: style.fontFamily, size: halfPoints(style.bodySizePt) },
          paragraph: { indent: { left: 720, hanging: 360 } },
        })),
      ],
    },
    ...(model.placement === 'endnotes'
      ? { endnotes: notes }
      : model.placement === 'footnotes'
        ? { footnotes: notes }
        : {}),
    sections: [
      {
        properties: { ...page, ...notesProperties },
        ...headerFooter,
        children: endnotesFirst ? body : [...body, ...sourceList],
      },
      // With endnotes the source list is a section of its own, continuing the page: the notes, placed
      // at the end of the body's section, come before it (Chicago: notes, then the bibliography), as
      // in the PDF. It inherits the headers and footers.
      ...(endnotesFirst
        ? [
            {
              properties: { ...page, ...notesProperties, type: SectionType.CONTINUOUS },
              children: sourceList,
            },
          ]
        : []),
    ],
  });
  if (model.placement === 'endnotes') {
    // Word reads where endnotes go from the document settings (the section's own `w:pos` is not
    // enough), which docx does not write: `w:endnotePr` belongs just before `w:compat`, the last
    // element docx puts in settings.xml.
    const settings = (doc.Settings as unknown as { root: unknown[] }).root;
    settings.splice(settings.length - 1, 0, createEndnoteProperties(endnoteProps));
  }
  // The document is built; what is left is packing it into the file (the zip), reported as its own step.
  onWrite?.();
  return new Uint8Array(await Packer.toBuffer(doc));
}
