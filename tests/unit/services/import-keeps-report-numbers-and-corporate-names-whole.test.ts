import { describe, expect, it } from 'vitest';
import {
  parseBibtex,
  parseCslJson,
  parseEndnoteXml,
  parseRis,
} from '../../../electron/services/import/formats';
import { previewSources } from '../../../electron/services/import/sources';
import { freshServices } from '../../helpers/fixtures';

const ris = (...records: string[][]) => records.map((r) => [...r, 'ER  - ', ''].join('\n')).join('\n');

describe('RIS SN: the report number, ISBN or ISSN, never cut', () => {
  it('keeps a report’s SN whole as its number, as Zotero reads it (reportNumber), with no ISBN warning', () => {
    const text = ris([
      'TY  - RPRT',
      'AU  - House of Commons Defence Committee',
      'TI  - Ready for war?',
      'SN  - HC 26',
    ]);
    const [e] = parseRis(text).entries;
    expect(e!.item.number).toBe('HC 26');
    expect(e!.item.ISBN).toBeUndefined();
    const services = freshServices();
    try {
      const preview = previewSources(services.store, 'ris', text);
      expect(preview.problems).toEqual([]);
    } finally {
      services.close();
    }
  });

  it('splits an SN only when every part is an ISBN or ISSN; anything else is kept whole, as written', () => {
    const f = parseRis(
      ris(
        ['TY  - BOOK', 'TI  - Two bindings', 'SN  - 978-0-19-932515-3 0-19-932515-6'],
        ['TY  - JOUR', 'TI  - Print and online', 'SN  - 0022-3085 (Print) 1933-0693 (Electronic)'],
        ['TY  - BOOK', 'TI  - Odd number', 'SN  - Cmnd 9202'],
        ['TY  - RPRT', 'TI  - A report with an ISBN', 'SN  - 978-1-9774-1210-5'],
      ),
    );
    const [two, issns, odd, rand] = f.entries.map((e) => e.item);
    expect(two!.ISBN).toBe('978-0-19-932515-3 0-19-932515-6');
    expect(issns!.ISSN).toBe('0022-3085 (Print) 1933-0693 (Electronic)');
    expect(odd!.ISBN).toBe('Cmnd 9202');
    expect(rand!.ISBN).toBe('978-1-9774-1210-5');
    expect(rand!.number).toBeUndefined();
  });

  it('BibTeX and CSL-JSON keep a report number and an odd ISBN whole too', () => {
    const [bib] = parseBibtex(
      '@techreport{hc, title = {Ready for war?}, number = {HC 26}, isbn = {HC 27}, year = 2024}',
    ).entries;
    expect(bib!.item).toMatchObject({ number: 'HC 26', ISBN: 'HC 27' });
    const [csl] = parseCslJson(
      JSON.stringify([{ id: 'r', type: 'report', title: 'T', number: 'HC 26' }]),
    ).entries;
    expect(csl!.item.number).toBe('HC 26');
  });
});

describe('a corporate author written "X, Y" is one organisation, not a person', () => {
  const fcdo = 'Foreign, Commonwealth & Development Office';

  it('RIS: kept whole as a literal name, and the preview says so', () => {
    const text = ris([
      'TY  - ELEC',
      'TI  - Statement on the Red Sea',
      `AU  - ${fcdo}`,
      'AU  - Court, Margaret',
    ]);
    const [e] = parseRis(text).entries;
    expect(e!.item.author).toEqual([{ literal: fcdo }, { family: 'Court', given: 'Margaret' }]);
    for (const [given, body] of [
      ['Ministry of', true],
      ['Department for Education', true],
      ['Anne-Marie', false],
      ['J. R. R.', false],
    ] as const) {
      const [x] = parseRis(ris(['TY  - JOUR', 'TI  - t', `AU  - Defence, ${given}`])).entries;
      expect('literal' in x!.item.author![0]!, given).toBe(body);
    }
    const services = freshServices();
    try {
      const preview = previewSources(services.store, 'ris', text);
      expect(preview.problems).toEqual([
        expect.objectContaining({
          field: 'AU',
          message: expect.stringContaining(`"${fcdo}" is read as an organisation's name`) as unknown,
        }),
      ]);
      expect(preview.sample[0]!.authors).toContain(fcdo);
    } finally {
      services.close();
    }
  });

  it('EndNote XML, CSL-JSON and BibTeX without braces: the same', () => {
    const [endnote] = parseEndnoteXml(
      `<xml><records><record><ref-type name="Web Page">12</ref-type><contributors><authors><author>Foreign, Commonwealth &amp; Development Office</author></authors></contributors><titles><title>S</title></titles></record></records></xml>`,
    ).entries;
    expect(endnote!.item.author).toEqual([{ literal: fcdo }]);
    expect(endnote!.problems).toEqual([expect.objectContaining({ severity: 'warning' })]);

    const [csl] = parseCslJson(
      JSON.stringify([
        {
          id: 'a',
          type: 'webpage',
          title: 'S',
          author: [
            { family: 'Foreign', given: 'Commonwealth & Development Office' },
            { family: 'Rutte', given: 'Mark' },
          ],
        },
      ]),
    ).entries;
    expect(csl!.item.author).toEqual([{ literal: fcdo }, { family: 'Rutte', given: 'Mark' }]);
    expect(csl!.problems.map((p) => p.message)).toEqual([expect.stringContaining(fcdo)]);

    const [bib] = parseBibtex(
      '@misc{f, title = {S}, author = {Foreign, Commonwealth \\& Development Office}, year = 2024}',
    ).entries;
    expect(bib!.item.author).toEqual([{ literal: fcdo }]);
  });
});
