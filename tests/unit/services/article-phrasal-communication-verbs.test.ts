// Phrasal verbs of communication from WordNet 3.1 ("spelled out", "cried out", "put forward"), the
// particle required before the frame; sentences written for the test, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import communication from '../../../electron/services/import/article/communication-verbs.json';
import { SPEECH_WITH_OBJECT } from '../../../electron/services/import/article/lexicon';
import { only, propose } from '../../helpers/article-candidates';

describe('the derived list', () => {
  it('keeps each phrasal verb with its particle', () => {
    expect(communication.phrasal.spelled).toContainEqual({ particle: 'out', that: true, object: false });
    expect(communication.phrasal.put).toContainEqual({ particle: 'forward', that: true, object: true });
  });

  it('leaves out malformed forms and a past that is the lemma', () => {
    expect(communication.quote).not.toContain('prophesys');
    expect(communication.quote).not.toContain('tout');
  });

  it('keeps the hand-written frames of "put" beside the particle\'s', () => {
    expect(SPEECH_WITH_OBJECT.get('put')?.test('out a statement')).toBe(true);
    expect(SPEECH_WITH_OBJECT.get('put')?.test('forward a plan to cut fares')).toBe(true);
    expect(SPEECH_WITH_OBJECT.get('put')?.test('the boxes in the van')).toBe(false);
  });
});

describe('a phrasal verb says with its particle', () => {
  it.each([
    ['Harbour master Olaf Dietz spelled out that the ferries would not sail.', 'Olaf Dietz'],
    ['Senator Imre Vass put forward a plan to cut the fares.', 'Imre Vass'],
    ['Councillor Ada Brenner sounded off: “This depot is a disgrace.”', 'Ada Brenner'],
  ])('%s', (sentence, speaker) => {
    expect(only([sentence]).speaker).toBe(speaker);
  });

  it.each(['Senator Imre Vass put the boxes in the van.', 'The alarm sounded at noon.'])(
    'not: %s',
    (sentence) => {
      expect(propose([sentence])).toHaveLength(0);
    },
  );
});
