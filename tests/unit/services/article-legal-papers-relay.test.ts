// Court and legal papers, books and e-mails with no issuer named relay the words under the nouns the text
// gives them; no one is the speaker. One someone was said to issue before speaks for them. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a legal paper with no issuer relays', () => {
  it('"the unsealed criminal complaint said": no speaker, relayed by the criminal complaint', () => {
    const c = propose(['The ferry captain ignored two warnings, the unsealed criminal complaint said.']);
    expect([c[0]!.speaker, c[0]!.relayedBy]).toEqual([undefined, 'criminal complaint']);
  });

  it('"court papers say", "the order said", "another email joked"', () => {
    expect(propose(['The dock was sold twice, court papers say.'])[0]!.relayedBy).toBe('court papers');
    expect(propose(['The berths will close at noon, the order said.'])[0]!.speaker).toBeUndefined();
    expect(
      propose(['Another email joked that the cranes were older than the harbour.'])[0]!.speaker,
    ).toBeUndefined();
  });

  it('"Acme sued …" then "the lawsuit says": Acme', () => {
    const c = propose([
      'Larkspur Shipping sued the harbour board on Monday.',
      'The board ignored two safety reports, the lawsuit says.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Larkspur Shipping');
  });
});
