import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';
import {
  bylineText,
  datelineAgency,
  textSays,
} from '../../../electron/services/import/article/text-metadata';

// A plain-text article says what it is above its story: its headline, its byline, the agency of its
// dateline. The import review fills the source's empty fields with them (invented articles throughout).
const wire = [
  'Harbour council delays vote on new ferry terminal',
  '',
  'By Ana Roe and LI WEI',
  '',
  'PORTVILLE, May 4 (Reuters) - The harbour council on Tuesday postponed a vote on the ferry terminal, its chair Mara Quill said.',
  '',
  '"We need another month," Quill told Reuters.',
  '',
].join('\n');

describe('what an article’s text says about itself', () => {
  it('reads the headline, the byline’s names and the dateline’s agency', () => {
    const { says } = proposeCandidates(wire, 'text', { model: null });
    expect(says).toEqual({
      title: 'Harbour council delays vote on new ferry terminal',
      byline: 'Ana Roe, Li Wei',
      outlet: 'Reuters',
    });
  });

  it('with no outlet given, the dateline’s agency is the article’s own: “told Reuters” relays nothing', () => {
    const told = (outlet?: string) =>
      proposeCandidates(wire, 'text', { model: null, ...(outlet ? { outlet } : {}) }).candidates.find((c) =>
        c.statement.includes('another month'),
      );
    expect(told()?.speaker).toBe('Mara Quill');
    expect(told()?.relayedBy).toBeUndefined();
    // An outlet the analyst gives is the article's own instead, and the agency then relays.
    expect(told('Portville Gazette')?.relayedBy).toBe('Reuters');
  });

  it('a byline keeps its names only: no outlet, no place, names in capitals written as names', () => {
    expect(bylineText('By JANE DOE, Associated Press')).toBe('Jane Doe');
    expect(bylineText('By Ana Roe, Omar Haddad and Li Wei')).toBe('Ana Roe, Omar Haddad, Li Wei');
    expect(bylineText('By Ana Roe in Kyiv')).toBe('Ana Roe');
    expect(bylineText('By: Ana Roe | Reuters')).toBe('Ana Roe');
    expect(bylineText('By Reuters')).toBeUndefined();
  });

  it('only a short name in a dateline’s brackets is an agency; no dateline, no agency', () => {
    expect(datelineAgency(['KYIV, Dec 17 (AP) – Officials said the line held.'])).toBe('AP');
    expect(datelineAgency(['(CNN) -- Officials said the line held.'])).toBe('CNN');
    expect(datelineAgency(['LONDON — Officials said the line held.'])).toBeUndefined();
    expect(datelineAgency(['Officials (pictured) - said the line held.'])).toBeUndefined();
    expect(datelineAgency(['Officials said the line held.'])).toBeUndefined();
  });

  it('a first line that ends as a sentence is no headline, and an article without any says nothing', () => {
    expect(textSays(['Officials said the line held.', 'More followed.'])).toEqual({});
    expect(textSays(['Only one paragraph without a stop'])).toEqual({});
  });
});
