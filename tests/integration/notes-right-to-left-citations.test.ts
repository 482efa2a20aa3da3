import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { tempDir } from '../helpers/fixtures';
import {
  ARABIC_HEADLINE,
  FIDAN,
  HAARETZ,
  HEBREW_HEADLINE,
  JAZEERA,
  JAZEERA_NET,
  MANAR,
  MINISTRY,
  QUESTION_HEADLINE,
  SAAR,
  SAAR_ROLE,
} from '../helpers/builders';
import { ARABIC, rtlCitationsModel } from '../helpers/mixed-direction';
import { docxPart, libreOfficePdf, pandocNotes, pdfWords, type PdfWord } from '../helpers/readers';

/**
 * Issue 17 ("every script"): a footnote citing an Arabic source (speaker هاكان فيدان, outlet الجزيرة, an
 * Arabic headline, 3 December 2026) came out torn in the PDF and the DOCX: the 3 on the far side of the
 * Arabic, the punctuation and year jumping about. Each right-to-left field of a note or source-list
 * entry is now isolated on its own; the note stays an English (left-to-right) note, and one whose
 * letters are all Arabic is set right to left. Read back from our PDF by poppler, from our DOCX by
 * LibreOffice's layout (its PDF, read by poppler) and by pandoc.
 */

const LTR_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/**
 * A line of `pdftotext -layout` as read: the direction marks poppler adds left out, and the quote marks
 * too (poppler reads a closing quote mark drawn against an Arabic word before that word, in body text
 * as here: where the marks are drawn is checked on the page, see `inOrder`).
 */
const reading = (line: string) => line.replace(LTR_MARKS, '').replace(/[‘’]/g, '').trim();

/** The lines of a PDF's text (pdftotext -layout), as read. */
const readLines = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\n').map(reading);

const NOTES = {
  arabic: `${FIDAN}, quoted in ${JAZEERA}, ${ARABIC_HEADLINE}, 3 December 2026.`,
  hebrew: `${SAAR}, ${SAAR_ROLE}, cited in ${HAARETZ}, ${HEBREW_HEADLINE}, 3 December 2026.`,
  latin: 'Reuters, Turkey urges a ceasefire, 3 December 2026.',
  question: `${MINISTRY}, cited in ${JAZEERA_NET}, ${QUESTION_HEADLINE}, 4 November 2025.`,
};
const ENTRIES = {
  arabic: `${JAZEERA}. ${ARABIC_HEADLINE}. 3 December 2026.`,
  hebrew: `${HAARETZ}. ${HEBREW_HEADLINE}. 3 December 2026.`,
  latin: 'Reuters. Turkey urges a ceasefire. 3 December 2026.',
  question: `${JAZEERA_NET}. ${QUESTION_HEADLINE}. 4 November 2025.`,
};

/**
 * The words on the line of the word `first` (the first below `after`), left to right: the words that
 * share most of its height (Arabic words are taller than Latin ones; note lines may touch).
 */
function lineFrom(words: PdfWord[], first: string, after = 0): PdfWord[] {
  const at = words.find((w) => w.text === first && w.yMin > after);
  if (!at) throw new Error(`No word "${first}" below ${after}.`);
  const shared = (w: PdfWord) => Math.min(w.yMax, at.yMax) - Math.max(w.yMin, at.yMin);
  return words
    .filter((w) => w.page === at.page && shared(w) > 0.6 * Math.min(w.yMax - w.yMin, at.yMax - at.yMin))
    .sort((a, b) => a.xMin - b.xMin);
}

/**
 * The lines (pdftotext -layout, direction marks left out) naming Al-Manar's channel: its source-list
 * entry and its note, whose letters are all Arabic.
 */
const manarLines = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.replace(LTR_MARKS, ''))
    .filter((line) => line.includes(MANAR));

/**
 * Set left to right from the left margin, as the English style writes it: its note number or nothing,
 * then the outlet, and the year at the right end (the Arabic fields isolates inside).
 */
function leftToRight(line: string) {
  expect(line.length - line.trimStart().length, line).toBeLessThan(10);
  expect(line.trim(), line).toMatch(/ 2026\.$/);
  expect(line.trim().replace(/^\d+\.\s*/, ''), line).toMatch(new RegExp(`^${MANAR}`));
}

/**
 * The Arabic note on the page, left to right: its number, Fidan's name, "quoted in", Al Jazeera's name,
 * the opening quote mark, the headline, the closing one, then "3 December 2026." in that order.
 */
