// Quotations that run over paragraph breaks, and paragraphs a colon hands to a speaker: whose words they
// are, each on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

// With the shipped learnt model (session 19), as the import runs: it never vetoes a claim that carries or
// continues a quotation, nor adds a unit that only introduces the next one's words (model.ts).
const rows = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => ({ locator: c.locator, speaker: c.speaker, quote: c.quote }));

describe('a paragraph introduced by a colon', () => {
  it('"She said:" then a quoted paragraph: the quotation is hers', () => {
    expect(
      rows([
        'Library hours',
        'The chief librarian of Dunmore, Orla Keane, opened the new wing on Saturday. She said:',
        '“We waited nine years for these shelves. Every school in the county will use them.”',
      ]),
    ).toEqual([
      {
        locator: 'para. 2',
        speaker: 'Orla Keane',
        quote: 'We waited nine years for these shelves. Every school in the county will use them.',
      },
    ]);
  });

  it('a claim that ends on a colon hands the quoted paragraph after it to its speaker', () => {
    const c = rows([
      'Mill dispute',
      'Mill owner Tomas Reyes denied the union’s account:',
      '"No one at this mill has been asked to work a shift without pay."',
    ]);
    expect(c.map((x) => [x.locator, x.speaker])).toEqual([
      ['para. 1', 'Tomas Reyes'],
      ['para. 2', 'Tomas Reyes'],
    ]);
  });

  it('a quoted paragraph after a colon two paragraphs on is no one’s', () => {
    const c = rows([
      'Mill dispute',
      'Mill owner Tomas Reyes denied the union’s account:',
      'The mill employs 300 people.',
      '"No one at this mill has been asked to work a shift without pay."',
    ]);
    expect(c.map((x) => x.locator)).toEqual(['para. 1']);
  });
});

describe('an introduction that says nothing yet', () => {
  it('"X tweeted using her account:" then the words: one claim, the words', () => {
    expect(
      rows([
        'Flood warning',
        'Mayor Jo Lindqvist tweeted using her @MayorJo account:',
        '“The river will crest tonight. Stay off the embankment.”',
      ]).map((x) => [x.locator, x.speaker]),
    ).toEqual([['para. 2', 'Jo Lindqvist']]);
  });

  it('"Rathke stated," ending its paragraph, then the words', () => {
    expect(
      rows([
        'Flood warning',
        'Engineer Paul Rathke stated,',
        '“The embankment will hold for one more night.”',
      ]).map((x) => [x.locator, x.speaker]),
    ).toEqual([['para. 2', 'Paul Rathke']]);
  });
});

describe('a quotation left open at a paragraph’s end', () => {
  it('takes the speaker the next paragraph names (no closing mark, an opening mark after)', () => {
    expect(
      rows([
        'Ward closures',
        '“The board has broken every promise it made to this valley. Three wards closed in a year.',
        '“We will go to the regional court if we have to,” said councillor Ines Moreau.',
      ]).map((x) => [x.locator, x.speaker]),
    ).toEqual([
      ['para. 1', 'Ines Moreau'],
      ['para. 2', 'Ines Moreau'],
    ]);
  });

  it('a run of open paragraphs all go to the speaker named at the end', () => {
    expect(
      rows([
        'Ward closures',
        '“Three wards closed in a year.',
        '“Two more will close in the spring.',
        '“It has to stop,” said nurse Pavel Novak.',
      ]).map((x) => x.speaker),
    ).toEqual(['Pavel Novak', 'Pavel Novak', 'Pavel Novak']);
  });

  it('an open quotation continuing an attributed one, with a new speaker named after it, is the new speaker’s', () => {
    expect(
      rows([
        'Ward closures',
        '“The wards are full,” said surgeon Leila Haddad.',
        '“Nobody told us the budget had been cut. We found out from the newspaper.',
        '“That is no way to run a hospital,” said nurse Pavel Novak.',
      ]).map((x) => x.speaker),
    ).toEqual(['Leila Haddad', 'Pavel Novak', 'Pavel Novak']);
  });
});

describe('mixed quotation marks', () => {
  it('"A,” X said. “B." is one speaker’s two quotations, the attribution outside both', () => {
    const c = propose(['"Nobody will sell this land,” Mayor Ilse Berg said. “That is the main thing."']);
    expect(c.map((x) => [x.speaker, x.quote])).toEqual([
      ['Ilse Berg', 'Nobody will sell this land … That is the main thing.'],
    ]);
  });
});

