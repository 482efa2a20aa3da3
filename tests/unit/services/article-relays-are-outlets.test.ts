// A relay is a news outlet, an agency, a platform or a paper that passed the words on; an occasion, an
// assembly or an audience told something only heard it. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('an occasion or assembly told is no relay', () => {
  it('"told the … Forum / Conference / Club / Dialogue / Committee / hearing / Parliament"', () => {
    for (const sentence of [
      'Foreign Minister Lina Sorell told the Doha Forum on Sunday that talks would resume.',
      'Ana Petrova told the Munich Security Conference that the alliance was ready.',
      'Carla Ruiz told the Valdai Discussion Club that sanctions had failed.',
      'Ina Holm told the Petersberg Climate Dialogue that the money was there.',
      'Boris Kalman told the House Intelligence Committee that he had never met the man.',
      'Greta Lund told a Senate hearing on Tuesday that prices would fall.',
      'Marek Dvorak told the European Parliament that the deal was fair.',
    ]) {
      const c = only([sentence]);
      expect(c.relayedBy, sentence).toBeUndefined();
      expect(c.speaker, sentence).toBeDefined();
    }
  });

  it('the speaker stays the one who told it', () => {
    const c = only(['Foreign Minister Lina Sorell told the Doha Forum on Sunday that talks would resume.']);
    expect(c.speaker).toBe('Lina Sorell');
    expect(c.speakerRole).toBe('Foreign Minister');
  });
});

describe('an outlet told, or the words came via, relays', () => {
  it('a paper told still relays', () => {
    expect(only(['Ola Brandt told the Daily Courier that the vote was rigged.']).relayedBy).toBe(
      'Daily Courier',
    );
    expect(only(['Mina Kovac told the Odessa American that she was resting.']).relayedBy).toBe(
      'Odessa American',
    );
  });

  it('"said, via the Harbor Times", "X, via USA Today, said", "via Jon Mercer of the Riverside Herald"', () => {
    expect(
      only(['“We lost the game and that is what matters,” Kerrin said, via the Harbor Times.']).relayedBy,
    ).toBe('Harbor Times');
    expect(only(['Dalton, via USA Today, said that the coach “had lost the room.”']).relayedBy).toBe(
      'USA Today',
    );
    expect(
      only(['“The result is what counts,” Hale said, via Jon Mercer of the Riverside Herald.']).relayedBy,
    ).toBe('Riverside Herald');
  });

  it('"said in an interview with The Spectator magazine:" relays the magazine', () => {
    expect(
      only([
        'The former minister Ann Rowe said in an interview with The Spectator magazine: “There is too much spin.”',
      ]).relayedBy,
    ).toBe('Spectator');
  });

  it('"via email" relays nothing', () => {
    expect(only(['Dalton said via email that the coach had lost the room.']).relayedBy).toBeUndefined();
  });
});
