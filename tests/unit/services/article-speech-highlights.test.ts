// A speech printed as bare quotation paragraphs under a lead naming the speaker, and topic lines under a
// lead-in that only points to them; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';
import {
  bareQuotation,
  speechHighlights,
  titledName,
} from '../../../electron/services/import/article/speech-highlights';

const rows = (paragraphs: string[]) =>
  propose(paragraphs, { published: '2025-03-04', outlet: 'The Harbour Office', model: null }).map((c) => ({
    speaker: c.speaker ?? null,
    role: c.speakerRole ?? null,
    quote: c.quote ?? null,
  }));

describe('a speech’s excerpts as bare quotation paragraphs', () => {
  it('reads a paragraph that is one quotation, a "Watch" after it aside', () => {
    expect(bareQuotation('“The ferry sails at noon. It is on time.” Watch')).toBe(
      'The ferry sails at noon. It is on time.',
    );
    expect(bareQuotation('“The ferry sails at noon.” (Watch)')).toBe('The ferry sails at noon.');
    expect(bareQuotation('“The ferry sails,” she said. “It is on time.”')).toBeUndefined();
    expect(bareQuotation('The ferry sails at noon.')).toBeUndefined();
  });

  it('names the titled person in a lead', () => {
    expect(titledName('Today, Governor Ana J. Whitcombe opened the pier at Harbour Point.')).toBe(
      'Ana J. Whitcombe',
    );
    expect(titledName('Here are highlights from Governor Whitcombe’s speech:')).toBe('Whitcombe');
    expect(titledName('Here are the highlights:')).toBeUndefined();
  });

  it('gives each excerpt under a pointing opener to the person the lead names, no role', () => {
    const out = rows([
      'Governor Opens the New Pier',
      'March 4, 2025',
      'Today, Governor Ana J. Whitcombe opened the new pier at Harbour Point.',
      'Here are the highlights:',
      '“This pier was built by the people of this town. It came in under budget.” Watch',
      '“Every ferry that leaves from here will carry our name.” Watch',
    ]);
    const excerpts = out.filter((r) => r.quote !== null);
    expect(excerpts).toEqual([
      {
        speaker: 'Ana J. Whitcombe',
        role: null,
        quote: 'This pier was built by the people of this town. It came in under budget.',
      },
      {
        speaker: 'Ana J. Whitcombe',
        role: null,
        quote: 'Every ferry that leaves from here will carry our name.',
      },
    ]);
  });

  it('a lead-in naming the speaker tags the first excerpt, its title the role; the name as given in full', () => {
    const map = speechHighlights([
      'Yesterday, Governor Ana J. Whitcombe toured the harbour.',
      'Governor Whitcombe delivered remarks at the pier:',
      '“We built it in eleven months.”',
      '“It will carry a million riders.”',
    ]);
    expect(map.get(2)).toMatchObject({
      name: 'Ana J. Whitcombe',
      role: 'Governor',
      opens: true,
      quoted: true,
    });
    expect(map.get(3)).toMatchObject({ name: 'Ana J. Whitcombe', opens: false });
    expect(map.get(3)?.role).toBeUndefined();
  });

  it('hands on no speaker under an opener that names no one and points to nothing, nor to a lone quotation', () => {
    expect(
      speechHighlights([
        'Governor Ana Whitcombe opened the pier.',
        'Residents praised the work:',
        '“It is lovely.”',
        '“It is long overdue.”',
      ]).size,
    ).toBe(0);
    expect(
      speechHighlights([
        'Governor Ana Whitcombe opened the pier.',
        'Here are the highlights:',
        '“It is lovely.”',
      ]).size,
    ).toBe(0);
  });

  it('topic lines under a pointing lead-in are the titled person’s the paragraph before names', () => {
    const out = rows([
      'Governor Sets Out the Year Ahead',
      'March 4, 2025',
      'Governor Ana J. Whitcombe, in an interview on Harbour Radio, looked back on her first year.',
      'Here are the top moments you missed:',
      'On fares: “Fares will stay where they are this year.”',
      'On the pier: “The pier came in under budget.”',
    ]);
    expect(out.filter((r) => r.quote !== null).map((r) => r.speaker)).toEqual([
      'Ana J. Whitcombe',
      'Ana J. Whitcombe',
    ]);
  });
});
