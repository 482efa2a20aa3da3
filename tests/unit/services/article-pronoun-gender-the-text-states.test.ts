// "he"/"she" and a first name the lexicon reads as the other gender (session 23): the person the sentence
// before opened on, given a role there and the last to speak, is the one "he" goes on about, whatever the
// lexicon reads off the first name; with no role in the text, or a gender the text states (an honorific),
// the reading stands. Names and sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const EARLIER = 'Opposition leader Jaan Tamm criticised the budget on Monday, saying it would hurt families.';
const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker);

describe('a first name read as female, a man the text says is one', () => {
  it('"Prime Minister Kristen Michal said …. “…,” he added": the prime minister, not the earlier man', () => {
    expect(
      speakers([
        EARLIER,
        'Prime Minister Kristen Michal said the government would not change course. “We have no other choice,” he added.',
      ]).at(-1),
    ).toBe('Kristen Michal');
  });

  it('with no role given, the lexicon’s reading stands', () => {
    expect(
      speakers([
        EARLIER,
        'Kristen Michal said the government would not change course. “We have no other choice,” he added.',
      ]).at(-1),
    ).toBe('Jaan Tamm');
  });

  it('a gender the text states (an honorific) is not outweighed', () => {
    expect(
      speakers([
        EARLIER,
        'Ms Michal, the prime minister, spoke first.',
        'Prime Minister Kristen Michal said the government would not change course. “We have no other choice,” he added.',
      ]).at(-1),
    ).not.toBe('Kristen Michal');
  });

  it('"Estonia’s prime minister, Kristen Michal, said …. He told …": the prime minister, not a speaker further up whose gender nothing shows', () => {
    const said = speakers([
      '“We cannot wait,” Defence Minister Dovile Rusk told reporters in Vilnius.',
      'The drone came down near the border late on Thursday.',
      'Estonia’s prime minister, Kristen Michal, said the incident was a test. He told a public broadcaster that Tallinn would raise the matter.',
    ]);
    expect(said.at(-1)).toBe('Kristen Michal');
  });
});
