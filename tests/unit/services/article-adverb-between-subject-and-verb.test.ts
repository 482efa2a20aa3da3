// "Texaco earlier said …", "Health Secretary Ana Roe earlier warned …": "earlier", "first" and "only"
// after a subject are adverbs, and the verb after them says, as after "later"; after a determiner they
// stay adjectives of a noun ("an earlier report", "its first stated aim"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker ?? null);

describe('an adverb between the subject and the verb', () => {
  it('"<body> earlier said" is the body\'s claim', () => {
    expect(speakers(['Harbor Mills earlier said the plant would reopen in the spring.'])).toEqual([
      'Harbor Mills',
    ]);
  });

  it('"<title> <name> earlier warned that" is the person\'s claim', () => {
    expect(
      speakers(['Transport Minister Lena Dovic earlier warned that fares would rise again next year.']),
    ).toEqual(['Lena Dovic']);
  });

  it('"the company earlier reported" is the company\'s claim', () => {
    expect(speakers(['The company earlier reported that its quarterly loss had narrowed.'])).toHaveLength(1);
  });

  it('after a determiner the word is an adjective: no verb of saying', () => {
    expect(propose(['The only said thing at the meeting was a greeting.'], { model: null })).toEqual([]);
    expect(propose(['Its first stated aim was to double the harvest.'], { model: null })).toEqual([]);
  });
});