function inOrder(line: PdfWord[]) {
  const at = (test: (w: PdfWord) => boolean) => line.findIndex(test);
  const quoted = at((w) => w.text === 'quoted');
  const three = at((w) => w.text === '3');
  expect(line[three + 1]?.text).toBe('December');
  expect(line[three + 2]?.text).toMatch(/^2026\.$/);
  expect(
    line.slice(0, quoted).some((w) => ARABIC.test(w.text)),
    "Fidan's name before 'quoted in'",
  ).toBe(true);
  const open = at((w) => w.text.includes('‘'));
  const close = at((w) => w.text.includes('’'));
  expect(open).toBeGreaterThan(quoted);
  expect(close).toBeGreaterThan(open);
  expect(three).toBeGreaterThan(close);
  // Al Jazeera between "in" and the quote marks, the headline between them, nothing Arabic after the date.
  expect(line.slice(quoted + 2, open).some((w) => ARABIC.test(w.text))).toBe(true);
  expect(line.slice(open + 1, close).filter((w) => ARABIC.test(w.text)).length).toBeGreaterThan(2);
  expect(line.slice(three).some((w) => ARABIC.test(w.text))).toBe(false);
}

/**
 * The line (words left to right) of the note or entry citing the headline ending in `؟`: the question
 * mark is the title's, drawn at its end (its left, the title being drawn right to left) inside the quote
 * marks, and the whole date after the closing one. Left outside the title's isolate, the `؟` (itself a
 * right-to-left character) drew the day and the outlet into its run: `‘4 ؟’, هل … الكاملة November 2025`.
 */
function questionInOrder(line: PdfWord[]) {
  const at = (test: (w: PdfWord) => boolean) => line.findIndex(test);
  const open = at((w) => w.text.includes('‘'));
  const mark = at((w) => w.text.includes('؟'));
  const close = at((w) => w.text.includes('’'));
  const four = at((w) => w.text === '4');
  expect(open, line.map((w) => w.text).join(' ')).toBeGreaterThanOrEqual(0);
  expect(mark).toBeGreaterThanOrEqual(open);
  expect(
    line.slice(open + 1, mark).some((w) => ARABIC.test(w.text)),
    'the ؟ ends the title',
  ).toBe(false);
  expect(line.slice(mark + 1, close).filter((w) => ARABIC.test(w.text)).length).toBeGreaterThan(4);
  expect(close).toBeGreaterThan(mark);
  expect(four).toBeGreaterThan(close);
  expect(line[four + 1]?.text).toBe('November');
  expect(line[four + 2]?.text).toMatch(/^2025\.$/);
  expect(line.slice(four).some((w) => ARABIC.test(w.text))).toBe(false);
}

/** The lines of the note and of the entry citing the headline ending in `؟` (the words before "November"). */
const questionLines = (words: PdfWord[]) =>
  words
    .filter((w) => w.text === 'November')
    .map((w) => lineFrom(words, 'November', w.yMin - 5))
    .filter((line, i, all) => all.findIndex((l) => l[0] === line[0]) === i);

let pdf = '';
let endnotesPdf = '';
let docx = '';
let libreOffice = '';
const margins = { left: 0 };

beforeAll(async () => {
  const dir = tempDir('briefing-rtl-notes-');
  const model = rtlCitationsModel();
  pdf = join(dir, 'notes.pdf');
  endnotesPdf = join(dir, 'endnotes.pdf');
  docx = join(dir, 'notes.docx');
  writeFileSync(pdf, await renderPdf(model));
  writeFileSync(endnotesPdf, await renderPdf(rtlCitationsModel('endnotes')));
  writeFileSync(docx, await renderDocx(model));
  libreOffice = libreOfficePdf(docx);
  const mm = 72 / 25.4;
  margins.left = model.style.marginsMm.left * mm;
}, 180_000);

