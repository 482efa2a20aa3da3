// Article-level entity resolution: who a pronoun, a definite noun or an acronym stands for across the
// whole article, one test per pattern, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';
import { Bodies, spellsAcronym } from '../../../electron/services/import/article/entities';

const speakers = (paragraphs: string[]) =>
  proposeCandidates(paragraphs.join('\n\n'), 'text').candidates.map((c) => c.speaker ?? null);
const last = (paragraphs: string[]) => speakers(paragraphs).at(-1);

describe('acronyms the article defines', () => {
  it('names the body in full when the article spelled it out first', () => {
    expect(
      last([
        'The Global Rivers Authority (GRA) published new flood maps on Monday.',
        'Farmers in the valley were told to move livestock to higher ground.',
        'The GRA said the maps would be revised every year.',
      ]),
    ).toBe('Global Rivers Authority');
  });

  it('reads an acronym that is also a word ("WHO") as the body it was defined as', () => {
    expect(
      last([
        'The World Health Organisation (WHO) recommends that every country iodise its salt.',
        'Rather, the WHO says the problem is easily fixed.',
      ]),
    ).toBe('World Health Organisation');
  });

  it('finds the name the acronym spells inside a longer run of words', () => {
    const b = new Bodies([
      { text: "The report cites the country's main agency Northern Central Press Agency (NCPA) twice." },
    ]);
    expect(b.expand('NCPA')).toBe('Northern Central Press Agency');
    expect(b.expand('the NCPA')).toBe('Northern Central Press Agency');
  });

  it('leaves an acronym alone when the article never spelled it out, or spelled out something else', () => {
    expect(last(['The AFGX said in a statement it would challenge the order.'])).toBe('AFGX');
    const b = new Bodies([{ text: 'Officials at the Harbour Safety Board (XYZ) declined to comment.' }]);
    expect(b.expand('XYZ')).toBe('XYZ');
  });

  it('an acronym never defined, spelling one body the article names in full, is that body', () => {
    expect(
      last([
        'The Northern Ferry Operators Association sent a letter to the minister on Friday.',
        'The NFOA said fares would rise in the spring.',
      ]),
    ).toBe('Northern Ferry Operators Association');
  });

  it('an acronym that spells two bodies the article names stays as written', () => {
    expect(
      last([
        'The National Farmers Union and the National Fishers Union met in Leeds.',
        'The NFU said the talks went well.',
      ]),
    ).toBe('NFU');
  });

  it('spells acronyms from initials, small words giving a letter or none', () => {
    expect(spellsAcronym('DOGE', 'Department of Government Efficiency')).toBe(true);
    expect(spellsAcronym('LCWR', 'Leadership Conference of Women Religious')).toBe(true);
    expect(spellsAcronym('WHO', 'World Health Organisation')).toBe(true);
    expect(spellsAcronym('NATO', 'World Health Organisation')).toBe(false);
  });
});

describe('definite nouns reach the nearest body of their kind, however far back', () => {
  it('"the agency" is the nearest agency named before, paragraphs away', () => {
    expect(
      last([
        'Forecasters at the Coastal Weather Agency tracked the storm for days.',
        'Ferries were cancelled and schools closed early.',
        'Fishermen hauled their boats ashore.',
        'Shops in the harbour boarded up their windows.',
        'The agency said the storm would weaken by Thursday.',
      ]),
    ).toBe('Coastal Weather Agency');
  });

  it('"the ministry" skips a company named in between, "the company" skips the ministry', () => {
    const paragraphs = [
      'The Ministry of Transport ordered an inspection of the bridge.',
      'Engineers from Brightline Construction Ltd. arrived on site on Wednesday.',
      'The ministry said the bridge would stay closed for a week.',
      'The company said the cracks were superficial.',
    ];
    expect(speakers(paragraphs)).toEqual(['Ministry of Transport', 'Brightline Construction']);
  });

  it('"the airline" is the one the article is about, not one named in passing just before', () => {
    expect(
      last([
        'Searchers looked for a Sunwing Air jet that vanished over the sea on Sunday.',
        'Sunwing Air said the crew had asked to climb to avoid a storm.',
        'Families of the passengers gathered at the Sunwing Air desk in the terminal.',
        'Experts compared the search with that for a Northbay Airlines flight lost in 2014.',
        'The pilot was experienced, the airline said.',
      ]),
    ).toBe('Sunwing Air');
  });

  it('leaves it empty when two bodies of the kind are named in the same sentence', () => {
    const b = new Bodies([
      { text: 'The Food Safety Agency and the Drug Control Agency both inspected the plant.' },
      { text: 'The agency said the plant was clean.' },
    ]);
    const at = 'The Food Safety Agency and the Drug Control Agency both inspected the plant.'.length + 1;
    expect(b.resolve('agency', [], at)).toBeUndefined();
  });

  it('a definite noun with its own words needs a body whose name holds them', () => {
    const text = 'The Harris County Health Department and the Texas State Water Department met on Friday.';
    const b = new Bodies([{ text }]);
    expect(b.resolve('department', ['health'], text.length + 1)).toBe('Harris County Health Department');
    expect(b.resolve('department', ['water'], text.length + 1)).toBe('Texas State Water Department');
  });
});

