/**
 * The language a brief is written in, for both writers (the PDF's /Lang, the DOCX's `w:lang`): the
 * app's own text (headings it adds, dates) and its CSL locale are US English.
 */
export const DOCUMENT_LANGUAGE = 'en-US';
