// A photo's credit in brackets run into one-line copy ("… (Photo: PA) Riders described …") goes, so the
// sentence after it opens on its own subject. Sentences written for the test, none from the corpus.
import { describe, expect, it } from 'vitest';
import { withoutInlineCaptions } from '../../../electron/services/import/boilerplate';
import { propose } from '../../helpers/article-candidates';

describe('withoutInlineCaptions: bracketed photo credits', () => {
  it.each([
    [
      'The ferry ran aground at dawn. (Photo: Harbour Press) (Photo: PA) Riders described the panic on deck.',
      'The ferry ran aground at dawn. Riders described the panic on deck.',
    ],
    ['(Image: Getty) The pier reopened.', 'The pier reopened.'],
    ['The pier reopened (Picture by Ann Lee/AP) on Monday.', 'The pier reopened on Monday.'],
  ])('%s', (text, expected) => expect(withoutInlineCaptions(text)).toBe(expected));

  it('brackets that are no credit stay', () => {
    const text = 'The photo (taken in May) shows the pier.';
    expect(withoutInlineCaptions(text)).toBe(text);
  });
});

describe('the claim after a credit names its own speaker', () => {
  it('"(Photo: PA) Coastguards said …" is the coastguards\' claim', () => {
    const claims = propose(
      [
        'Ferry aground off Dunmore',
        'The ferry ran aground at dawn. (Photo: PA) Coastguards said the tide had turned too fast for the crew.',
      ],
      { model: null },
    );
    expect(claims.map((c) => c.speaker)).toEqual(['Coastguards']);
  });
});
