// Names of bodies and titles with "of", "for" and "and" inside them, and well-known acronyms: each a
// speaker whole, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

const who = (c: { speaker?: string; speakerRole?: string }) => [c.speaker, c.speakerRole];

describe('a name with "of", "for" and "and" inside stays whole', () => {
  it('a title or an office named with "for" or "of" speaks whole', () => {
    expect(who(only(['The Inspector General for Veterans Affairs said the audit was incomplete.']))).toEqual([
      'Inspector General for Veterans Affairs',
      undefined,
    ]);
    expect(
      who(only(['The U.S. Attorney’s Office for the Eastern District of Texas said the suspect had fled.'])),
    ).toEqual(['U.S. Attorney’s Office for the Eastern District of Texas', undefined]);
    expect(who(only(['The Department of Health and Human Services said the clinics would reopen.']))).toEqual(
      ['Department of Health and Human Services', undefined],
    );
  });

  it('a person before "of" the body is the speaker, the "and" inside the body cuts nothing', () => {
    expect(
      only([
        'Dr. Mara Lind of the Ohio Department of Health and Human Services says the outbreak has slowed.',
      ]).speaker,
    ).toBe('Mara Lind');
  });

  it('a title before a person, or a person of a place, is not one name', () => {
    expect(who(only(['Secretary of State Ana Ruiz said the talks would go on.']))).toEqual([
      'Ana Ruiz',
      'Secretary of State',
    ]);
    expect(only(['Sen. Ana Reed of Rhode Island told reporters that the vote was close.']).speaker).toBe(
      'Ana Reed',
    );
  });
});

describe('role words before a name, and abbreviated ranks', () => {
  it('"Cashier Lena Ortiz": the role is split from the name', () => {
    expect(who(only(['Cashier Lena Ortiz told the paper that the store had closed early.']))).toEqual([
      'Lena Ortiz',
      'Cashier',
    ]);
  });

  it('"said Sgt. Dana Whitfield, …": the rank\'s stop ends nothing; the role in apposition is the role', () => {
    expect(
      who(only(['“We found nothing,” said Sgt. Dana Whitfield, Riverside Police Department spokeswoman.'])),
    ).toEqual(['Dana Whitfield', 'Riverside Police Department spokeswoman']);
  });
});

describe('well-known acronyms the article never defines', () => {
  it('an acronym is the body the article names in full elsewhere, as the article names it', () => {
    const c = propose([
      'Agents of Customs and Border Protection stopped the convoy at the bridge.',
      'In March, CBP announced that it would close the crossing at night.',
      'The European Union has offered to mediate.',
      'The EU said on Friday that talks would resume.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Customs and Border Protection', 'European Union']);
  });

  it('a qualified acronym ("the Chinese CDC") is the qualified body', () => {
    const c = propose([
      'The Chinese Center for Disease Control and Prevention traced the contacts of both patients.',
      'The Chinese CDC has said that there is no need to worry.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Chinese Center for Disease Control and Prevention']);
  });

  it('an acronym whose body the article never names stays as written', () => {
    expect(only(['The CDC said the risk to travellers was low.']).speaker).toBe('CDC');
  });
});

describe('a group named for its people, then described', () => {
  it('"Doctors for …" then "the doctors", "the physicians": the named group speaks', () => {
    const c = propose([
      'Doctors for Fair Clinics, a volunteer network, sent a letter to the governor on Monday.',
      'The doctors said that the clinics were short of staff.',
      '“We are tired,” the physicians stated in the letter.',
      'Local nurses said they agreed.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual([
      'Doctors for Fair Clinics',
      'Doctors for Fair Clinics',
      'Local nurses',
    ]);
  });

  it('with no such group named, "the doctors" are what the text calls them', () => {
    expect(only(['The doctors said that the ward was full.']).speaker).toBe('doctors');
  });
});

describe('definite nouns and subjects', () => {
  it('"the Department", capitalised, is the department named before', () => {
    const c = propose([
      'The Justice Department charged two men on Monday.',
      'Later, the Department announced a reward for information.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Justice Department']);
  });

  it('"the utility", "the automaker": the company of that kind named before', () => {
    const c = propose([
      'Pacific Gas & Electric Co. cut power to 40,000 homes.',
      'The utility said it will monitor the weather.',
      'Hyundai Motor opened a plant in Georgia.',
      'The South Korean automaker said on Monday it would hire 800 workers.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Pacific Gas & Electric', 'Hyundai Motor']);
  });

  it('"Both sides said": the quantifier is no part of the speaker; "last week" before the verb neither', () => {
    expect(only(['Both sides said they were hopeful.']).speaker).toBe('sides');
    expect(only(['The appeals court last week ruled that the ban was void.']).speaker).toBe('appeals court');
  });
});

describe("a body's noun with a role", () => {
  it('"the company’s CEO said": the company named before speaks, through its CEO', () => {
    const c = propose([
      'Nordvik Motors opened a plant in Ohio in 2018.',
      'The company’s CEO said on Monday that it would add a second model.',
    ]);
    expect(c.map((x) => [x.speaker, x.speakerRole])).toEqual([['Nordvik Motors', 'CEO']]);
  });

  it('with no such body named, the phrase stays as written', () => {
    expect(only(['The agency’s spokesman said the flights would resume.']).speakerRole).toBe('spokesman');
  });
});

