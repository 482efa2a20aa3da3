// Verbs and frames of saying beyond "said", each held to the frame the corpus README's conventions give it:
// a feeling expressed with its object (session 24), "point out that", a cause named with "linked … to", a
// stance in a participle ("welcoming …", "questioning whether"), a post after "tweeting:", a brand's page
// taken to, an account ("described scenes of"), a statement made ("made the announcement that"), blame laid
// in words, and a name given ("called it a …", "in what the mayor called …", the labels' "called X a Y").
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('a feeling expressed with its object', () => {
  it('joy over an event', () => {
    const c = only(['Governor Ilse Marten expressed joy over the return of the fishermen.'], { model: null });
    expect(c.speaker).toBe('Ilse Marten');
  });

  it('condolences on an occasion', () => {
    expect(
      propose(['Mayor Tobin Hale also expressed his condolences for the families of the crew.'], {
        model: null,
      }),
    ).toHaveLength(1);
  });

  it('outrage and sympathy in an interview', () => {
    expect(
      propose(['Councillor Ada Pruitt expressed outrage and sympathy in an interview on Friday.'], {
        model: null,
      }),
    ).toHaveLength(1);
  });

  it('a feeling with nothing after it gives no content', () => {
    expect(propose(['Mayor Tobin Hale expressed his condolences.'], { model: null })).toHaveLength(0);
  });
});

describe('"point out that" in the plain present', () => {
  it('analysts point out that', () => {
    const c = only(['Some analysts point out that the canal has never made a profit.'], { model: null });
    expect(c.speaker).toBe('analysts');
  });

  it('a point on a map is no saying', () => {
    expect(propose(['The hikers point out the summit to each other.'], { model: null })).toHaveLength(0);
  });
});

describe('a cause named with "linked … to"', () => {
  it('a candidate linking a defeat to an event', () => {
    const c = only(['In 1998, Harlan Voss linked his defeat to a forged letter.'], { model: null });
    expect(c.speaker).toBe('Harlan Voss');
  });

  it('a finding with no determiner stays out', () => {
    expect(propose(['Doctors have linked sugar to tooth decay for decades.'], { model: null })).toHaveLength(
      0,
    );
  });
});

describe('a stance in a participle after the clause', () => {
  it('welcoming what he called …', () => {
    const c = only(
      [
        'Foreign Minister Oren Talby visited the border last week, welcoming what he called the calm of recent days.',
      ],
      { model: null },
    );
    expect(c.speaker).toBe('Oren Talby');
  });

  it('questioning whether …, after another verb', () => {
    const c = only(['Nadia Brell disagreed, questioning whether the dam could hold.'], { model: null });
    expect(c.speaker).toBe('Nadia Brell');
  });

  it('questioning whether … in the progressive', () => {
    expect(
      propose(['Some parents are questioning whether the school should stay open.'], { model: null }),
    ).toHaveLength(1);
  });
});

describe('a post after "tweeting:" and a page taken to', () => {
  it('tweeting: and the words', () => {
    const c = only(
      [
        'The Harbour Rovers also sent sympathy to the families, tweeting: "Our thoughts are with everyone hurt today."',
      ],
      { model: null },
    );
    expect(c.quote).toContain('Our thoughts');
  });

  it("a brand's Facebook page", () => {
    const c = only(
      ["But shoppers took to Marlow Foods' Facebook page to question why the bars had shrunk."],
      {
        model: null,
      },
    );
    expect(c.speaker).toBe('shoppers');
  });
});

describe('an account and a statement made', () => {
  it('described scenes of …', () => {
    expect(
      propose(['Passengers described scenes of panic on the upper deck.'], { model: null }),
    ).toHaveLength(1);
  });

  it('made the announcement that …', () => {
    const c = only(['Karsten Holm made the surprise announcement that he would retire in June.'], {
      model: null,
    });
    expect(c.speaker).toBe('Karsten Holm');
  });
});

