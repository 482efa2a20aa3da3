// The format parsers, one entry point each: pure text → ParsedFile, no database, no Electron.
import { parseBibtex, parseBiblatex } from './bibtex';
import { parseCslJson } from './csl-json';
import { parseEndnoteXml } from './endnote-xml';
import { parseRis } from './ris';
import type { ImportFormat, ParsedFile } from './types';

export { decodeFile } from './decode';
export { detectFormat } from './detect';
export { parseBibtex, parseBiblatex, parseCslJson, parseEndnoteXml, parseRis };
export type * from './types';

export const PARSERS: Partial<Record<ImportFormat, (text: string) => ParsedFile>> = {
  bibtex: parseBibtex,
  biblatex: parseBiblatex,
  ris: parseRis,
  'csl-json': parseCslJson,
  'endnote-xml': parseEndnoteXml,
};
export { toBibtex, toRis } from './serialise';
