// Text that says nothing anyone attributed: captions, findings, and the article's own outlet observing,
// each on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('not attributed claims', () => {
  it('a caption ending in its image credit proposes nothing', () => {
    expect(
      propose([
        'The bridge reopened on Friday.',
        'Governor Lyle Osborne tweeted his thanks to the road crews Image: Twitter / Lyle Osborne.',
        'Crowds cross the bridge on its first morning. Photo: Harbour Council.',
      ]),
    ).toEqual([]);
  });

  it('estimates, reports and comments that suggest or reveal are findings, not speakers', () => {
    expect(propose(['Early estimates suggest that 3,000 homes lost power.'])).toEqual([]);
    expect(propose(['Recent reports have revealed that the mine was unsafe.'])).toEqual([]);
    expect(propose(['Comments after the meeting indicated the talks had gone well.'])).toEqual([]);
  });

  it("the article's own outlet observing is its own reporting", () => {
    expect(
      propose(['Harbour News observed that most stalls had closed by noon.'], { outlet: 'Harbour News' }),
    ).toEqual([]);
  });

  it('a caption credit does not hide a claim in running text', () => {
    expect(propose(['Photo editors said the image had not been altered.'])).toHaveLength(1);
  });
});

describe("an agentless belief is no one's claim", () => {
  it('"is believed to", "are thought to" with no one named: nothing proposed; "is said to" still is', () => {
    const c = propose([
      'The fever is believed to have reached the coast by ship.',
      'Some 300 troops are thought to remain at the base.',
      'The envoy is said to have left the capital.',
    ]);
    expect(c.map((x) => x.statement)).toEqual(['The envoy is said to have left the capital.']);
  });
});
