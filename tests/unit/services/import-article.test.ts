import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';
import { importArticle } from '../../../electron/services/import/article/saving';
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
    // All 18 attributed sentences: since session 33 the rules read "A joint statement by European leaders …
    // backed …" too (a participle of saying's clause, its subject read past the words before its head), the
    // statement's issuers speaking. "Other reports described an American idea to create a … “free
    // economic zone”" is the reports' (session 21: "described" with a quotation up to nine words on, as
    // with "as"), relayed by them with no speaker — before, the rules missed it and some learnt models
    // added it with no speaker or named US officials for it, wrongly. No candidate for any other sentence.
    expect(candidates).toHaveLength(18);
    expect(find('Other reports described')).toMatchObject({ relayedBy: 'reports', cue: 'described' });
    expect(find('Other reports described')?.speaker).toBeUndefined();
    // Every candidate names who is speaking, or the outlet whose reporting it is.
    expect(candidates.every((c) => c.speaker || c.relayedBy)).toBe(true);
  });
});

describe('outlets on the seed article: the outlet that reports is the relay, never the speaker', () => {
  const attributionOf = (outlet?: string) =>
    proposeCandidates(articleText(), 'text', { outlet }).candidates.map((c) => ({
      sentence: c.sentence.slice(0, 40),
      speaker: c.speaker,
      role: c.speakerRole,
      relay: c.relayedBy,
    }));
  const row = (sentence: string, speaker?: string, role?: string, relay?: string) => ({
    sentence,
    speaker,
    role,
    relay,
  });
  // Every candidate of the article, in order. Before outlets were told apart, the two "Reuters …" rows
  // without a speaker had speaker "Reuters".
  const expected = [
    row('President Volodymyr Zelenskyy has said U', 'Volodymyr Zelenskyy', 'President'),
    row('Polish prime minister Donald Tusk said h', 'Donald Tusk', 'Polish prime minister'),
    row('He told reporters that Ukraine would not', 'Volodymyr Zelenskyy'),
    row('Reuters reported that US officials were ', 'US officials', undefined, 'Reuters'),
    row('Other reports described an American idea', undefined, undefined, 'reports'),
    row('Zelenskyy said that discussions about ec', 'Volodymyr Zelenskyy'),
    row('In Berlin, European leaders backing Ukra', 'European leaders'),
    row('A joint statement by European leaders af', 'European leaders'),
    row('Reuters reported that the statement also', undefined, undefined, 'Reuters'),
    row('President Donald Trump said in Washingto', 'Donald Trump', 'President'),
    row('Reuters noted that Russia had yet to agr', undefined, undefined, 'Reuters'),
    row('The Kremlin spokesman Dmitry Peskov told', 'Dmitry Peskov', 'Kremlin spokesman'),
    row('US officials said talks had resolved abo', 'US officials'),
    row('Zelenskyy said he would seek tougher san', 'Volodymyr Zelenskyy'),
    row('Ukraine has indicated it could set aside', 'Ukraine'),
    row('Le Monde reported that Zelenskyy argued ', 'Volodymyr Zelenskyy', undefined, 'Le Monde'),
    row('American officials cited by Reuters said', 'American officials', undefined, 'Reuters'),
    row('Zelenskyy has said that if Russia reject', 'Volodymyr Zelenskyy'),
  ];

  it('gives a Reuters report no speaker and Reuters as its relay; people and officials keep speaking', () => {
    expect(attributionOf()).toEqual(expected);
    const { candidates } = seed();
    const find = (fragment: string) => candidates.find((c) => c.sentence.includes(fragment));
    expect(find('the statement also highlighted')).toMatchObject({
      relayedBy: 'Reuters',
      cue: 'reported that',
    });
    expect(find('the statement also highlighted')?.speaker).toBeUndefined();
    expect(find('Reuters noted that Russia')).toMatchObject({ relayedBy: 'Reuters', cue: 'noted that' });
    expect(find('Reuters noted that Russia')?.speaker).toBeUndefined();
    const speakers = candidates.map((c) => c.speaker ?? '');
    expect(speakers.filter((s) => /Reuters|Monde/.test(s))).toEqual([]);
  });

  it('drops the relay where it is the article’s own outlet: its own reporting is the source itself', () => {
    const own = (relay?: string) => (relay && /^(the )?reuters$/i.test(relay) ? undefined : relay);
    expect(attributionOf('Reuters')).toEqual(expected.map((r) => ({ ...r, relay: own(r.relay) })));
    // Another outlet changes nothing: Reuters and Le Monde still relay.
    expect(attributionOf('The Guardian')).toEqual(expected);
  });
});

