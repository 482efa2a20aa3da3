// Who "he", "she", "it" and "they" stand for in news prose (session 27, engine S): an unnamed speaker of
// one person, the person a sentence has just introduced, the speaker in view in a tag after reported words,
// the body or group that spoke last. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('he and she', () => {
  it('reach an unnamed speaker described by any role noun ("a Western diplomat")', () => {
    expect(
      speakers(['The budget is weak, a Western diplomat said. He said the plan would not survive the year.']),
    ).toEqual(['Western diplomat', 'Western diplomat']);
  });

  it('go to the one person the sentence before introduced, before the last speaker', () => {
    expect(
      speakers([
        'Ian Ford, an analyst at Jupiter, said the phone was cheap.',
        'One dissenting voice was Brian Gale, an analyst at Gartner. He said: "I do not think it changes anything."',
      ]),
    ).toEqual(['Ian Ford', 'Brian Gale']);
  });

  it('in a tag after the words it reports, are the speaker in view, not the person those words name', () => {
    expect(
      speakers([
        'Michael Hart said the country was heading the wrong way.',
        'Mr Blake has failed to tackle these problems, he said.',
      ]),
    ).toEqual(['Michael Hart', 'Michael Hart']);
  });

  it('still go to a person named in a clause put first ("When police questioned Ana Ruiz, she said")', () => {
    expect(
      speakers(['When police questioned Ana Ruiz about the fire, she said she had been asleep.']),
    ).toEqual(['Ana Ruiz']);
  });

  it('"He\'s said" is the pronoun with its auxiliary', () => {
    expect(
      speakers([
        'Julian Roe, the founder, spoke on Monday. He’s said he fears the court would send him away.',
      ]),
    ).toEqual(['Julian Roe']);
  });

  it('a product after an article ("the Zen phone") is no mention of a person named with that word', () => {
    expect(
      speakers([
        'Acme Zen phone gets warm welcome',
        'Tom Lowe, an analyst, said the phone was cheap.',
        'The Zen phone also fell short on its camera, said Mr Lowe. "It is not ready," he said.',
      ]).at(-1),
    ).toBe('Tom Lowe');
  });

  it('follow the role words that describe a title to the name ("local transport spokesman Tom Reilly")', () => {
    expect(
      speakers([
        'The Green Party’s local transport spokesman Tom Reilly called the plan “a failure”. He said: "It will not work."',
      ]),
    ).toEqual(['Tom Reilly', 'Tom Reilly']);
  });

  it('go to the holder of a role named in apposition ("A spokesman for Acme Builders, Dr Patel,")', () => {
    expect(
      speakers([
        'A spokesman for Acme Builders, Dr Patel, told the BBC this would help. He said the firm would benefit.',
      ]),
    ).toEqual(['Patel', 'Patel']);
  });
});

describe('it and they', () => {
  it('"it" is the body that spoke last, not one named since', () => {
    expect(
      speakers([
        'The Bank of Ruritania told Reuters its losses were small.',
        'Veritas, a Dutch insurer, said it could not yet count its losses. However, it said the storm was unlikely to hurt its results.',
      ]).at(-1),
    ).toBe('Veritas');
  });

  it('"they" is the group that spoke last, not a body named since', () => {
    expect(
      speakers([
        'Western diplomats said the reforms would slow. The Communist Party met on Monday.',
        'The reforms will go on at a slower pace, they said.',
      ]).at(-1),
    ).toBe('Western diplomats');
  });
});