describe('an unnamed spokesperson of a body', () => {
  it('"A spokesperson said" right after a unit that opened on a body is that body\'s, and so is "the spokesperson" later', () => {
    const c = propose([
      'Customs and Border Protection did not accept the offer. A spokesperson who did not wish to be named said in a statement that the agency had never given vaccines.',
      '“It is not feasible,” the spokesperson said.',
    ]);
    expect(c.map((x) => [x.speaker, x.speakerRole])).toEqual([
      ['Customs and Border Protection', 'spokesperson'],
      ['Customs and Border Protection', 'spokesperson'],
    ]);
  });

  it('after a unit that opened on a person, "a spokesman" stays as written', () => {
    expect(propose(['The mayor left early. A spokesman said she was ill.']).map((x) => x.speaker)).toEqual([
      'spokesman',
    ]);
  });

  it('"a spokesperson for the agency": the agency named before', () => {
    const c = propose([
      'The Federal Aviation Administration grounded the jets on Monday.',
      'A spokesperson for the agency said the flights would resume.',
    ]);
    expect(c.map((x) => [x.speaker, x.speakerRole])).toEqual([
      ['Federal Aviation Administration', 'spokesperson'],
    ]);
  });
});

describe('"there" after the subject', () => {
  it('"the department there said": the department named before; "Residents there said": the residents', () => {
    const c = propose([
      'Officers of the Denver Police Department found the car.',
      'The department there said in a statement that the driver had fled.',
      'Residents there said the road was closed.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Denver Police Department', 'Residents']);
  });
});

describe('a rank before the name', () => {
  it('gives way to a role in apposition, and is the role when there is none', () => {
    const c = propose([
      'General Ana Roe, chairman of the Joint Staff, told reporters that forces would stay.',
      'Lt. Tom Hale said the road was closed.',
    ]);
    expect(c.map((x) => [x.speaker, x.speakerRole])).toEqual([
      ['Ana Roe', 'chairman of the Joint Staff'],
      ['Tom Hale', 'Lt.'],
    ]);
  });
});

describe('a company by the short name the article calls it after naming it in full', () => {
  it('"American said", "United said" after "American Airlines and United Airlines"', () => {
    expect(
      propose([
        'Cleaners at Harbor Airlines and United Airlines walked out on Tuesday.',
        'Harbor said in a statement that it had hired extra staff.',
        'United said it was “taking the necessary steps to keep flights on time.”',
        'The United States says it will not step in.',
      ]).map((c) => c.speaker),
    ).toEqual(['Harbor Airlines', 'United Airlines', 'United States']);
  });
});

describe('"the company", "the executives", "the agency" reach the body named before', () => {
  it('"the company" and "the executives" after "Harlow Co." (its short name in between), not a "Corps"', () => {
    expect(
      propose([
        'The navy signed a deal with Harlow Co. to build two ships.',
        '“It is too costly,” said Ann Lee, a retired Marine Corps colonel.',
        'Harlow and Beacon Corp were also bidding for a dock in Maine.',
        'Harlow is in the early stages of the design. The company said in a statement that it would cut costs.',
        'A deciding factor in the price, the executives told navy officials, is the armour.',
      ]).map((c) => [c.speaker, c.speakerRole]),
    ).toEqual([
      ['Ann Lee', 'retired Marine Corps colonel'],
      ['Harlow', undefined],
      ['Harlow', 'executives'],
    ]);
  });

  it('"the agency" is the department named before ("the Transport Department")', () => {
    expect(
      propose([
        'More than a million drivers applied, according to the Transport Department.',
        'The agency has said it expects most of them to qualify.',
      ]).map((c) => c.speaker),
    ).toEqual(['Transport Department', 'Transport Department']);
  });
});

describe('"the Fed" is the Federal Reserve the article names', () => {
  it('"the Fed said" after "the U.S. Federal Reserve"', () => {
    expect(
      propose([
        'The U.S. Federal Reserve raised interest rates on Wednesday.',
        'Risks remain balanced, the Fed said, no change from last month.',
      ]).map((c) => c.speaker),
    ).toEqual(['U.S. Federal Reserve']);
  });
});

describe('a body described by a noun that can stand for it', () => {
  it('"X, a nonprofit watchdog group, …" then "the group said": X', () => {
    const c = propose([
      'The minister was criticised by Voters for Clean Budgets, a nonprofit watchdog group.',
      'The group said the minister had broken the rules.',
    ]);
    expect(c.at(-1)?.speaker).toBe('Voters for Clean Budgets');
  });

  it('"the lobby group Harbour Traders Assn." then "the group said": the association', () => {
    const c = propose([
      'The lobby group Harbour Traders Assn. is fighting the new fees.',
      'The group said the fees would close shops.',
    ]);
    expect(c.at(-1)?.speaker).toBe('Harbour Traders Assn.');
  });
});

describe('an acronym given beside the name (session 14)', () => {
  it('"the Medical Research Council or MRC had recommended …": the name without "or MRC"', () => {
    expect(only(['The Medical Research Council or MRC had recommended the use of the drug.']).speaker).toBe(
      'Medical Research Council',
    );
  });
});

describe('a body is whole as written (session 14)', () => {
  it('"the United Nations" is not cut from "the United Nations High Commissioner …" named before', () => {
    const c = propose([
      'The United Nations High Commissioner for Human Rights said the decision changed nothing.',
      'The United Nations and European Union stressed the move was illegal.',
    ]);
    expect(c.at(-1)?.speaker).toBe('United Nations and European Union');
  });
});
