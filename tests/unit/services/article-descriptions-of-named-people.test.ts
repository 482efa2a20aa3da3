// A definite description as the subject that refers back to a person the article has named: an age alone
// ("the 64-year-old said") is the role the unit gives them; a trade the lexicon knows ("the roofer", "the
// Danish baker") is the person the text is on; and a definite description is never the next person named
// (the named-next rule is for an indefinite noun). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const who = (paragraphs: string[]) =>
  propose(paragraphs, { model: null }).map((c) => [c.speaker ?? null, c.speakerRole ?? null]);

describe('a description that refers back to a named person', () => {
  it('"the 64-year-old said": the person in view, the age the role', () => {
    expect(
      who([
        'Gerald Whitcombe, whose garden backs onto the canal, told reporters the water rose overnight.',
        'The 64-year-old said the towpath had been shut since noon.',
      ]),
    ).toEqual([
      ['Gerald Whitcombe', null],
      ['Gerald Whitcombe', '64-year-old'],
    ]);
  });

  it('"the roofer, who …, said": a trade is the last speaker, the trade the role', () => {
    expect(
      who([
        'Colin Mabry, who was standing at the bus stop, said the lorry never braked.',
        'The roofer, who hurt his wrist, said the driver climbed out and ran.',
        'Priya Lannister said her son had been on the bus.',
      ]),
    ).toEqual([
      ['Colin Mabry', null],
      ['Colin Mabry', 'roofer'],
      ['Priya Lannister', null],
    ]);
  });

  it('"the Danish baker said" with no one in view keeps the description', () => {
    const out = who([
      'The bakery on Elm Street reopened on Monday.',
      'The Danish baker said the ovens were ready.',
    ]);
    expect(out.map((c) => c[0])).not.toContain('Elm Street');
  });

  it('a trade with an owner\'s possessive is someone new ("the ferry\'s skipper")', () => {
    const out = who([
      'Marta Oyelaran, a passenger, said the crossing was rough.',
      "The ferry's skipper said the swell reached three metres.",
    ]);
    expect(out[1]?.[0]).not.toBe('Marta Oyelaran');
  });

  it('"the window cleaner from nearby Thornton Heath, who …, said": the place after the noun is no part of who', () => {
    expect(
      who([
        'Fellow passenger Colin Mabry, 30, said the tram was going too fast.',
        'The window cleaner from nearby Thornton Heath, who broke his arm, said: "We hit the bend and flipped."',
      ]),
    ).toEqual([
      ['Colin Mabry', 'Fellow passenger'],
      ['Colin Mabry', 'window cleaner from nearby Thornton Heath'],
    ]);
  });

  it('a photo credit in parentheses before the description is no one it stands for', () => {
    expect(
      who([
        'Passenger Dorothy Vane said the carriage tipped slowly. (Photo: Simon Ashby/Evening Post) The retired carpenter said she heard the brakes screech.',
      ]).map((c) => c[0]),
    ).toEqual(['Dorothy Vane', 'Dorothy Vane']);
  });

  it('"the former deputy governor said": a former office is the person the text is on', () => {
    expect(
      who([
        'Desmond Achterberg said the quay had been neglected for years.',
        'The former deputy governor said the council ignored his letters.',
      ]),
    ).toEqual([
      ['Desmond Achterberg', null],
      ['Desmond Achterberg', 'former deputy governor'],
    ]);
  });

  it('the one described so beside a name comes before the last speaker', () => {
    expect(
      who([
        'Lord Harwood, the former cabinet secretary, retired in May.',
        'Ana Ruiz said the board had not replied.',
        'The former cabinet secretary said the delay was shameful.',
      ]),
    ).toEqual([
      ['Ana Ruiz', null],
      ['Lord Harwood', 'former cabinet secretary'],
    ]);
  });

  it('"… like Dana Whitfield, a mother of three, who said": the relative clause hangs on the name', () => {
    expect(
      who([
        'But many parents feel like Dana Whitfield, a mother of three, who said last year that she will keep visiting the park.',
      ]),
    ).toEqual([['Dana Whitfield', 'mother of three']]);
  });

  it('of several the unit names before the description, the one who spoke last goes on', () => {
    expect(
      who([
        'Oscar Lindqvist has answered Mara Quell’s claims in an interview with Variety.',
        '“It was the biggest mistake of my career,” Lindqvist said.',
        'As for the scene in which Lindqvist was shouting at Quell, the director told Variety it was the actress’ idea.',
      ]).at(-1),
    ).toEqual(['Oscar Lindqvist', 'director']);
  });
});
