// A definite description of a person the article has just named ("said the actor", "the British royal
// denied") is that person, the description the role; with nobody fitting near, it stays as written.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.speakerRole ?? null]);

describe('a description stands for the person in view', () => {
  it('"said the actor" after the actor spoke is the actor, role actor', () => {
    expect(
      claims([
        'Thomas Garrow left the dance contest on Monday night.',
        '“It was a hard week,” Garrow said.',
        '“We will be back next year,” said the actor. “It makes you stronger.”',
      ]),
    ).toEqual([
      ['Thomas Garrow', null],
      ['Thomas Garrow', 'actor'],
    ]);
  });

  it('"the actress said" is the woman in view, not the man named beside her', () => {
    expect(
      claims([
        'Helena Marsh talked about her years with Peter Lindqvist.',
        '“He was not ready,” the actress said of their time together.',
      ]),
    ).toEqual([['Helena Marsh', 'actress']]);
  });

  it('a capitalised description ("the British royal", "the Nevada Democrat") reads as one', () => {
    expect(
      claims([
        'Richard Hallam gave a long interview to the network on Sunday.',
        'In it, the British royal denied knowing the banker.',
      ]),
    ).toEqual([['Richard Hallam', 'British royal']]);
    expect(
      claims([
        'Senator Joanna Pike met the delegation on Friday.',
        '“The talks were useful,” the Nevada Democrat said in a statement.',
      ]),
    ).toEqual([['Joanna Pike', 'Nevada Democrat']]);
  });

  it('a body and a role noun ("the Netflix founder") describe the person in view too', () => {
    expect(
      claims([
        'Julian Arne spoke to reporters on Monday.',
        'The Netflix founder always argued that the deal was fair.',
      ]),
    ).toEqual([['Julian Arne', 'Netflix founder']]);
  });

  // (The labels give an age alone as the role, "the 76-year-old said" → role "76-year-old", six to one.)
  it('an age alone is the role: "the 58-year-old said" is the person, the age the role', () => {
    expect(
      claims([
        'The club appointed Mario Delluca as manager on Wednesday.',
        '“I am proud,” the 58-year-old said after his appointment.',
      ]),
    ).toEqual([['Mario Delluca', '58-year-old']]);
  });
});

describe('with nobody fitting near, the description stays', () => {
  it('no person named before: "the actor" as written', () => {
    expect(claims(['“It was a hard week,” said the actor.'])).toEqual([['actor', null]]);
  });

  it('two people of the description’s gender as near: none chosen', () => {
    expect(
      claims([
        'Thomas Garrow and Peter Lindqvist left the contest on Monday night.',
        '“It was a hard week,” said the actor.',
      ]),
    ).toEqual([['actor', null]]);
  });

  it('an unnamed speaker’s noun ("the official", "the mother") brings in someone new', () => {
    expect(
      claims(['Thomas Garrow left the contest on Monday night.', '“It was a hard week,” the official said.']),
    ).toEqual([['official', null]]);
  });
});
