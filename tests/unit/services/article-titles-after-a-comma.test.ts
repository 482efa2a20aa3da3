// A title right before the name is the role; what stands before its comma is not ("One of the bill's
// authors, Republican Sen. Ana Roe", "The officer ordered him to stop, Captain Ana Roe said"). Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('a title before the name, a phrase before its comma', () => {
  it('"One of the bill’s authors, Republican Sen. Ivo Brask, said …": the title', () => {
    const c = only(["One of the bill's authors, Republican Sen. Ivo Brask, said he expected problems."]);
    expect([c.speaker, c.speakerRole]).toEqual(['Ivo Brask', 'Republican Sen.']);
  });

  it('"The officer ordered him to stop, Captain Ray Varlow said": the rank, not the clause', () => {
    const c = only(['The officer ordered him to stop, Captain Ray Varlow said, but he ran.']);
    expect([c.speaker, c.speakerRole]).toEqual(['Ray Varlow', 'Captain']);
  });

  it('"Another senior official, Rear Admiral Ana Roe, praised …": the rank', () => {
    const c = only(['Another senior official, Rear Admiral Ana Roe, said the talks went well.']);
    expect(c.speakerRole).toBe('Rear Admiral');
  });

  it('with no title before the name, the phrase before the comma is still the role', () => {
    const c = only(['A Syrian refugee, Omar Haddad, said the camp was full.']);
    expect([c.speaker, c.speakerRole]).toEqual(['Omar Haddad', 'Syrian refugee']);
  });
});
