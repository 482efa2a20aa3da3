// A company speaks under its name without its legal form (the fixtures README's "Companies' legal tails",
// settled in session 19): "Boeing Co." → Boeing, "Microsoft Corp" → Microsoft. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('companies without their legal form', () => {
  it('"Co.", "Corp", ", Inc." and "Ltd" are dropped from the speaker', () => {
    expect(
      speakers([
        'Harlow Co. said on Monday the order was delayed.',
        'Vantor Corp said it would appeal the ruling.',
        'Quillon, Inc. said sales rose in the spring.',
        'Brightmoor Ltd said the plant would close.',
      ]),
    ).toEqual(['Harlow', 'Vantor', 'Quillon', 'Brightmoor']);
  });

  it('"the company said" later is the company by its name without the form', () => {
    expect(
      speakers(['Harlow Co. builds ships in Maine.', 'The company said the yard would hire 200 workers.']),
    ).toEqual(['Harlow']);
  });

  it('a name whose last word is the name keeps it ("The Orbit Company")', () => {
    expect(speakers(['The Orbit Company said it would cut jobs.'])).toEqual(['Orbit Company']);
  });
});
