// A site named by its web address as the one the words were told or written to ("explains to Lakeside.com:")
// relays: the stop inside the address is no end of the phrase. A company's address speaking stays a speaker.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const relays = (sentence: string) =>
  propose(['Bridge repairs', sentence], { outlet: 'The Valley Herald', model: null }).map((c) => [
    c.speaker,
    c.relayedBy ?? null,
  ]);

describe('a site named by its address', () => {
  it('relays the words explained to it', () => {
    expect(relays('Engineer Dana Pike explains to Lakeside.com: "The cables have rusted through."')).toEqual([
      ['Dana Pike', 'Lakeside.com'],
    ]);
  });

  it('relays the words written to it', () => {
    expect(relays('Mayor Ron Vance wrote to Rivernews.net that the bridge would reopen in spring.')).toEqual([
      ['Ron Vance', 'Rivernews.net'],
    ]);
  });
});
