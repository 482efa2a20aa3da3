// "In an interview with Deadline Hollywood, the director said …": the outlet named inside an opening
// adverbial is closed by its comma — the description after it ("the director") is no appositive of the
// outlet, so the outlet is neither the speaker nor a person given that role; the description is the person in
// view, as "the director" said before, and the outlet relays (the fixtures README, "An interview's run of
// units"). A quotation running over paragraphs ends its claim in the last of them, so the same speaker's
// unit after it is next to it and carries the interview's relay on. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const relays = (paragraphs: string[], outlet = 'The Harbor Office') =>
  propose(paragraphs, { outlet, model: null }).map((c) => [c.speaker ?? null, c.relayedBy ?? null]);

describe('an outlet inside an opening adverbial', () => {
  it('is no speaker: the description after the comma is the person in view', () => {
    expect(
      relays([
        'Stage collapse',
        'Mira Castellan has said the collapse of the stage during her last concert was avoidable.',
        'The singer said the crew had warned the promoters twice.',
        'The promoters declined to comment on the crew’s warnings.',
        'In an interview with Rolling Stone, the singer said she had asked for the show to be moved indoors.',
      ]),
    ).toEqual([
      ['Mira Castellan', null],
      ['Mira Castellan', null],
      ['Mira Castellan', 'Rolling Stone'],
    ]);
  });
});

describe('an interview’s run after a quotation over paragraphs', () => {
  it('goes on from the paragraph the quotation ends in', () => {
    const got = relays([
      'Stage collapse',
      'Mira Castellan told Rolling Stone the stage had been built in a hurry.',
      'She added: "We had three days to put it up, and nobody checked the bolts.',
      '"I trusted the crew. I should have asked more questions.',
      '"It will not happen again."',
      'She said the tour would resume in the spring.',
    ]);
    expect(got.at(-1)).toEqual(['Mira Castellan', 'Rolling Stone']);
    expect(got.every(([, relay]) => relay === 'Rolling Stone')).toBe(true);
  });
});
