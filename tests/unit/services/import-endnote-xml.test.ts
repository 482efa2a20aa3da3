import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseEndnoteXml } from '../../../electron/services/import/formats';

const corpus = join(__dirname, '..', '..', 'fixtures', 'import-corpus', 'endnote-xml');

describe('parseEndnoteXml', () => {
  it('reads a JabRef test export: type, authors, journal, year, DOI, URL, with the line of each record', () => {
    const text = readFileSync(join(corpus, 'jabref--EndnoteXmlImporterTestArticle2.xml'), 'utf8');
    expect(detectFormat(text)).toBe('endnote-xml');
    const f = parseEndnoteXml(text);
    expect(f.entries.map((e) => e.item.type)).toEqual(['article-journal', 'book']);
    const lines = text.split('\n').flatMap((l, i) => (/<record>/.test(l) ? [i + 1] : []));
    expect(f.entries.map((e) => e.line)).toEqual(lines);
    for (const e of f.entries) {
      expect(e.item.title).toBeTruthy();
      expect((e.item.author ?? []).length).toBeGreaterThan(0);
      expect(e.item.issued?.['date-parts']?.[0]?.[0]).toEqual(expect.any(Number));
    }
  });

  it('decodes entities and strips EndNote <style> runs; a missing title is a warning', () => {
    const f = parseEndnoteXml(
      '<xml><records><record><ref-type name="Web Page">12</ref-type><contributors><authors><author><style face="normal">Müller, A &amp; B</style></author></authors></contributors><urls><related-urls><url>www.example.org</url></related-urls></urls><electronic-resource-num>10.1000/abc</electronic-resource-num></record></records></xml>',
    );
    expect(f.entries[0]!.item).toMatchObject({
      type: 'webpage',
      // "&" after the comma is no one's given name: an organisation's, kept whole.
      author: [{ literal: 'Müller, A & B' }],
      URL: 'https://www.example.org',
      DOI: '10.1000/abc',
    });
    expect(f.entries[0]!.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
