// "X, quoted by Y, said …", "X, as quoted by Y, told …": the phrase between the name and its verb says
// how the words came to the article; X speaks, Y relays. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('"quoted by" between a name and its verb', () => {
  it('"quoted by" a news agency: the name speaks, the agency relays', () => {
    const c = only([
      'Foreign Minister Ivan Dorel, quoted by the Interfax news agency, said the talks would resume in spring.',
    ]);
    expect(c.speaker).toBe('Ivan Dorel');
    expect(c.speakerRole).toBe('Foreign Minister');
    expect(c.relayedBy).toContain('Interfax');
  });

  it('"as quoted by" a newspaper, with "told"', () => {
    const c = only([
      'Ivan Dorel, as quoted by the Kestrel Gazette, told reporters the border would stay shut.',
    ]);
    expect(c.speaker).toBe('Ivan Dorel');
    expect(c.relayedBy).toBe('Kestrel Gazette');
  });

  it('"quoted by" before a quotation', () => {
    const c = only(['Ivan Dorel, quoted by Interfax, said: "The talks will resume in spring."']);
    expect(c.speaker).toBe('Ivan Dorel');
    expect(c.relayedBy).toBe('Interfax');
    expect(c.quote).toBe('The talks will resume in spring.');
  });

  it('"quoted in" a paper names the paper as the relay', () => {
    const c = only(['Ivan Dorel, quoted in the Kestrel Gazette, said the harbour would reopen by June.']);
    expect(c.speaker).toBe('Ivan Dorel');
    expect(c.relayedBy).toBe('Kestrel Gazette');
  });

  it('an outlet that quoted someone is still read as before ("Interfax quoted Dorel as saying")', () => {
    const c = only(['Interfax quoted Ivan Dorel as saying the talks would resume in spring.']);
    expect(c.speaker).toBe('Ivan Dorel');
    expect(c.relayedBy).toBe('Interfax');
  });
});
