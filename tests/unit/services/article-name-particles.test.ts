// Surname particles inside a name: "des", "van der", "von der" (two in a row). Sentences written for the
// test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a particle inside a full name', () => {
  it('"said Mireille des Ormes, the gallery\'s director": the whole name, not "Ormes"', () => {
    const c = propose([
      "“We are open,” said Mireille des Ormes, the gallery's director.",
      'The works are safe, des Ormes said on Monday.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Mireille des Ormes', 'Mireille des Ormes']);
    expect(c[0]!.speakerRole).toBe("gallery's director");
  });

  it('"Pieter van der Molen, the mayor, said": two particles in a row', () => {
    const c = propose(['Pieter van der Molen, the mayor, said the dam would hold.']);
    expect(c[0]!.speaker).toBe('Pieter van der Molen');
    expect(c[0]!.speakerRole).toBe('mayor');
  });

  it('"Von der Halden said" later is the person named in full', () => {
    const c = propose([
      "“It is over,” said Greta von der Halden, the commission's president.",
      'Von der Halden said talks would resume.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Greta von der Halden', 'Greta von der Halden']);
  });
});
