// A person named at the opening of someone else's words ("Dayo Brill … was shaken, Ms Kell said") is what
// the speaker talks about: "she said" right after goes on with the speaker, of the pronoun's gender as the
// text states it, not with the person opening her words, whose gender nothing states. The person the
// sentence opens on keeps the pronoun when no one else spoke it, or when the text makes them of its gender.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker ?? null);

describe('the teller, not the one told of', () => {
  it('"she said" after "Dayo Brill … was shaken, Ms Kell said" is Ms Kell', () => {
    expect(
      speakers([
        'Ferry crash leaves dozens hurt',
        'Ana Kell, 51, ran to the pier as soon as she heard of the crash. Dayo Brill, who was on his way to work, was "very shaken", Ms Kell said. "Even my husband was soaked," she said.',
      ]),
    ).toEqual(['Ana Kell', 'Ana Kell']);
  });

  it('a sentence that opens on the one who spoke still gives the pronoun to them', () => {
    expect(
      speakers([
        'Ferry crash leaves dozens hurt',
        'Dayo Brill said the ferry had tilted before it struck the pier. "Everyone fell over," he said.',
      ]),
    ).toEqual(['Dayo Brill', 'Dayo Brill']);
  });
});