describe('right-to-left citations in notes and the source list', () => {
  it('PDF: a footnote citing an Arabic or Hebrew source keeps its date whole, after the title', () => {
    const lines = readLines(pdf);
    expect(lines).toContain(`1. ${NOTES.arabic}`);
    expect(lines).toContain(`2. ${NOTES.hebrew}`);
    expect(lines).toContain(`3. ${NOTES.latin}`);
    expect(lines).toContain(`5. ${NOTES.question}`);
    inOrder(lineFrom(pdfWords(pdf), 'quoted'));
    // The isolate marks are read by the layout, never drawn (pdfmake would draw them as boxes).
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).not.toMatch(/[\u2066-\u2069]/);
  });

  it('PDF: the source list keeps each entry’s date whole, after its Arabic or Hebrew title', () => {
    const lines = readLines(pdf);
    for (const entry of Object.values(ENTRIES)) expect(lines).toContain(entry);
    // The entries citing Arabic and Hebrew titles start at the left margin, as the English one.
    const words = pdfWords(pdf);
    const [reuters] = lineFrom(words, 'Reuters.');
    const notesTop = lineFrom(words, 'quoted')[0]!.yMin;
    const dated = words.filter((w) => w.text === 'December' && w.yMin > reuters!.yMax && w.yMin < notesTop);
    expect(dated.length).toBe(2);
    for (const date of dated)
      expect(lineFrom(words, '3', date.yMin - 5)[0]!.xMin).toBeLessThan(margins.left + 2);
  });

  it('PDF: a title ending in an Arabic question mark keeps it, and the date after it', () => {
    const lines = questionLines(pdfWords(pdf));
    expect(lines.length, 'the entry and the note').toBe(2);
    lines.forEach(questionInOrder);
  });

  it('PDF: endnotes are isolated alike', () => {
    const lines = readLines(endnotesPdf);
    expect(lines).toContain(`1. ${NOTES.arabic}`);
    expect(lines).toContain(`2. ${NOTES.hebrew}`);
    expect(lines).toContain(`5. ${NOTES.question}`);
  });

  it('PDF: a note and an entry whose letters are all Arabic stay left to right, the English style’s direction', () => {
    const lines = manarLines(pdf);
    expect(lines.length, 'the entry and the note').toBe(2);
    lines.forEach(leftToRight);
  });

  it('DOCX: each right-to-left field is isolated in a right-to-left run, every note and entry a left-to-right paragraph', () => {
    const notes = pandocNotes(docx);
    const rli = (field: string) => `\u2067${field}\u2069`;
    expect(notes[0]).toBe(
      `${rli(FIDAN)}, quoted in ${rli(JAZEERA)}, ‘${rli(ARABIC_HEADLINE)}’, 3 December 2026.`,
    );
    expect(notes[1]).toBe(
      `${rli(SAAR)}, ${rli(SAAR_ROLE)}, cited in ${rli(HAARETZ)}, ‘${rli(HEBREW_HEADLINE)}’, 3 December 2026.`,
    );
    expect(notes[2]).toBe('Reuters, ‘Turkey urges a ceasefire’, 3 December 2026.');
    expect(notes[4]).toBe(
      `${rli(MINISTRY)}, cited in ${rli(JAZEERA_NET)}, ‘${rli(QUESTION_HEADLINE)}’, 4 November 2025.`,
    );
    const paragraphs = (part: string) => docxPart(docx, part).split('</w:p>');
    // The notes and entries are in English (the style's language), their Arabic and Hebrew fields runs
    // marked right to left (w:rtl) inside: no paragraph of theirs is right to left (w:bidi).
    const footnotes = paragraphs('word/footnotes.xml').filter((p) => p.includes('<w:t'));
    expect(footnotes.filter((p) => p.includes('<w:bidi/>'))).toEqual([]);
    const entries = paragraphs('word/document.xml').filter((p) => p.includes('2026.'));
    expect(entries.filter((p) => p.includes('<w:bidi/>'))).toEqual([]);
    for (const p of [...footnotes, ...entries])
      for (const [, run] of p.matchAll(/<w:r>(.*?)<\/w:r>/gs))
        expect(run!.includes('<w:rtl/>'), run).toBe(/[\u0590-\u06FF]/.test(run!));
  });

  it('DOCX, as LibreOffice lays it out: notes and entries keep their dates whole, after their titles', () => {
    const lines = readLines(libreOffice);
    for (const line of [...Object.values(NOTES), ...Object.values(ENTRIES)]) expect(lines).toContain(line);
    inOrder(lineFrom(pdfWords(libreOffice), 'quoted'));
    const question = questionLines(pdfWords(libreOffice));
    expect(question.length, 'the entry and the note').toBe(2);
    question.forEach(questionInOrder);
    const manar = manarLines(libreOffice);
    expect(manar.length, 'the entry and the note').toBe(2);
    manar.forEach(leftToRight);
  });
});