describe('blame laid in words', () => {
  it('a plain object', () => {
    const c = only(['Lena Varga blamed the site managers.'], { model: null });
    expect(c.speaker).toBe('Lena Varga');
  });

  it('a long object before "on"', () => {
    expect(
      propose(['Senator Ruth Abell has blamed her narrow defeat in the county vote on late ballots.'], {
        model: null,
      }),
    ).toHaveLength(1);
  });
});

describe('a name given', () => {
  it('called it a …', () => {
    const c = only(['The ministry in Tarsk has called it a rehearsal for war.'], { model: null });
    expect(c.cue).toBe('called');
  });

  it('a long object before the name', () => {
    expect(
      propose(['Bremer Bank had called the court ruling on the Varn Steel merger a landmark decision.'], {
        model: null,
      }),
    ).toHaveLength(1);
  });

  it('"called it a day" is an idiom', () => {
    expect(propose(['After ten hours the crew called it a day.'], { model: null })).toHaveLength(0);
  });

  it('in what the namer called …', () => {
    const c = only(['Shares rose, capping what chief executive Oda Lind called a record year.'], {
      model: null,
    });
    expect(c.speaker).toBe('Oda Lind');
  });

  it('"what" after a word that says is that word\'s claim', () => {
    expect(
      propose(['Ana Brook decried what she called a cover-up by the board.'], { model: null }).map(
        (c) => c.cue,
      ),
    ).not.toContain('called');
  });
});

describe('evidence, refusal, agreement and alarm in words', () => {
  it('pointed to an adjective and a plural', () => {
    expect(propose(['Optimists also pointed to early signs of a recovery.'], { model: null })).toHaveLength(
      1,
    );
  });

  it('pointed to "only" one thing', () => {
    expect(propose(['Dr. Ilka Moser pointed to only one study of the drug.'], { model: null })).toHaveLength(
      1,
    );
  });

  it('pointed blame at', () => {
    const c = only(['Jora Quint had pointed blame at the night staff.'], { model: null });
    expect(c.speaker).toBe('Jora Quint');
  });

  it('rejected that.', () => {
    const c = only(['But Ferris Lowe rejected that.'], { model: null });
    expect(c.speaker).toBe('Ferris Lowe');
  });

  it('agreed, an adverb before "that"', () => {
    expect(
      propose(['Brokers agreed generally that the rule would cut costs.'], { model: null }),
    ).toHaveLength(1);
  });

  it('raised alarms', () => {
    const c = only(['Senator Pia Lund raised alarms over the weekend about the new contract.'], {
      model: null,
    });
    expect(c.speaker).toBe('Pia Lund');
  });
});

describe('a plan outlined', () => {
  it("a party's plan", () => {
    const c = only(["Mr Dorne also outlined his party's plan for the railways."], { model: null });
    expect(c.cue).toBe('outlined');
  });

  it('a shape outlined is no saying', () => {
    expect(propose(['The painter outlined the hills in charcoal.'], { model: null })).toHaveLength(0);
  });
});

describe('a view shared, a plan detailed', () => {
  it('shared her perspective', () => {
    const c = only(['Analyst Vera Combs shared her perspective on the merger.'], { model: null });
    expect(c.speaker).toBe('Vera Combs');
  });

  it('shared with an outlet that …', () => {
    expect(
      propose(['Engineer Taro Mizuki shared with the magazine that the frame had been stiffened.'], {
        model: null,
      }),
    ).toHaveLength(1);
  });

  it('a photo shared says nothing', () => {
    expect(propose(['Lina Ferro shared a photo of the harbour.'], { model: null })).toHaveLength(0);
  });

  it('detailed his plans', () => {
    const c = only(['Before the vote, Emil Strand detailed his plans for the old mill.'], { model: null });
    expect(c.speaker).toBe('Emil Strand');
  });

  it("a report's details are findings", () => {
    expect(propose(['The audit detailed the losses at the depot.'], { model: null })).toHaveLength(0);
  });
});
