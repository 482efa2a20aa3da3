import { describe, expect, it } from 'vitest';
import { decodeFile, detectFormat } from '../../../electron/services/import/formats';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeFile', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeFile(utf8('Café Müller'))).toEqual({ text: 'Café Müller', encoding: 'utf-8', problems: [] });
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café')])).text).toBe('Café');
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Café', 'utf16le')]);
    expect(decodeFile(le)).toMatchObject({ text: 'Café', encoding: 'utf-16le' });
    const be = Buffer.from('Café', 'utf16le').swap16();
    expect(decodeFile(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({
      text: 'Café',
      encoding: 'utf-16be',
    });
  });

  it('reads a Windows-1252 file as Windows-1252, and says so', () => {
    const bytes = new Uint8Array(Buffer.from('Caf\xe9 M\xfcller \x93q\x94', 'latin1'));
    const d = decodeFile(bytes);
    expect(d.text).toBe('Café Müller “q”');
    expect(d.encoding).toBe('windows-1252');
    expect(d.problems[0]!.severity).toBe('warning');
  });

  it('keeps a UTF-8 file with one damaged byte as UTF-8 and names the place', () => {
    const bytes = new Uint8Array([...utf8('Café Müller\nline two '), 0xe9, ...utf8(' end')]);
    const d = decodeFile(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Café Müller\nline two \uFFFD end');
    expect(d.problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('column 10') }),
    ]);
  });

  it('calls a binary file binary, with its line', () => {
    const d = decodeFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x01, 0x02, 0xff, 0xd8]));
    expect(d.problems).toContainEqual(expect.objectContaining({ severity: 'error', line: 2 }));
  });
});

describe('detectFormat', () => {
  it('tells the formats apart by content', () => {
    expect(detectFormat('@article{a, title={x}}')).toBe('bibtex');
    expect(detectFormat('@online{a, title={x}, date={2019}}')).toBe('biblatex');
    expect(detectFormat('TY  - JOUR\nTI  - x\nER  - ')).toBe('ris');
    expect(detectFormat('[{"id":"a","type":"book"}]')).toBe('csl-json');
    expect(detectFormat('<?xml version="1.0"?><xml><records><record></record></records></xml>')).toBe(
      'endnote-xml',
    );
    expect(detectFormat('hello')).toBeNull();
  });
});
