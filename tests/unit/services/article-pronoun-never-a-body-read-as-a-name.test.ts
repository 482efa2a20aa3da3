// "He" and "she" stand for a person: never for a capitalised run read as a name that nothing made anyone's
// (no first name, no gender) and that the lexicon reads as a body, a team or a plural ("Inspectors", a
// team's name), or an acronym ("TfR"), nor for one that opens on a people's or a place's name ("British Transport", cut from
// "British Transport police"). Better no speaker than a body. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker ?? null);

describe('a gendered pronoun is never a body read as a name', () => {
  it('"he said" after a plural read as a name is no one of them', () => {
    expect(
      speakers([
        'Inspectors said the crane had been overloaded.',
        'He said the tower "swayed like a reed" before it fell.',
      ]),
    ).toEqual(['Inspectors', null]);
  });

  it('"He said" after a team named in passing is not the team', () => {
    expect(
      speakers([
        'Jo Dyer, who coached the Arizona Cardinals for five seasons, is retiring.',
        'He said he would stay in the area.',
      ]),
    ).not.toContain('Arizona Cardinals');
  });

  it('"She told" after a short acronym that spoke goes back to the woman, not the acronym', () => {
    expect(
      speakers([
        'Tram crash leaves dozens hurt',
        'Another passenger, Jane Dorrit, said the tram was fast. TfR said it was aware of the claims. She told the Echo that the driver had looked tired.',
      ]),
    ).toEqual(['Jane Dorrit', 'TfR', 'Jane Dorrit']);
  });

  it('a person with a first name the lexicon knows is still "he"', () => {
    expect(
      speakers([
        'Robert Kessling, a harbour pilot, said the fog was thick.',
        'He said the ferry slowed down.',
      ]),
    ).toEqual(['Robert Kessling', 'Robert Kessling']);
  });
});
