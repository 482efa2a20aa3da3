// A definite description or a paper kept as the speaker ("the security contractor said", "the release
// said"): the one name the article described with those words ("private security contractor Velmora",
// "Corvane Aid, the charity", "the suspect, Tomas Reld"), or whoever issued the paper ("Velmora sent a
// letter …", "a report released by …", "Velmora announced …"); two names that fit leave the words as
// written. A title's abbreviation before a name ("Gov. Ana Pell") is the role written out. Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('descriptions and papers resolved to whom they describe', () => {
  it('"the security contractor said" is the body described so before', () => {
    const c = propose([
      'The ministry hired private security contractor Velmora to guard the stadium.',
      'Crowds were larger than planned on Sunday.',
      'The security contractor said in a statement it had enough guards.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Velmora');
  });

  it('an appositive after the name describes it too', () => {
    const c = propose([
      'Corvane Aid, the charity, counted the lost jobs in six countries.',
      'Factories closed in the spring.',
      'The charity said the losses would grow.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Corvane Aid');
  });

  it('two names described with the same words leave the description as written', () => {
    const c = propose([
      'The ministry hired security contractor Velmora and security contractor Dastrel for the games.',
      'Crowds were larger than planned on Sunday.',
      'The security contractor said it had enough guards.',
    ]);
    expect(c.at(-1)!.speaker).toBe('security contractor');
  });

  it('"the suspect, Tomas Reld," names who "the suspect said" is', () => {
    const c = propose([
      'The suspect, Tomas Reld, was arrested at a motel on Friday.',
      'Officers knocked on the door. The suspect said he needed a minute.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Tomas Reld');
    expect(c.at(-1)!.speakerRole).toBe('suspect');
  });

  it('"the letter says" speaks for the body that sent the letter', () => {
    const c = propose([
      'The Federation of Harbour Pilots sent a letter on Friday to the transport minister.',
      'The minister has not replied.',
      'The letter says the new rules put crews at risk.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Federation of Harbour Pilots');
  });

  it('"the report" is the body a report was released by', () => {
    const c = propose([
      'A new report released on Monday by the Orlen Institute ranks twelve cities by rent.',
      'The report said rents rose fastest in the north.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Orlen Institute');
  });

  it('"according to the release" is the body that announced it', () => {
    const c = propose([
      'Port officers found forty kilos of cocaine on a yacht, the Coastal Patrol Service announced Tuesday.',
      'According to the release, the crew admitted sailing without papers.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Coastal Patrol Service');
  });

  it('a paper nobody was said to issue stays as written', () => {
    const c = propose(['Prices rose again in March.', 'The report said rents rose fastest in the north.']);
    expect(['report', undefined]).toContain(c.at(-1)!.speaker);
  });

  it('a title abbreviated before the name is the role "the governor" reaches', () => {
    const c = propose([
      'Republican Gov. Ana Pell and leaders of the assembly stayed away from the rally.',
      'Teachers marched on Tuesday.',
      'The governor said she was waiting for a pay commission.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Ana Pell');
  });

  it('a company named once with its trade word ("Kestrel Wireless") is who its short name speaks for', () => {
    const c = propose([
      'Kestrel Wireless is closing its app store in January.',
      'Developers were told by e-mail. Kestrel said most apps would stay available.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Kestrel Wireless');
  });

  it("a body's name with the noun describing it is the name, the description its role", () => {
    const c = propose([
      'German car maker Borvik said the app would be free.',
      'According to a study by the research firm Tallis Inc., sales fell.',
      'The Free Harbour Council opposition group said forty people died.',
    ]);
    expect(c.map((x) => [x.speaker, x.speakerRole])).toEqual([
      ['Borvik', 'German car maker'],
      ['Tallis', 'research firm'],
      ['Free Harbour Council', 'opposition group'],
    ]);
  });

  it("a place or an owner before a body's noun is no body's name", () => {
    const c = propose(['The Valeria Province health authority reported a third case on Monday.']);
    expect(c.at(-1)!.speaker).not.toBe('Valeria Province');
  });

  it("a body's name that the one body named in full ends with is that body", () => {
    const c = propose([
      'A cat went missing from the Valdoro Animal Shelter on Friday.',
      'Volunteers searched the grounds. The Animal Shelter said the cat was found on Sunday.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Valdoro Animal Shelter');
  });

  it("no sentence opener is read into the body's name", () => {
    const c = propose([
      'Voters were angry. But the Harbour Reform Party called on ministers to resign.',
      'The Reform Party said the sums were wrong.',
    ]);
    expect(c.at(-1)!.speaker).not.toMatch(/^But/);
  });

  it('a paper in the lead is the issuer the paragraph after it names', () => {
    const c = propose([
      'Tensions over the reef are rising, an authoritative new report says.',
      'The talks have stalled, according to the report, by the Meridian Policy Group, a research body.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Meridian Policy Group', 'Meridian Policy Group']);
  });

  it('a plural description before the name ("administrators Tarn & Partners") names who "the administrator" is', () => {
    const c = propose([
      'Quillon called in administrators Tarn & Partners on Friday.',
      'Staff were sent home. The administrator said wages would be paid.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Tarn & Partners');
  });

  it('"the analysts" is no one person described as an analyst', () => {
    const c = propose([
      'Prices fell, said analyst Gerda Mill of Fenwick Research.',
      'The analysts said the plan would help smaller carriers.',
    ]);
    expect(c.at(-1)!.speaker).not.toBe('Gerda Mill');
  });
});
