// After a paraphrase that only quotes a phrase, a quoted sentence of the same speaker is a claim of its own
// (the labels' convention: "X said [paraphrase]. “[Quotation].”" two claims); one quotation split by its tag
// ("“A,” she said. “B.”") stays one. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a quoted sentence after a paraphrase', () => {
  it('is a claim of its own, the same speaker’s', () => {
    for (const paragraph of [
      'The chairman called the plan “a waste of time”, Mr Reed said. “Nobody asked the farmers what they needed.”',
      'Mr Dale described the ruling as “very important”. “This is from someone who knows the system from the inside.”',
      'Lisbon risks becoming a byword for “missed targets”, the Vane report said. “Doing nothing is not an option.”',
    ]) {
      const claims = propose([paragraph]);
      expect(claims, paragraph).toHaveLength(2);
      expect(claims[1]?.speaker, paragraph).toBe(claims[0]?.speaker);
      expect(claims[1]?.quote, paragraph).toBeDefined();
    }
  });
});

describe('one quotation split by its tag', () => {
  it('stays one claim', () => {
    for (const paragraph of [
      '“We will win this seat,” Lena Ross said. “Our opponents have no plan.”',
      'Lena Ross said: “We will win this seat.” “Our opponents have no plan.”',
      'The tool is a set of rules that “reads a form as a clerk does,” Ivo Rask said. “It never gets tired.”',
      'Then hear how Ivo Rask put it last night: “We want people to stay,” he said. “We want them to pay.”',
    ]) {
      const claims = propose([paragraph]);
      expect(claims, paragraph).toHaveLength(1);
      expect(claims[0]?.quote, paragraph).toContain(' … ');
    }
  });
});
