// Full names written where a name run used to stop short: in brackets, with a surname that is also a
// role word, glued to the next word by a dash; later surnames widen to them. Sentences written for the
// test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a full name the surname widens to', () => {
  it('"a pianist (Rob Kessel) and an actor (Emma Stanton)": names in brackets', () => {
    const c = propose([
      'The film follows a pianist (Rob Kessel) and an actor (Emma Stanton) who fall in love.',
      '“It was fun,” Stanton says.',
      'Kessel said the songs were hard to learn.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Emma Stanton', 'Rob Kessel']);
  });

  it('"co-host Gayle Bishop": a role word after a first name is the surname', () => {
    const c = propose([
      'Ann Scott told morning show co-host Gayle Bishop that the vote mattered.',
      '“I keep hearing that,” Bishop said.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Ann Scott', 'Gayle Bishop']);
  });

  it('"says manager Bill Varlow—Stephen is …": a dash glued to the next word ends the name', () => {
    const c = propose([
      '“He sees around corners,” says former general manager Bill Varlow—Stephen is the details guy.',
      '“He is rich, and that is fine,” Varlow said.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Bill Varlow');
    expect(c.map((x) => x.speaker)).not.toContain('Bill Varlow—Stephen');
  });
});

describe('an adjective before a first name', () => {
  it('"Longtime Ana Roe ally Ivo Ruml …": "Roe said" is Ana Roe', () => {
    const c = propose([
      'Longtime Ana Roe ally Ivo Ruml has left the race.',
      'Roe said in a statement that she would miss him.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Ana Roe');
  });
});
