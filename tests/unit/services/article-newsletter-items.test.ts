// A newsletter's items quoting other outlets' stories: a headline in capitals, a dash, the outlet (and its
// reporters), a colon and the quotation; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const rows = (paragraphs: string[], published = '2024-05-08') =>
  propose(paragraphs, { published, outlet: 'Harbour Brief' }).map((c) => ({
    speaker: c.speaker,
    relay: c.relayedBy,
    date: c.eventDate,
    sentence: c.sentence.slice(0, 24),
  }));

describe('a newsletter item quoting another outlet', () => {
  it('"HEADLINE — Outlet’s A and B: “…”": the reporters speak, the outlet relays, the headline stays', () => {
    expect(
      rows([
        'FERRY FARES CLIMB — Bloomberg’s Ana Roe and Tom Lee: “Fares on the Dunmore crossing rose 9% in April.”',
      ]),
    ).toEqual([
      {
        speaker: 'Ana Roe and Tom Lee',
        relay: 'Bloomberg',
        date: undefined,
        sentence: 'FERRY FARES CLIMB — Bloo',
      },
    ]);
  });

  it('"HEADLINE — Outlet: “…”" relays with no speaker; a date in the story dates the item', () => {
    expect(rows(['PIER SOLD — Reuters: “The Dunmore pier was sold on Monday to a shipping group.”'])).toEqual(
      [{ speaker: undefined, relay: 'Reuters', date: '2024-05-06', sentence: 'PIER SOLD — Reuters: “Th' }],
    );
  });

  it('a name and a colon with no headline nor known outlet is no newsletter item', () => {
    expect(rows(['Tides: “High water at noon.”'])).toEqual([]);
  });
});
