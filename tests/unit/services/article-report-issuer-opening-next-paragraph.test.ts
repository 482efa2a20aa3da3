// "…, a report says." with no issuer, then a paragraph opening on a body ("The Harwell Library Trust
// praised …"): that body issued the report (the fixtures README: "a report suggests" → the institute named
// next), for the lead's claim and for "the report" after, with no relay. A possessive opening ("Harwell's
// readers …") names no issuer. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const on = (paragraphs: string[], words: string) =>
  propose(paragraphs).find((c) => c.statement.includes(words));

describe('a report whose issuer opens the next paragraph', () => {
  const article = [
    'Most rural libraries will close within a decade unless their funding rises, a report says.',
    'The Harwell Library Trust praised councils for keeping branches open last year. But it warned that money was running out.',
    'The report recommends opening libraries on Sundays.',
  ];

  it('the lead\'s "a report says" is the body opening the next paragraph', () => {
    const c = on(article, 'within a decade');
    expect(c?.speaker).toBe('Harwell Library Trust');
    expect(c?.relayedBy).toBeUndefined();
  });

  it('"the report" later is that body\'s too', () => {
    const c = on(article, 'on Sundays');
    expect(c?.speaker).toBe('Harwell Library Trust');
    expect(c?.relayedBy).toBeUndefined();
  });

  it('a possessive opening the next paragraph names no issuer', () => {
    const c = on(
      [
        'Most rural libraries will close within a decade unless their funding rises, a report says.',
        "Harwell's readers borrowed fewer books last year than in any year since 1950.",
      ],
      'within a decade',
    );
    expect(c?.speaker).toBeUndefined();
  });
});
