// One who speaks for a body the phrase names speaks for that body, the noun the role (the fixtures README: an
// organisation speaking through an unnamed spokesperson is the speaker): "a spokesperson from the … Police"
// as "a spokesman for …"; the place the body is in after its name ("… command in Aarhus") is no part of it;
// a body named for what it runs, then where ("Transport for Leeds"), is one name, alone or before
// "spokesman". Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakerOf = (paragraphs: string[], words: string) => {
  const c = propose(paragraphs, { model: null }).find((x) => x.statement.includes(words));
  return c && [c.speaker, c.speakerRole ?? null];
};

describe('one who speaks for a named body', () => {
  it('"a spokesperson from the Severn Valley Police" speaks for the police', () => {
    expect(
      speakerOf(
        [
          'Two trains collided near Ludlow.',
          'A spokesperson from the Severn Valley Police said officers attended.',
        ],
        'officers attended',
      ),
    ).toEqual(['Severn Valley Police', 'spokesperson']);
  });

  it('"councillors from Lanark" are no body\'s spokespeople', () => {
    expect(
      speakerOf(['A group of councillors from Lanark agreed the plan was sound.'], 'the plan was sound')?.[0],
    ).not.toBe('Lanark');
  });

  it('the place after a body a spokesman speaks for is no part of its name', () => {
    expect(
      speakerOf(
        [
          'The soldiers were flown home.',
          'A spokesman for the Danish military joint forces command in Aarhus said the soldiers were safe.',
        ],
        'were safe',
      ),
    ).toEqual(['Danish military joint forces command', 'spokesman']);
  });

  it('"Transport for Leeds said" is one name', () => {
    expect(
      speakerOf(
        ['The trams stopped.', 'The crash occurred near a tunnel, Transport for Leeds said.'],
        'tunnel',
      ),
    ).toEqual(['Transport for Leeds', null]);
  });

  it('"A Transport for Leeds spokesman said" is that body, role spokesman', () => {
    expect(
      speakerOf(
        ['The trams stopped.', 'A Transport for Leeds spokesman said the line would reopen.'],
        'reopen',
      ),
    ).toEqual(['Transport for Leeds', 'spokesman']);
  });
});
