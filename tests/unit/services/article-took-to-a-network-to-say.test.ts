// "Roe took to Instagram to say …": a verb of saying after taking to a network is a claim of the subject, the
// network its relay (the fixtures README, "Posts on a platform", session 24; "took to social media" → social
// media). Taking to a network to do something else ("to discuss", a topic) says nothing. Sentences written for
// the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) =>
  propose(paragraphs, { model: null }).map((c) => [c.speaker, c.relayedBy ?? null]);

describe('took to a network to say', () => {
  it('"took to Instagram to say": the subject speaks, the network relays', () => {
    expect(
      claims([
        'Ferry crash',
        'After the report, Mara Lind took to Instagram to say she no longer blames the crew.',
      ]),
    ).toEqual([['Mara Lind', 'Instagram']]);
  });

  it('"took to social media on Monday to accuse": words between the network and the verb', () => {
    expect(
      claims([
        'Ferry crash',
        'Tom Hale, a harbour pilot, took to social media on Monday to accuse the board of lying.',
      ]),
    ).toEqual([['Tom Hale', 'social media']]);
  });

  it('"took to Twitter to discuss": no verb of saying, no claim', () => {
    expect(
      claims(['Ferry crash', 'Many parents took to Twitter in large numbers to discuss the timetable.']),
    ).toEqual([]);
  });
});
