// An agent noun right before a name is a title though the lexicon lacks it: "wrote sociologist Ana Roe",
// "said planetary geologist Ana Roe", "early retiree Ana Roe", "New Media investor Ana Roe". Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('an agent noun before the name', () => {
  it('"wrote sociologist Mara Dern" → role sociologist', () => {
    const c = only(['“Rent eats everything,” wrote sociologist Mara Dern.']);
    expect([c.speaker, c.speakerRole]).toEqual(['Mara Dern', 'sociologist']);
  });

  it('"said planetary geologist Rosa Lind" and "As coauthor Ella Hart told …": with their modifiers', () => {
    expect(only(['The surface is young, said planetary geologist Rosa Lind.']).speakerRole).toBe(
      'planetary geologist',
    );
    expect(only(['As coauthor Ella Hart told the magazine, the air is cleaner.']).speakerRole).toBe(
      'coauthor',
    );
  });

  it('"Vale Media investor Leo Brant blasted …": a body’s name before it too', () => {
    expect(only(['Vale Media investor Leo Brant blasted the deal.']).speakerRole).toBe('Vale Media investor');
  });

  it('"after" or "other" before a name is no title', () => {
    const c = only(['Weeks later, Leo Brant said the deal was off.']);
    expect(c.speakerRole).toBeUndefined();
  });
});

describe('a title and a name in an object relative clause', () => {
  it('"The rover, which Vale founder Jeff Bozo said last year had promise, …" is his', () => {
    const c = only([
      'The rover, which Vale founder Jeff Bozo said last year had promise, was shown on Monday.',
    ]);
    expect([c.speaker, c.speakerRole]).toEqual(['Jeff Bozo', 'Vale founder']);
  });
});
