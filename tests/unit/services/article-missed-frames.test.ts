// Frames the seventh round's split showed missing: an outlet or its reporter closing a unit inverted
// ("…, reports Reuters"), a subject set off by spaced hyphens, "accused by"; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

const claim = (c: { speaker?: string; relayedBy?: string }) => [c.speaker, c.relayedBy];

describe('an outlet closing the unit, inverted', () => {
  it('"…, reports Reuters." with no frame before: the outlet relays, no speaker', () => {
    expect(claim(only(['The province recorded 26 outbreaks in a decade, reports Reuters.']))).toEqual([
      undefined,
      'Reuters',
    ]);
  });

  it('"…, reports <surname>" of a reporter the article named with their outlet', () => {
    const c = propose([
      'As Mia Chen reports for NPR, the ministry said on Monday that schools would close.',
      'All the wards were also cleaned, reports Chen.',
    ]);
    expect(c.map(claim)).toEqual([
      ['ministry', 'NPR'],
      [undefined, 'NPR'],
    ]);
  });

  it("a speaker's own frame before it keeps the speaker, the outlet relays", () => {
    expect(claim(only(['Officials said the wards were cleaned twice, reports Reuters.']))).toEqual([
      'Officials',
      'Reuters',
    ]);
  });

  it('a name that is no outlet closing the unit is not read so', () => {
    expect(propose(['The river rose again overnight, reports suggest.'])).toEqual([]);
  });
});

describe('subjects and agents', () => {
  it('an aside set off by spaced hyphens ends before the verb ("The Authority - which … - called for")', () => {
    expect(
      only(['The Harbour Authority - which owns the quay and has opposed the plan - called for an inquiry.'])
        .speaker,
    ).toBe('Harbour Authority');
  });

  it('"is accused by critics of …": the critics accuse', () => {
    expect(only(['The mayor is accused by critics of ignoring the floods.']).speaker).toBe('critics');
  });
});

describe('"…, said <name>, <role>." after a clause that reached back', () => {
  it('the name after "said" speaks, not the person the clause named with an age', () => {
    expect(
      only([
        'Officers later arrested Ann Burton, 32, after finding drugs in her car, said Lt. Matt Harris, police spokesman.',
      ]).speaker,
    ).toBe('Matt Harris');
  });

  it('"X, 45, said Tom would stay" keeps X: a clause follows the verb', () => {
    expect(only(['Ana Roe, 45, said Tom would stay.']).speaker).toBe('Ana Roe');
  });
});

describe('a quotation alone after a paragraph that reported a person', () => {
  it('the person reported at the end of the paragraph before is the one quoted', () => {
    const c = propose([
      'Ana Roe said the plan was only the latest attempt to force the town to give in.',
      '“They wanted us on our knees. We stand tall.”',
    ]);
    expect(c.map((x) => [x.speaker, x.quote])).toEqual([
      ['Ana Roe', undefined],
      ['Ana Roe', 'They wanted us on our knees. We stand tall.'],
    ]);
  });

  it('not when a sentence that reports no one comes between', () => {
    const c = propose([
      'Ana Roe said the plan was only the latest attempt to force the town to give in. The council meets on Friday.',
      '“They wanted us on our knees. We stand tall.”',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Ana Roe']);
  });
});

describe('verbs of saying in the progressive', () => {
  it('"are reporting", "are urging": the subject before the auxiliary says it', () => {
    const c = propose([
      'Regional health authorities are reporting a sixth death from the virus.',
      'Consumer advocates are urging the regulator to act.',
      'The fire was reported to the police.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Regional health authorities', 'Consumer advocates']);
  });
});

describe('"…, with X warning of …" after a claim of another speaker', () => {
  it("two claims: the first clause's, and the with-clause's with its quotation", () => {
    const c = propose([
      'Two neighbouring states also sharply criticised the plan, with the Ruritanian foreign minister Ana Roe warning of “grave consequences”.',
    ]);
    expect(c.map((x) => [x.speaker, x.quote])).toEqual([
      ['neighbouring states', undefined],
      ['Ana Roe', 'grave consequences'],
    ]);
  });

  it('a with-clause that says nothing splits nothing', () => {
    expect(
      propose(['The mayor said the budget was sound, with a deficit of ten million expected.']),
    ).toHaveLength(1);
  });
});

describe('promises and calls in the progressive, "continued making it clear"', () => {
  it('"is promising to", "are calling for", "is calling on X to" say', () => {
    expect(propose(['The new governor, Ana Ruiz, is promising to bring order to the port.'])[0]?.cue).toBe(
      'promising',
    );
    expect(propose(['Ferry crews are calling for a new pier.'])[0]?.cue).toBe('calling');
    expect(propose(['The union is calling on the council to reopen the pier.'])[0]?.speaker).toBe('union');
  });

  it('a promise with no infinitive, or weather "threatening", says nothing', () => {
    expect(propose(['The mayor is promising results.'])).toEqual([]);
    expect(propose(['Rain is threatening to flood the pier.'])).toEqual([]);
  });

  it('"continued making it quite clear that …" says', () => {
    expect(
      propose(['The ferry operators continued making it quite clear that they opposed the plan.'])[0]
        ?.speaker,
    ).toBe('ferry operators');
  });
});
