// A statement or letter named again by a definite noun ("the statement said") speaks for whoever issued it
// a few paragraphs before; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('the paper speaks for its issuer', () => {
  it('"X issued a statement …" then "“…,” the statement said" is X, with no relay', () => {
    const c = propose([
      'On Monday, Larkspur Records issued a statement about the dispute.',
      '“We have worked hard to reach a deal,” the statement said.',
    ]);
    expect([c.at(-1)!.speaker, c.at(-1)!.relayedBy]).toEqual(['Larkspur Records', undefined]);
  });

  it('a body that opens a unit sending a letter, the unit no claim itself', () => {
    const c = propose([
      'The Harbour Council sent a letter to the minister on Friday.',
      'The letter said the quay was unsafe.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Harbour Council');
  });

  it('with no issuer named, the bare paper still relays', () => {
    const c = propose(['The letter said the quay was unsafe.']);
    expect([c[0]!.speaker, c[0]!.relayedBy]).toEqual([undefined, 'letter']);
  });
});

describe('a paper opening the sentence, its issuer named in it', () => {
  it('"a study released last week by Tally Data Services said": the issuer speaks', () => {
    const c = propose(['A study released last week by Tally Data Services said turnout would fall.']);
    expect(c[0]!.speaker).toBe('Tally Data Services');
  });

  it('"a preliminary report from the Harbour Council said", "the Harbour Council report says"', () => {
    expect(
      propose(['A preliminary report from the Harbour Council said the quay was unsafe.'])[0]!.speaker,
    ).toBe('Harbour Council');
    expect(propose(['The Harbour Council report says the quay is unsafe.'])[0]!.speaker).toBe(
      'Harbour Council',
    );
  });

  it('"the council’s affidavit alleges": a possessive issuer', () => {
    expect(propose(['The council’s affidavit alleges that the quay was sold twice.'])[0]!.speaker).toBe(
      'council',
    );
  });
});

describe('a possessive issuer, then the paper’s year and own words', () => {
  it('"The grid operator’s 2019 resource assessment said" is the operator, not the assessment', () => {
    const c = propose(['The grid operator’s 2019 resource assessment said supplies would be tight.']);
    expect(c[0]!.speaker).toBe('grid operator');
  });

  it('"the Norland Transit Authority’s latest quarterly report says": the authority', () => {
    const c = propose(['The Norland Transit Authority’s latest quarterly report says ridership fell.']);
    expect(c[0]!.speaker).toBe('Norland Transit Authority');
  });

  it('"the operator" later is the one Operator the article names', () => {
    const c = propose([
      'The Norland Independent System Operator manages the power grid.',
      'The operator said supplies would be tight.',
    ]);
    expect(c[0]!.speaker).toBe('Norland Independent System Operator');
  });
});
