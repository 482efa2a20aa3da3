import type { RenderModel, Run } from '../core/render-model';

/** Text as Typst markup: every character Typst's markup could read as syntax, escaped. */
const escape = (text: string) => text.replace(/[\\#*_[\]$@<>`~=+\-/'"]/g, (c) => `\\${c}`);
const string = (text: string) => JSON.stringify(text);

/**
 * A render model as a Typst document, for bench:export's Typst peer: the same title, headings,
 * paragraphs, lists, notes at the foot of the page (as Typst footnotes, each with the text our CSL
 * formatting gave it) and source list, in the same font, size, margins, header and footer.
 */
export function typstMarkup(model: RenderModel): string {
  const { style } = model;
  const m = style.marginsMm;
  const notes = new Map(model.notes.map((n) => [n.number, n.text]));
  const inline = (runs: Run[]) =>
    runs
      .map((run) => {
        if (run.kind === 'note') return `#footnote[${escape(notes.get(run.number) ?? '')}]`;
        if (run.kind === 'cite') return ` ${escape(run.text)}`;
        let text = escape(run.text);
        if (run.bold) text = `#strong[${text}]`;
        if (run.italic) text = `#emph[${text}]`;
        return run.href ? `#link(${string(run.href)})[${text}]` : text;
      })
      .join('');
  const lines = [
    `#set document(title: ${string(model.title)})`,
    `#set page(paper: ${string(style.pageSize === 'A4' ? 'a4' : 'us-letter')}, margin: (top: ${m.top}mm, right: ${m.right}mm, bottom: ${m.bottom}mm, left: ${m.left}mm),`,
    `  header: align(center, text(weight: "bold")[${escape(model.classification.label)}]),`,
    `  footer: context [#text(weight: "bold")[${escape(model.classification.label)}] #h(1fr) Page #counter(page).display() of #counter(page).final().first()])`,
    `#set text(font: "Roboto", size: ${style.bodySizePt}pt, lang: "en")`,
    `#set footnote.entry(separator: line(length: 120pt, stroke: 0.5pt))`,
    `#show footnote.entry: set text(size: ${style.bodySizePt - 1}pt)`,
    '',
    `= ${escape(model.title)}`,
    '',
    `#emph[${escape(model.date)}]`,
    '',
  ];
  for (const section of model.sections) {
    lines.push(`== ${escape(section.heading)}`, '');
    for (const p of section.paragraphs) {
      const lead = p.kind === 'bullet' ? '- ' : p.kind === 'numbered' ? '+ ' : '';
      lines.push(`${lead}${inline(p.runs)}`, '');
    }
  }
  if (model.sourceList) {
    lines.push(`== ${escape(model.sourceList.title)}`, '');
    for (const entry of model.sourceList.entries) lines.push(escape(entry.text), '');
  }
  return lines.join('\n');
}
