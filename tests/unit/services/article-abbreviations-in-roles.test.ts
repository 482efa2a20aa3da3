// A company's abbreviation ("Inc.", "Corp.") before a lower-case word ends no role: "chief economist at
// Halvard Analytics Inc. in West Chester". Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('an abbreviation’s stop inside a role', () => {
  it('"Inc. in West Chester, Pennsylvania" stays in the role', () => {
    const c = only([
      '“It is fine,” said Paul Rand, chief economist at Halvard Analytics Inc. in West Chester, Pennsylvania.',
    ]);
    expect(c.speakerRole).toBe('chief economist at Halvard Analytics Inc. in West Chester, Pennsylvania');
  });

  it('"Corp. in Las Vegas" too; a stop before a capital still ends it', () => {
    const c = only(['“Sales are slow,” said Jim Vale, president of Vale Trading Corp. in Las Vegas.']);
    expect(c.speakerRole).toBe('president of Vale Trading Corp. in Las Vegas');
    const d = only(['“Sales are slow,” said Jim Vale, president of Vale Trading Corp. He spoke on Monday.']);
    expect(d.speakerRole).toBe('president of Vale Trading Corp');
  });
});
