// "Farmers say …. They note …": a plural of people that opens a sentence is capitalised and was read as a
// person's name, which "they" never stands for, so the claim after it was left empty. A capitalised plural
// no first name or gender makes someone's is a group "they" goes on with. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker);

describe('"they" after a capitalised plural', () => {
  it('goes on with the plural that spoke', () => {
    expect(
      speakers([
        'Orchard spraying',
        'Farmers say the growers are ignoring the harm done to their hives. They note that three colonies collapsed last spring.',
      ]).at(-1),
    ).toBe('Farmers');
  });

  it('not with a person named so', () => {
    expect(
      speakers([
        'Orchard spraying',
        'Ana Daniels says the growers are ignoring the harm. They note that three colonies collapsed last spring.',
      ]).at(-1),
    ).not.toBe('Ana Daniels');
  });
});