describe('statements stand alone', () => {
  it('a sentence opening on a pronoun names its speaker in the statement, the sentence kept as written', () => {
    const { candidates } = proposeCandidates(articleText(), 'text');
    const he = candidates.find((c) => c.sentence.startsWith('He told reporters that Ukraine would not'));
    expect(he?.statement).toMatch(/^Volodymyr Zelenskyy told reporters that Ukraine would not/);
    expect(he?.sentence).toMatch(/^He told reporters/);
    // Sentences that name their speaker are the statement as they are.
    expect(
      candidates.filter((c) => !/^(He|She) /.test(c.sentence)).every((c) => c.statement === c.sentence),
    ).toBe(true);
  });
});

describe('outlets and speakers in attributions', () => {
  const attribution = (sentence: string, outlet?: string) => {
    const { candidates } = proposeCandidates(sentence, 'text', { outlet });
    expect(candidates, sentence).toHaveLength(1);
    const c = candidates[0]!;
    return { speaker: c.speaker, role: c.speakerRole, relay: c.relayedBy };
  };
  const is = (speaker?: string, relay?: string, role?: string) => ({ speaker, role, relay });

  it('"X reported that …": an outlet reports; the people it reports on speak', () => {
    expect(attribution('Reuters reported that the talks had stalled.')).toEqual(is(undefined, 'Reuters'));
    expect(attribution('Le Monde reported on Tuesday that the plan was dropped.')).toEqual(
      is(undefined, 'Le Monde'),
    );
    expect(attribution('The Associated Press reported that the offer was unacceptable.')).toEqual(
      is(undefined, 'Associated Press'),
    );
    expect(attribution('AFP said the offer was unacceptable.')).toEqual(is(undefined, 'AFP'));
    expect(attribution('Reuters reported that US officials were pressing Kyiv.')).toEqual(
      is('US officials', 'Reuters'),
    );
    expect(attribution('Le Monde reported that Zelenskyy argued for binding assurances.')).toEqual(
      is('Zelenskyy', 'Le Monde'),
    );
    expect(attribution('Russia is preparing a new offensive, Reuters reported.')).toEqual(
      is(undefined, 'Reuters'),
    );
  });

  it('"according to X": an outlet relays, a person or body speaks', () => {
    expect(attribution('The ceasefire would begin on Friday, according to Reuters.')).toEqual(
      is(undefined, 'Reuters'),
    );
    expect(attribution('According to a report by AFP, the deal was close.')).toEqual(is(undefined, 'AFP'));
    expect(attribution('According to a Reuters report, the deal was close.')).toEqual(
      is(undefined, 'Reuters'),
    );
    expect(attribution('According to Reuters, US officials said the deal was close.')).toEqual(
      is('US officials', 'Reuters'),
    );
    expect(attribution('The deal was close, according to the Kremlin.')).toEqual(is('Kremlin'));
  });

  it('"X said, citing officials": the officials speak, relayed by the outlet', () => {
    expect(attribution('Reuters said, citing two US officials, that the deal was close.')).toEqual(
      // Quantifiers are no part of a speaker (the corpus's labelling rule): "two US officials" are US officials.
      is('US officials', 'Reuters'),
    );
    expect(
      attribution('Bloomberg reported, citing people familiar with the matter, that the deal was close.'),
    ).toEqual(is('people familiar with the matter', 'Bloomberg'));
    expect(attribution('The deal was close, Reuters reported, citing two sources.')).toEqual(
      is('sources', 'Reuters'),
    );
    // A speaker who cites something stays the speaker.
    expect(attribution('Ukrainian officials said, citing intelligence, that troops were massing.')).toEqual(
      is('Ukrainian officials'),
    );
  });

  it('"officials told Reuters": the officials speak, the outlet they told relays', () => {
    expect(attribution('US officials told Reuters that the deal was close.')).toEqual(
      is('US officials', 'Reuters'),
    );
    expect(
      attribution('A senior Ukrainian official told the Financial Times that talks had stalled.'),
    ).toEqual(is('senior Ukrainian official', 'Financial Times'));
    expect(attribution('Ukraine will not cede land, Zelenskyy told Le Monde.')).toEqual(
      is('Zelenskyy', 'Le Monde'),
    );
    expect(attribution('Zelenskyy said in an interview with the BBC that Ukraine would hold.')).toEqual(
      is('Zelenskyy', 'BBC'),
    );
    expect(attribution('Dmitry Peskov told reporters the offer was unacceptable.')).toEqual(
      is('Dmitry Peskov'),
    );
  });

  it('knows a publication when the text presents one, and remembers it', () => {
    const { candidates } = proposeCandidates(
      [
        'The German daily Handelsblatt reported that Berlin would pay.',
        'Handelsblatt said the sum was not yet agreed.',
        'The newspaper said the talks would resume.',
        'Kommersant newspaper reported that Moscow had rejected the offer.',
        'Russian state news agency TASS quoted Peskov as saying the offer was unacceptable.',
        'The Kyiv Post reported that the front had held.',
        'Russian state television said the offer was a provocation.',
      ].join('\n\n'),
      'text',
    );
    expect(candidates.map((c) => [c.speaker, c.relayedBy])).toEqual([
      [undefined, 'Handelsblatt'],
      [undefined, 'Handelsblatt'],
      [undefined, 'Handelsblatt'],
      [undefined, 'Kommersant'],
      ['Peskov', 'TASS'],
      [undefined, 'Kyiv Post'],
      [undefined, 'Russian state television'],
    ]);
  });

  it('keeps people, officials and bodies as speakers, with the role the text gives', () => {
    expect(attribution('Dmitry Peskov, Kremlin spokesman, said the offer was unacceptable.')).toEqual(
      is('Dmitry Peskov', undefined, 'Kremlin spokesman'),
    );
    expect(attribution('Troops withdrew overnight, officials said.')).toEqual(is('officials'));
    // Lower-case words that are also outlets' names are not outlets.
    expect(attribution('An independent observer said the vote was fair.')).toEqual(
      is('independent observer'),
    );
    expect(attribution('The Observer reported that the vote was fair.')).toEqual(is(undefined, 'Observer'));
    // People at an outlet, and a body's press service, speak.
    expect(attribution('A spokesman for the broadcaster said the report was accurate.')).toEqual(
      is('spokesman for the broadcaster'),
    );
    expect(attribution('The Kremlin press service said the call had taken place.')).toEqual(
      is('Kremlin press service'),
    );
    // A person whose surname ends like a paper's name is a person.
    expect(attribution('Sarah Post said the deal was close.')).toEqual(is('Sarah Post'));
  });

  it('treats the article’s own outlet as an outlet, known or not, and names no relay for it', () => {
    expect(attribution('Meduza reported that the offer was unacceptable.', 'Meduza')).toEqual(is());
    expect(attribution('Grani reported that the offer was unacceptable.', 'Grani')).toEqual(is());
    expect(attribution('US officials told the Guardian that talks had stalled.', 'The Guardian')).toEqual(
      is('US officials'),
    );
    expect(attribution('US officials told the Guardian that talks had stalled.')).toEqual(
      is('US officials', 'Guardian'),
    );
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
      locator: 'para. 1',
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
