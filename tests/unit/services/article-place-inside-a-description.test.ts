// Capitalised words after "in", "from", "near" or "of" that end a description of a person in small letters
// say where that person is or what they serve: they are no speaker's name, though the lexicon knows no
// such place. Sentences written for the test (invented names and places).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('a place inside a description of a person', () => {
  it('"a plumber from nearby Little Hobbsworth said": the plumber, not the village', () => {
    const c = only(['A plumber from nearby Little Hobbsworth said the flood came at night.']);
    expect(c.speaker).toBe('plumber from nearby Little Hobbsworth');
  });

  it('"according to a priest in Brenchford": the priest speaks', () => {
    const c = only(['The chapel will close in May, according to a priest in Brenchford.']);
    expect(c.speaker).toBe('priest in Brenchford');
  });

  it('"Ana Kell, mayor of Orvale": the name beside the role speaks, not the town after "of"', () => {
    const c = propose(['“We will rebuild,” said Ana Kell, mayor of Orvale.']);
    expect(c.map((x) => x.speaker)).toEqual(['Ana Kell']);
  });

  it('a first name after the preposition still opens a person ("a nurse from Leeds, Dana Pruitt")', () => {
    const c = only(['A nurse from Leeds, Dana Pruitt, said the ward was full.']);
    expect(c.speaker).toBe('Dana Pruitt');
  });
});
