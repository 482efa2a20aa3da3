// A second speaker's clause joined without a comma — "… but opposition leaders argued …", "… - and the
// BBC's correspondent says …" (a spaced hyphen standing for a dash), "…,” and Mayor Ana Roe said …" (after a
// closing quotation) — is a claim of its own, as after ", but" and "— and". Names and sentences invented.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (text: string) => propose([text], { model: null }).map((c) => c.speaker);

describe('a second speaker joined without a comma', () => {
  it('after a bare "but"', () => {
    expect(
      speakers(
        'Tarvin Mining has always insisted the sale was lawful but the Finance Ministry argued it broke the tax code.',
      ),
    ).toEqual(['Tarvin Mining', 'Finance Ministry']);
  });

  it('after a spaced hyphen and "and"', () => {
    expect(
      speakers(
        "Premier Ola Brandt has described the deal as a triumph - and the BBC's Mia Kerr in Oslo says most voters disagree.",
      ),
    ).toEqual(['Ola Brandt', 'Mia Kerr']);
  });
});
