// Event dates: which clause a date belongs to (session 31). A claim in a relative clause after the main
// clause's date ("a raid on Thursday that the mayor said …") has none of its own; a clause closed by a comma
// before ", and <subject> said" dates only that clause; a weekday after "would" in what was said is the one to
// come, unless a participle or an "of" between makes it a noun’s past event; "earlier in the day" counts from
// a day told before, not from publication, and dates nothing; a weekday right before a verb in the past
// ("on Tuesday announced it will …") is gone by.
import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';

/** Published on a Thursday. */
const PUBLISHED = '2024-03-14';
const dateOf = (text: string, published = PUBLISHED) => {
  const c = proposeCandidates(text, 'text', { published, model: null }).candidates;
  expect(c, text).toHaveLength(1);
  return c[0]?.eventDate ?? null;
};

describe('a claim in a relative clause after the main clause’s date', () => {
  it('the date is the main clause’s event, not the claim’s', () => {
    expect(
      dateOf(
        'Inspectors closed a bakery in Northvale on Tuesday that the town council said had ignored warnings.',
      ),
    ).toBeNull();
    expect(
      dateOf('The assembly approved a levy on Monday night that Liberal members called “ruinous.”'),
    ).toBeNull();
  });
  it('"…, who confirmed": the main clause’s event is the claim’s, and dates it', () => {
    expect(
      dateOf('On Tuesday I reached Mara Quill, a spokeswoman, who confirmed that the plant would close.'),
    ).toBe('2024-03-12');
  });
});

describe('a clause closed by a comma before ", and <subject> said"', () => {
  it('its date is its own event’s', () => {
    expect(
      dateOf(
        'The port suspended all departures on Feb. 2 to repair the cranes, and Ruiz Delmont said it would reopen soon.',
      ),
    ).toBeNull();
  });
});

describe('a weekday after "would" in what was said', () => {
  it('is the weekday to come', () => {
    expect(dateOf('Mayor Ilse Varga said crews would start clearing the roads on Monday.')).toBe(
      '2024-03-18',
    );
  });
  it('a verb in the past right after the weekday: gone by, whatever it tells of to come', () => {
    expect(dateOf('The brewery on Thursday announced it will close two plants next year.')).toBe(
      '2024-03-14',
    );
    expect(dateOf('The brewery on Tuesday announced it will close two plants next year.')).toBe('2024-03-12');
  });
  it('a participle or an "of" between: the weekday of a noun’s past event', () => {
    expect(dateOf('Mayor Ilse Varga said crews would inspect a bridge damaged on Monday.')).toBe(
      '2024-03-11',
    );
    expect(dateOf('Mayor Ilse Varga said crews would look into reports of a collapse on Monday.')).toBe(
      '2024-03-11',
    );
  });
});

describe('"earlier in the day", "later in the day"', () => {
  it('count from a day told before, not from publication', () => {
    expect(
      dateOf('Later in the day, a second statement from the insurer confirmed that its servers had failed.'),
    ).toBeNull();
    expect(
      dateOf('In a court filing earlier in the day, lawyers for the tenants said the eviction was unlawful.'),
    ).toBeNull();
  });
});
