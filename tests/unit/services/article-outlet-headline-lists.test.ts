// A page's lines that list other outlets' headlines ("Outlet: headline", "Outlet (date): headline",
// "headline (Outlet, date)") are headlines, no claims, even where the headline attributes ("police say");
// a tag before a quoted passage, a headline whose story the next paragraph quotes and a person's possessive
// tag stay as they were. Sentences and stations written for the test (invented).
import { describe, expect, it } from 'vitest';
import { isOutletHeadline, outletHeadlines } from '../../../electron/services/import/article/headline-lists';
import { Outlets } from '../../../electron/services/import/article/outlets';
import { propose } from '../../helpers/article-candidates';

const outlets = new Outlets(undefined);
const headline = (p: string, next?: string) => isOutletHeadline(p, next, outlets);

describe('lines listing other outlets’ headlines', () => {
  it('"Outlet: headline" with a known outlet or a masthead', () => {
    expect(headline('Reuters: Port of Halden to close for repairs, harbour official says')).toBe(true);
    expect(headline('The Orvale Gazette: Mayor unveils plan for new ferry line')).toBe(true);
  });

  it('"Call sign (date): headline" and "headline (call sign, date)"', () => {
    expect(headline('WQXB-TV (3/14/25): Two cars stolen in Eastfield, police say')).toBe(true);
    expect(headline('Bakery fire closes Main Street, fire chief says (KTRV-TV, 3/2/25)')).toBe(true);
    expect(headline('Bakery fire closes Main Street, fire chief says (Orvale Gazette, Mar. 2, 2025)')).toBe(
      true,
    );
  });

  it('a headline may end on an abbreviation ("U.S.")', () => {
    expect(headline('Reuters: Halden firm to build ferries in U.S.')).toBe(true);
  });

  it('a title-case tag the lexicon does not know counts only among outlets’ headlines', () => {
    const list = [
      'Here is the coverage:',
      'Reuters: Port of Halden to close for repairs',
      'The Eastfield Beacon: Port closure worries fishermen',
      'Halden Today: Port to reopen in June, mayor says',
      'Harbour Notes: Fishermen say the closure will cost them dearly',
    ];
    expect([...outletHeadlines(list, outlets)].sort()).toEqual([1, 2, 3, 4]);
    expect([...outletHeadlines([list[0]!, list[4]!], outlets)]).toEqual([]);
  });

  it('a headline may open on a single quotation mark', () => {
    expect(headline('CNN: ‘We stay vigilant’: Eastfield residents on the break-ins')).toBe(true);
  });

  it('not a tag before a quoted passage, nor a headline whose story the next paragraph quotes', () => {
    expect(headline('Reuters: “The harbour will close for a month, the port said.”')).toBe(false);
    expect(
      headline('Reuters: Port of Halden to close for repairs', '“The harbour will close for a month.”'),
    ).toBe(false);
  });

  it('not a person’s tag, a sentence, nor a tag that names no outlet', () => {
    expect(headline('CNN’s Ana Roe: the harbour will close for a month')).toBe(false);
    expect(headline('Reuters: The harbour will close for a month, the port said.')).toBe(false);
    expect(headline('PROGRESS: Mayor unveils plan for new ferry line')).toBe(false);
    expect(headline('Mayor unveils plan for new ferry line (Orvale, 2025)')).toBe(false);
    expect(headline('WHO: Cases fall in Eastfield, health officials say')).toBe(false);
  });

  it('proposes no claim for the list, but for the page’s own attributed line', () => {
    const found = propose([
      'The mayor said on Monday that the ferry line would open in May.',
      'Here is the coverage:',
      'Reuters: Port of Halden to close for repairs, harbour official says',
      'WQXB-TV (3/14/25): Two cars stolen in Eastfield, police say',
      'Bakery fire closes Main Street, fire chief says (KTRV-TV, 3/2/25)',
    ]);
    expect(found.map((c) => c.speaker)).toEqual(['mayor']);
  });
});
