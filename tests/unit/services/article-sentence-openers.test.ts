// What opens a sentence before its comma is no speaker: a sentence adverb ("Next,", "Finally,") or a
// participle phrase ("Turning to his brother,"); counsel's side ("Ann Roe, prosecuting, said") is the
// named counsel's role. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const who = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.speakerRole ?? null]);

describe('sentence openers and asides before the speaker', () => {
  it('"Next, the attorney accused …": the adverb is no name, the attorney speaks', () => {
    expect(who(["Next, Lund's attorney accused the other side of stalling, claiming it hid files."])).toEqual(
      [['attorney', null]],
    );
  });

  it('"Finally, Rask pushed …, insisting that …": the participle is the named subject\'s', () => {
    expect(
      who(['Finally, Bo Rask pushed to close the hearing, insisting that cameras would “harm the jurors.”']),
    ).toEqual([['Bo Rask', null]]);
  });

  it('"Turning to his brother, Omar said": the participle phrase is no role', () => {
    expect(who(['Turning to his brother, Omar Feld said: “We will talk again.”'])).toEqual([
      ['Omar Feld', null],
    ]);
  });

  it('"Ann Roe, prosecuting, said", "Tom Lee, defending, said": the named counsel in that role', () => {
    expect(
      who([
        'Ann Roe, prosecuting, said the boiler had never been checked.',
        'Tom Lee, defending, said his client had worked for 20 years without fault.',
      ]),
    ).toEqual([
      ['Ann Roe', 'prosecuting'],
      ['Tom Lee', 'defending'],
    ]);
  });
});
