// A unit that opens on a quotation and closes on its subject and a verb ("“…,” Roe bragged.") is the tag
// that says the quotation, whatever the verb; and a clause whose subject is a person, closing on a colon
// and a quotation ("Roe cut him off: “…”"), frames it. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('a quotation, then its subject and any verb', () => {
  it('"“…,” Alan Brey bragged." and "“…,” he rumbled from the podium."', () => {
    const c = only(
      ['"We mark next week the longest expansion in our recorded history," Alan Brey bragged.'],
      {
        model: null,
      },
    );
    expect(c.speaker).toBe('Alan Brey');
    expect(c.quote).toContain('the longest expansion');
    const d = propose(
      [
        'Tomas Vell spoke for an hour at the rally.',
        '“The method was easy to trace and there is no question about what they did,” he rumbled from the podium.',
      ],
      { model: null },
    );
    expect(d.at(-1)?.speaker).toBe('Tomas Vell');
  });

  it('a phrasal verb and a noun phrase for the subject: "“…,” the executive went on."', () => {
    const c = only(['“They are stuck between two worlds and cannot choose,” the executive went on.'], {
      model: null,
    });
    expect(c.speaker?.toLowerCase()).toContain('executive');
  });

  it('not a title before a noun phrase, nor a song', () => {
    expect(propose(['“Frozen,” the hit film, opens Friday.'], { model: null })).toHaveLength(0);
    expect(
      propose(['“Had to find my own way, make my own mistakes, and walk my own road,” she sings.'], {
        model: null,
      }),
    ).toHaveLength(0);
    expect(
      propose(
        ['“A very long title of a film about the war in the north,” a detail that dovetails with the plot.'],
        {
          model: null,
        },
      ),
    ).toHaveLength(0);
  });
});

describe('a clause and a colon that announce a quotation', () => {
  it('"Judge Ana Vell cut him off: “…”"', () => {
    const c = only(['Judge Ana Vell cut him off: “No, that is not the point I am making here, counsel.”'], {
      model: null,
    });
    expect(c.speaker).toBe('Ana Vell');
    expect(c.quote).toContain('that is not the point');
  });

  it('"Here, Tomas picks up the story: “…”" and "Another respondent highlighted the risks: “…”"', () => {
    expect(
      only(
        [
          'Here, Tomas picks up the story: “He grabbed the wheel and everybody in the car started to scream.”',
        ],
        {
          model: null,
        },
      ).speaker,
    ).toBe('Tomas');
    expect(
      only(
        [
          'Another respondent highlighted the risks: “Our current toolchain can be massively improved with it.”',
        ],
        {
          model: null,
        },
      ).speaker,
    ).toBe('respondent');
  });

  it('no one speaks in "That process led to a realization: “…”"', () => {
    expect(
      propose(
        ['That process led to a realization: “It was a love song from the girl to her mother all along.”'],
        {
          model: null,
        },
      ),
    ).toHaveLength(0);
  });
});
