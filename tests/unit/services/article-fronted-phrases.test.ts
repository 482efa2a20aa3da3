// A phrase fronted before the speaker's name ("The tuft cell, Herbert said", "These days, Baz says") is no
// role unless it names what the person is; the sentence going on after an inverted name ("…, says Buser,
// is …") is none either. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a fronted phrase before the name', () => {
  it('"The tuft cell, Herbert said, …" and "These days, Baz says …": no role', () => {
    const c = propose([
      'Ana Herbert studies the gut. The tuft cell, Herbert said, is a sentinel.',
      'Tom Baz runs the lab. These days, Baz says, the work is slow.',
    ]);
    expect(c.map((x) => x.speakerRole)).toEqual([undefined, undefined]);
  });

  it('"A Syrian refugee, Omar Haddad, said …" and "The group that owns the catalogue, Larkspur Records, says …" keep it', () => {
    const c = propose([
      'A Syrian refugee, Omar Haddad, said the camp was full.',
      'The group that owns the catalogue, Larkspur Records, says she may play the songs.',
    ]);
    expect(c[0]!.speakerRole).toBe('Syrian refugee');
    expect(c[1]!.speakerRole).toBe('group that owns the catalogue');
  });

  it('"The key to success, says Ivo Buser, is …": the rest of the sentence is no role', () => {
    const c = propose(["The key to the game's success, says Ivo Buser, is the company's network."]);
    expect(c[0]!.speaker).toBe('Ivo Buser');
    expect(c[0]!.speakerRole).toBeUndefined();
  });
});