describe('pronouns and role nouns reach people only, agreeing in gender', () => {
  it('"she said" never goes to a man named by a gendered noun ("her boyfriend")', () => {
    const s = speakers([
      'Maria Lopes, 34, was arrested on Monday.',
      'The boyfriend told investigators that he had driven her to the meeting.',
      'Asked about the messages, she said she had forgotten them.',
    ]);
    expect(s.at(-1)).not.toBe('boyfriend');
  });

  it('a line of category words is no person ("Environment Canada Archived")', () => {
    expect(
      last([
        'Environment Canada spokeswoman Sujata Ramanathan told the paper the department would look into it.',
        '"We take security seriously," she said.',
        'Categories: March 3, 2021 Canada Published Politics and conflicts Environment Canada Archived',
      ]),
    ).not.toBe('Environment Canada Archived');
    expect(
      speakers([
        'Categories: March 3, 2021 Canada Published Politics and conflicts Environment Canada Archived',
        'Environment Canada spokeswoman Sujata Ramanathan told the paper the department would look into it.',
        '"We take security seriously," she said.',
      ]).at(-1),
    ).not.toBe('Environment Canada Archived');
  });

  it('"the judge said" is the person titled judge, not a name that follows a verb', () => {
    expect(
      speakers([
        'Judge Helen R. Okafor ordered the trial postponed.',
        'On Friday, the judge said she had appointed Peter Lang, a former prosecutor, to advise the court.',
        'The defendant will not be required to attend, the judge said.',
      ]),
    ).toEqual(['Helen R. Okafor', 'Helen R. Okafor']);
  });

  it('"the Ukrainian president" and "the then prime minister" reach the person given that role', () => {
    expect(
      last([
        'Ukrainian President Taras Melnyk met the delegation in Kyiv.',
        'Talks lasted three hours.',
        'The Ukrainian president said the talks had been useful.',
      ]),
    ).toBe('Taras Melnyk');
    expect(
      last([
        'Prime Minister Agnes Whitby announced the reform in 1985.',
        'Teachers protested for months.',
        'The then prime minister said the old exams were unfair.',
      ]),
    ).toBe('Agnes Whitby');
  });

  it('a surname earlier in the sentence is the person the article named in full ("questioned Lopes …, she said")', () => {
    expect(
      last([
        'Maria Lopes, 34, was arrested on Monday.',
        'Her boyfriend, Daniel Kerr, told investigators he had driven the car.',
        'Investigators later questioned Robert Hale, a neighbour.',
        'When investigators questioned Lopes about the messages, she said she had dreamed it.',
      ]),
    ).toBe('Maria Lopes');
  });

  it('a quotation that runs on over paragraphs keeps its speaker for the "She added" after it', () => {
    expect(
      last([
        '“The drug was in her system and there was no antidote,” her aunt, Joan Pereira, said in a statement.',
        '“The staff did all they could to cool her down.',
        '“She was burning up from within.”',
        'She added: “They never stood a chance of saving her.”',
      ]),
    ).toBe('Joan Pereira');
  });

  it('a name given with its middle name left out is the full name ("Hana Kowal" for "Hana Maria Kowal")', () => {
    expect(
      last([
        'Hana Maria Kowal, a nurse at the clinic, was the first to raise the alarm.',
        'Hana Kowal said the clinic had run out of masks in a day.',
      ]),
    ).toBe('Hana Maria Kowal');
  });

  it('"According to Rathbun the property was …" (no comma): the source is the name, not a body later on', () => {
    expect(
      last([
        'Mark Rathbun, a blogger, has followed the case for months.',
        'According to Rathbun the stolen drives were returned by mail to the Harbour Trust before the arrest.',
      ]),
    ).toBe('Mark Rathbun');
  });

  it('a capital "He" inside a sentence is the surname of someone the article named ("He Lifeng")', () => {
    expect(
      last([
        'Vice Premier He Lifeng met Treasury Secretary Scott Bessent in Geneva on Friday.',
        'Bessent raised fentanyl first, and later He said the new tariffs were unfair.',
      ]),
    ).toBe('He Lifeng');
  });

  it('"According to ABC News, Ruiz also believes …": the outlet relays what the person it names thinks', () => {
    const c = proposeCandidates(
      [
        'Ana Ruiz, the army spokeswoman, said the boats were found at dawn.',
        'According to ABC News, Ruiz also believes the migrants jumped into the sea on purpose.',
      ].join('\n\n'),
      'text',
    ).candidates.at(-1);
    expect([c?.speaker, c?.relayedBy]).toEqual(['Ana Ruiz', 'ABC News']);
  });

  it('leaves "he" empty when two men of no known speaker are equally near', () => {
    const s = speakers([
      'Officials met in the capital.',
      'Rodrigo Almeida and Tomasz Nowak signed the accord after a long night.',
      'He said the deal would hold.',
    ]);
    expect(s.at(-1) ?? null).toBeNull();
  });
});

describe('names in capitals', () => {
  it('takes no heading in capitals for the full name of a maker speaking below it', () => {
    // A show report: each model a heading in capitals, the maker speaking under it.
    expect(
      speakers([
        'TOYOTA RAV4 PRIME',
        'The plug-in hybrid goes 42 miles on electricity alone, Toyota says.',
        'NISSAN SENTRA',
        'The compact sedan is cheaper than last year, yet Nissan says it will offer better gas mileage.',
      ]),
    ).toEqual(['Toyota', 'Nissan']);
  });

  it('still widens a surname to the person named in ordinary letters', () => {
    expect(
      last([
        'Maria Example, the agency’s director, opened the meeting on Monday.',
        'Example said the agency would publish its figures in May.',
      ]),
    ).toBe('Maria Example');
  });
});
