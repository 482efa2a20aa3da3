import { describe, expect, it } from 'vitest';
import { importArticle, proposeCandidates } from '../../../electron/services/import/article';
import { htmlToParagraphs } from '../../../electron/services/import/html';
import { articleText, freshServices } from '../../helpers/fixtures';

const seed = () => proposeCandidates(articleText(), 'text');

describe('article candidates on the seed article', () => {
  const { candidates, text } = seed();
  const find = (fragment: string) => candidates.find((c) => c.sentence.includes(fragment));

  it('keeps paragraphs and numbers locators by paragraph', () => {
    expect(text.split('\n\n')).toHaveLength(14);
    expect(find('Polish prime minister')?.locator).toBe('para. 3');
  });

  it('finds the six claims the issue lists, with speaker, relay and quote', () => {
    expect(find('de jure or de facto')).toMatchObject({
      speaker: 'Volodymyr Zelenskyy',
      quote: 'de jure or de facto',
      cue: 'told reporters',
    });
    expect(find('“military”')).toMatchObject({
      speaker: 'Donald Tusk',
      speakerRole: 'Polish prime minister',
      quote: 'military',
    });
    const donetsk = find('pull its forces back');
    expect(donetsk).toMatchObject({ speaker: 'US officials', relayedBy: 'Reuters', cue: 'reported that' });
    expect(donetsk?.quote).toBeUndefined();
    expect(find('not join NATO')).toMatchObject({
      speaker: 'Dmitry Peskov',
      speakerRole: 'Kremlin spokesman',
      cue: 'told reporters',
    });
    expect(find('legally binding')).toMatchObject({
      speaker: 'Volodymyr Zelenskyy',
      relayedBy: 'Le Monde',
      quote: 'legally binding',
    });
    expect(find('90% of issues')).toMatchObject({ speaker: 'US officials', cue: 'said' });
    expect(find('90% of issues')?.relayedBy).toBeUndefined();
  });

  it('resolves "cited by" relays and short names', () => {
    expect(find('working groups')).toMatchObject({ speaker: 'American officials', relayedBy: 'Reuters' });
    expect(find('tougher sanctions')?.speaker).toBe('Volodymyr Zelenskyy');
    expect(find('Donald Trump')).toMatchObject({ speaker: 'Donald Trump', speakerRole: 'President' });
    expect(find('European leaders backing')?.speaker).toBe('European leaders');
    expect(find('Ukraine has indicated')).toMatchObject({ speaker: 'Ukraine', cue: 'indicated' });
    expect(find('Reuters noted')).toMatchObject({ speaker: 'Reuters', cue: 'noted that' });
  });

  it('proposes nothing for plain narrative sentences', () => {
    for (const fragment of [
      'His remarks came as Washington',
      'The American side has offered',
      'refusal to treat Donbas',
      'The territorial issue remains',
      'hosted the meetings',
      'Moscow has not signalled',
      'previously met President Vladimir Putin',
      'The emerging outline',
      'For now, the Berlin process',
    ]) {
      expect(find(fragment), fragment).toBeUndefined();
    }
    // 16 of the 18 attributed sentences (the two missed attribute to documents: "Other reports
    // described…", "A joint statement … backed…"); no candidate for any other sentence.
    expect(candidates).toHaveLength(16);
    // Every candidate names who is speaking.
    expect(candidates.every((c) => c.speaker)).toBe(true);
  });
});

describe('article formats', () => {
  it('reads HTML saved from a browser: scripts and styles dropped, entities decoded, paragraphs kept', () => {
    const html = `<!doctype html><html><head><title>x</title><style>p{color:red}</style></head><body>
      <script>var said = "Someone said this";</script><nav>Home | World</nav>
      <article><h1>Talks in Berlin</h1><p>The Kremlin spokesman Dmitry Peskov told reporters that NATO was &ldquo;a fundamental issue&rdquo;.</p>
      <p>Weather was&nbsp;cold &amp; grey.<!-- a comment said nothing --></p><p>Caf&#233; owners &#x2014; all of them &mdash; agreed.</p></article></body></html>`;
    expect(htmlToParagraphs(html)).toEqual([
      'Talks in Berlin',
      'The Kremlin spokesman Dmitry Peskov told reporters that NATO was “a fundamental issue”.',
      'Weather was cold & grey.',
      'Café owners — all of them — agreed.',
    ]);
    const { candidates } = proposeCandidates(html, 'html');
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({
      speaker: 'Dmitry Peskov',
      speakerRole: 'Kremlin spokesman',
      quote: 'a fundamental issue',
      locator: 'para. 2',
    });
  });

  it('handles "according to", inverted quotes and appositive roles', () => {
    const { candidates } = proposeCandidates(
      [
        'Troops withdrew overnight, according to the Ukrainian military.',
        '“We will not give up an inch of our land,” said Olena Kovalenko, a regional governor.',
        'Dmitry Peskov, the Kremlin spokesman, said the offer was unacceptable.',
        'Officials familiar with the discussions said some members pushed for a cut, Bloomberg reported.',
      ].join('\n\n'),
      'text',
    );
    expect(candidates.map((c) => [c.speaker, c.speakerRole, c.cue])).toEqual([
      ['Ukrainian military', undefined, 'according to'],
      ['Olena Kovalenko', 'regional governor', 'said'],
      ['Dmitry Peskov', 'Kremlin spokesman', 'said'],
      ['Officials familiar with the discussions', undefined, 'said'],
    ]);
    expect(candidates[3]?.relayedBy).toBe('Bloomberg');
  });
});

describe('importArticle', () => {
  it('saves the source and accepted facts in one go, and reports duplicates instead of doubling', () => {
    const services = freshServices();
    const { candidates, text } = seed();
    const facts = candidates.map(({ statement, quote, speaker, speakerRole, relayedBy, locator }) => ({
      statement,
      quote,
      speaker,
      speakerRole,
      relayedBy,
      locator,
    }));
    const source = { title: 'Berlin talks', outlet: 'Sample', published: '2025-12-15', text };
    const first = importArticle(services.store, { source, facts });
    expect(first).toMatchObject({ sourcesCreated: 1, factsCreated: candidates.length, duplicates: [] });
    const again = importArticle(services.store, { source, facts });
    expect(again.sourcesCreated).toBe(0);
    expect(again.factsCreated).toBe(0);
    expect(again.duplicates).toHaveLength(candidates.length + 1);
    expect(services.store.stats()).toMatchObject({ sources: 1, facts: candidates.length });
    services.close();
  });

  it('writes nothing when one fact is bad, and names it', () => {
    const services = freshServices();
    const source = { title: 'Berlin talks', outlet: 'Sample' };
    expect(() =>
      importArticle(services.store, {
        source,
        facts: [{ statement: 'Fine.' }, { statement: 'Bad date.', eventDate: '2025-13-45' }],
      }),
    ).toThrow(/Fact 2, field eventDate/);
    expect(services.store.stats()).toMatchObject({ sources: 0, facts: 0 });
    services.close();
  });
});