describe('an attributed quotation left open over the paragraph break', () => {
  it('`The board said: "A.` then `"B."`: one quotation, one claim', () => {
    expect(
      rows([
        'The harbour board said in a statement: “The pier has served the town for a century.',
        '“It will reopen in spring, and the ferry will run again.”',
        'The council met on Monday.',
      ]),
    ).toEqual([
      {
        locator: 'para. 1',
        speaker: 'harbour board',
        quote:
          'The pier has served the town for a century. … It will reopen in spring, and the ferry will run again.',
      },
    ]);
  });

  it('a quotation closed before the break keeps the next quoted paragraph a claim of its own', () => {
    expect(
      rows([
        '“The pier has served the town for a century,” the harbour board said in a statement.',
        '“It will reopen in spring.”',
      ]).map((r) => r.locator),
    ).toEqual(['para. 1', 'para. 2']);
  });
});

describe('a one-word quotation closed by a comma and a verb of saying', () => {
  it('`“Amazing,” Roe said.` is her words, not a title', () => {
    expect(rows(['“Amazing,” Ana Roe said. “Nobody has done that at this pier before.”'])[0]?.quote).toBe(
      'Amazing … Nobody has done that at this pier before.',
    );
  });

  it('a title with a comma and no verb of saying after it stays a title', () => {
    expect(
      rows(['The film “Harbour,” which won the prize, opened in May, Ana Roe said.'])[0]?.quote,
    ).toBeUndefined();
  });
});

describe('a bare quotation after a paraphrase in its paragraph', () => {
  it('`Roe told the paper that the pier was unsafe. “It has to close.”`: one claim, paraphrase and words', () => {
    expect(
      rows([
        'Harbour master Ana Roe told reporters that the pier was unsafe. “It has to close before winter.”',
      ]),
    ).toEqual([{ locator: 'para. 1', speaker: 'Ana Roe', quote: 'It has to close before winter.' }]);
  });

  it('a quotation after a sentence of its own paragraph is not the earlier speaker’s', () => {
    const r = rows([
      '“The pier is unsafe,” Ana Roe said.',
      'The council met on Monday.',
      'Paul Hale returned to the issue later in the meeting. “Who pays for the repairs?”',
    ]);
    expect(r.map((x) => x.speaker)).toEqual(['Ana Roe']);
  });
});

describe('a quotation left open after a claim in its own paragraph', () => {
  it('is that claim’s, and is not proposed again when the next paragraph names the speaker', () => {
    const c = propose([
      'Senator Ana Roe spoke on Monday.',
      '"Heads needed to roll the day the pier fell," she said. "The board and the council need to give the public answers. These arrests are important.',
      '"These guards are not the only ones who should stand trial," Roe said.',
    ]);
    expect(c).toHaveLength(2);
    expect(c[0]?.quote).toBe(
      'Heads needed to roll the day the pier fell … The board and the council need to give the public answers. These arrests are important.',
    );
    expect(c[1]?.quote).toBe('These guards are not the only ones who should stand trial');
  });
});

describe('a nested quotation closed before the outer mark with a space (’ ”)', () => {
  it('ends the sentence there: the quotation continues the claim before it', () => {
    const c = propose([
      'Tomas Vell runs the ferry. He hired men.',
      '“I went ahead on a motorcycle,” Vell recalls. “When they got here, I said, ‘Don’t you worry. I will pay.’ ” The workers stayed.',
    ]);
    expect(c).toHaveLength(1);
    expect(c[0]?.quote).toBe(
      'I went ahead on a motorcycle … When they got here, I said, ‘Don’t you worry. I will pay.’',
    );
  });
});

describe('a bare quotation after a sentence of narrative in the speaker’s paragraph', () => {
  it('is a claim of its own, still the speaker’s (the unit before it is no claim)', () => {
    const c = propose([
      '“We built the first boat from driftwood,” admits Lena Ostrova, the yard’s chief designer. Those early hulls leaked badly. “In those days every launch was a small miracle.”',
    ]);
    expect(c.map((x) => [x.speaker, x.quote])).toEqual([
      ['Lena Ostrova', 'We built the first boat from driftwood'],
      ['Lena Ostrova', 'In those days every launch was a small miracle.'],
    ]);
  });

  it('a bare quotation right after the claim stays in it', () => {
    const c = propose(['“We built the first boat from driftwood,” Lena Ostrova said. “It leaked badly.”']);
    expect(c).toHaveLength(1);
    expect(c[0]?.quote).toBe('We built the first boat from driftwood … It leaked badly.');
  });
});
