// A speaker named in full once (with a role, initials or a dateline run on before the name) and later by
// surname alone is the same full name, the role staying with the unit that gives it; sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const rules = { model: null } as const;
const speakers = (paragraphs: string[]) =>
  propose(paragraphs, rules).map((c) => [c.speaker, c.speakerRole ?? null]);

describe('a later surname reaches the full name given once', () => {
  it('a role before the name stays with its unit; "Example added" is the full name with no role', () => {
    expect(
      speakers([
        "Moldova's Energy Minister Ana Example said on Tuesday that gas supplies would hold through the winter.",
        'Example added that the government had signed two new contracts with suppliers.',
      ]),
    ).toEqual([
      ['Ana Example', "Moldova's Energy Minister"],
      ['Ana Example', null],
    ]);
  });

  it('a dateline whose agency runs on into the first word ("(CNN)Tomas Roe …") leaves the name whole', () => {
    expect(
      speakers([
        'Portland, Maine (CNN)Tomas Roe brought his campaign to the coast on Saturday, and Roe said the plan was reckless.',
        '"It is a bad deal," Roe said.',
      ]),
    ).toEqual([
      ['Tomas Roe', null],
      ['Tomas Roe', null],
    ]);
  });

  it('"said Dean Sample, principal analyst at …": "Dean" is a first name when the appositive gives the role', () => {
    expect(
      speakers([
        'Shipments fell by nine percent, said Dean Sample, principal analyst at Example Research.',
        '"We expect a slow recovery," Sample said.',
      ]),
    ).toEqual([
      ['Dean Sample', 'principal analyst at Example Research'],
      ['Dean Sample', null],
    ]);
  });

  it('a title "Dean" after another capitalised word stays the role', () => {
    const [c] = propose(['Law School Dean Ana Sample said the exams would move online.'], rules);
    expect([c?.speaker, c?.speakerRole]).toEqual(['Ana Sample', 'Law School Dean']);
  });

  it('initials before the first name are the name\'s ("Church Elder L. Whitney Roe", "founder NR Anand Roe")', () => {
    expect(
      speakers([
        'Church Elder L. Whitney Claymore told reporters that the church would act.',
        'Claymore said the review would take a year.',
      ]),
    ).toEqual([
      ['L. Whitney Claymore', 'Church Elder'],
      ['L. Whitney Claymore', null],
    ]);
    expect(
      speakers([
        'Software founder NR Narayana Roe on Tuesday clarified that no funds were given.',
        'In the statement, Roe said he had declined the request.',
      ]),
    ).toEqual([
      ['NR Narayana Roe', 'Software founder'],
      ['NR Narayana Roe', null],
    ]);
  });

  it('an office in capitals before the name is no initials ("executive VP Ann Roe")', () => {
    const [c] = propose(['Acme executive VP Marni Roe said the plan would cost less.'], rules);
    expect(c?.speaker).toBe('Marni Roe');
  });

  it('a middle initial without its stop ("Charles A Blixby") is no article', () => {
    expect(
      speakers([
        'Charles A Blixby, executive vice-president of Example Tobacco, said the ruling "transforms" the case.',
        'Blixby said the firm would appeal.',
      ]),
    ).toEqual([
      ['Charles A Blixby', 'executive vice-president of Example Tobacco'],
      ['Charles A Blixby', null],
    ]);
  });

  it('an adjective of standing opening the sentence is no part of the name; a place is left alone', () => {
    expect(
      speakers([
        'Incumbent Goodluck Omondi lost the vote on Tuesday after the count.',
        'Omondi said he would hand over power peacefully.',
      ]).map(([speaker]) => speaker),
    ).toEqual(['Goodluck Omondi']);
    const [d] = propose(
      ['New York City "is taking precautions," said Julie Sample, the deputy press secretary.'],
      rules,
    );
    expect(d?.speaker).toBe('Julie Sample');
  });
});
