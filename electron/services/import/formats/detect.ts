// Which reference format a text is in, from its content first and its file name second.
import { withoutBom } from '../../../core/decode-text';
import type { ImportFormat } from './types';

const BIBLATEX_ONLY =
  /^\s*(?:date|journaltitle|urldate|eprinttype|location|langid|maintitle|eventtitle|xdata)\s*=|@(?:online|mvbook|mvcollection|bookinbook|suppbook|xdata|set|dataset|software)\s*\{/im;

export function detectFormat(text: string, fileName?: string): ImportFormat | null {
  const head = withoutBom(text).slice(0, 64 * 1024);
  const start = head.trimStart();
  const ext = fileName?.toLowerCase().split('.').pop() ?? '';
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (/^<\?xml[\s\S]{0,400}<xml>\s*<records>|^<xml>\s*<records>|<records>\s*<record>/.test(start))
    return 'endnote-xml';
  if (/^(?:\uFEFF)?TY {1,2}- ?/m.test(head) && /^ER {1,2}-/m.test(text)) return 'ris';
  if (/^\s*TY {1,2}-/.test(start)) return 'ris';
  if (/@[A-Za-z]+\s*[{(]/.test(head))
    return BIBLATEX_ONLY.test(head) || ext === 'biblatex' ? 'biblatex' : 'bibtex';
  if (ext === 'ris') return 'ris';
  if (ext === 'bib' || ext === 'bibtex') return 'bibtex';
  if (ext === 'json') return 'csl-json';
  if (ext === 'xml') return 'endnote-xml';
  return null;
}
