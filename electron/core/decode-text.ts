// Turns the bytes of an import file into text, saying which encoding it read and anything doubtful.
// The rule that matters: a file that is UTF-8 except for a damaged byte stays UTF-8 (the damaged places
// are named); only a file with no valid UTF-8 multi-byte sequence at all is read as Windows-1252.
// Pure (TextDecoder only): the UI decodes a picked file with it too, so every path reads bytes alike.
/** Something doubtful about the bytes: a damaged place, a guessed encoding, a NUL byte. */
export interface DecodeProblem {
  field?: string;
  message: string;
  severity: 'warning' | 'error';
}

export interface DecodedFile {
  text: string;
  encoding: string;
  problems: (DecodeProblem & { line?: number })[];
}

/**
 * Text without the byte order mark it may open with (Notepad and other Windows editors write one to
 * UTF-8 files), which JSON.parse and the readers' first-line patterns would take for text.
 */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

const MAX_NAMED_PLACES = 5;

/** Line (1-based) and column of a byte offset, counting LF as the line break. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}

/** Length of the valid UTF-8 sequence starting at i, 0 when the bytes there are not UTF-8. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const cont = (k: number) => i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const c1 = b[i + 1]!;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return 0; // overlong / surrogate
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const c1 = b[i + 1]!;
    if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return 0;
    return 4;
  }
  return 0;
}

/** UTF-16 without a byte-order mark shows itself by NUL bytes on one side of most ASCII characters. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** An encoding the file names itself (JabRef writes `% Encoding: windows-1252`), if TextDecoder knows it. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const m =
    /^%\s*Encoding:\s*([A-Za-z0-9._-]+)/im.exec(head) ??
    /<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]!).encoding;
  } catch {
    return null;
  }
}

function firstNul(text: string): number {
  return text.indexOf('\u0000');
}

function binaryProblem(text: string, at: number): DecodeProblem & { line: number } {
  const line = text.slice(0, at).split('\n').length;
  return {
    line,
    severity: 'error',
    message: `The file looks binary (a NUL character on line ${line}): give a text file (UTF-8, UTF-16 or Latin-1).`,
  };
}

/** Decodes an import file: UTF-8 (with or without BOM), UTF-16 (BOM, or sniffed), Latin-1/Windows-1252. */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  const problems: DecodedFile['problems'] = [];
  const finish = (text: string, encoding: string): DecodedFile => {
    const nul = firstNul(text);
    if (nul !== -1) problems.push(binaryProblem(text, nul));
    return { text, encoding, problems };
  };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    return finish(text, 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    problems.push({
      severity: 'warning',
      message: `The file has no byte-order mark; read as ${utf16.toUpperCase()} from its NUL bytes.`,
    });
    return finish(new TextDecoder(utf16).decode(bytes), utf16);
  }

  // One pass over the bytes: count valid multi-byte UTF-8 sequences and remember the damaged places.
  let multiByte = 0;
  let damaged = 0;
  const places: number[] = [];
  for (let i = 0; i < bytes.length;) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len) {
      multiByte++;
      i += len;
    } else {
      damaged++;
      if (places.length < MAX_NAMED_PLACES) places.push(i);
      i++;
    }
  }
  if (damaged === 0) return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8');

  const declared = declaredEncoding(bytes);
  if (declared && declared !== 'utf-8') {
    problems.push({ severity: 'warning', message: `Read as ${declared}, the encoding the file declares.` });
    return finish(new TextDecoder(declared).decode(bytes), declared);
  }
  const where = places.map((p) => placeOf(bytes, p)).map((p) => `line ${p.line}, column ${p.column}`);
  const more = damaged > places.length ? ` and ${damaged - places.length} more` : '';
  if (multiByte > 0) {
    // Real UTF-8 text is in the file: a few bad bytes are damage, not a different encoding.
    for (const p of places) {
      const { line, column } = placeOf(bytes, p);
      problems.push({
        line,
        severity: 'warning',
        message: `A byte that is not UTF-8 (0x${bytes[p]!.toString(16).toUpperCase()}) at line ${line}, column ${column}: shown as \uFFFD.`,
      });
    }
    if (damaged > places.length)
      problems.push({
        severity: 'warning',
        message: `${damaged - places.length} more bytes that are not UTF-8 are shown as \uFFFD.`,
      });
    return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8');
  }
  // No UTF-8 at all: a single-byte file. Windows-1252 is a superset of the printable Latin-1 range.
  const hasC1 = bytes.some((b) => b >= 0x80 && b <= 0x9f);
  const encoding = hasC1 ? 'windows-1252' : 'iso-8859-1';
  problems.push({
    severity: 'warning',
    message: `The file is not UTF-8 (first at ${where[0]}${places.length > 1 ? `, ${where.slice(1).join(', ')}` : ''}${more}): read as ${hasC1 ? 'Windows-1252' : 'Latin-1'}${declared === 'utf-8' ? ', although it declares UTF-8' : ''}. If letters look wrong, save the file as UTF-8 and import it again.`,
  });
  return finish(new TextDecoder('windows-1252').decode(bytes), encoding);
}
