// Lines quoting an outlet or a body under a tag dated with its words ("Harbour Post (3/2/25): “…”");
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';
import { taggedDate } from '../../../electron/services/import/article/dated-tags';

const rows = (paragraphs: string[]) =>
  propose(paragraphs, { published: '2025-04-13', outlet: 'The White House', model: null }).map((c) => ({
    speaker: c.speaker ?? null,
    relay: c.relayedBy ?? null,
    date: c.eventDate ?? null,
  }));

describe('a dated tag over a quotation', () => {
  it('reads the tag’s date, in brackets or after a comma', () => {
    expect(taggedDate('Bloomberg (9/29/25): “Fares fell.”')).toBe('2025-09-29');
    expect(taggedDate('The Harbour Trust, 5/3/2024: “Fares fell.”')).toBe('2024-05-03');
    expect(taggedDate('Fares fell on 5/3/2024: “a third”')).toBeUndefined();
    expect(taggedDate('Bloomberg (13/29/25): “Fares fell.”')).toBeUndefined();
  });

  it('an outlet’s line is its claim, dated by the tag; a body’s line is the body’s', () => {
    expect(
      rows([
        'The ferry’s critics have gone quiet, the coverage shows:',
        'Bloomberg (3/2/25): “Ferry fares fell by a third over the winter.”',
        'The Harbour Ledger (3/1/25): “The crossing now runs every twenty minutes.”',
        'The Harbour Trust Foundation, 2/28/2025: “Traffic on the crossing doubled in February.”',
      ]),
    ).toEqual([
      { speaker: null, relay: 'Bloomberg', date: '2025-03-02' },
      // A title-case tag the lexicon does not know, dated as a story is and naming no one: an outlet.
      { speaker: null, relay: 'The Harbour Ledger', date: '2025-03-01' },
      { speaker: 'Harbour Trust Foundation', relay: null, date: '2025-02-28' },
    ]);
  });

  it('a person named in a dated tag still speaks', () => {
    expect(rows(['Sen. Ana Roe, 3/2/25: “Fares fell by a third over the winter.”'])).toEqual([
      { speaker: 'Ana Roe', relay: null, date: '2025-03-02' },
    ]);
  });
});
