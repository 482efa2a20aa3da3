// Verbs of communication taken from a general resource (WordNet 3.1's verb.communication, derived by
// scripts/derive-communication-verbs.mjs into communication-verbs.json), each admitted only in the frames
// WordNet gives it; sentences written for the test, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import communication from '../../../electron/services/import/article/communication-verbs.json';
import { SPEECH_WITH_OBJECT } from '../../../electron/services/import/article/lexicon';
import { only, propose } from '../../helpers/article-candidates';

describe('the derived list', () => {
  it('names its source and keeps its licence', () => {
    expect(communication.source).toMatch(/WordNet 3\.1/);
    expect(communication.licence.join(' ')).toMatch(/Princeton University/);
  });

  it('holds verbs of saying the hand-written lexicon lacked, and no acts done with a signature', () => {
    for (const form of ['proposed', 'underscored', 'complimented', 'voiced', 'queried', 'implored'])
      expect(communication.quote).toContain(form);
    for (const form of ['signed', 'sentenced', 'filed', 'suspected'])
      expect(communication.quote).not.toContain(form);
  });

  it('keeps the hand-written frames of a verb the lexicon already has', () => {
    expect(SPEECH_WITH_OBJECT.get('expressed')?.test('concern about the plan')).toBe(true);
    expect(SPEECH_WITH_OBJECT.get('expressed')?.test('the parcel')).toBe(false);
  });
});

describe('a derived verb says in its frames', () => {
  it.each([
    ['Councillor Ada Brenner underscored that the bridge would stay shut until spring.', 'Ada Brenner'],
    ['Harbour master Olaf Dietz queried whether the ferries could sail at all.', 'Olaf Dietz'],
    ['Senator Imre Vass implored the committee to delay the vote.', 'Imre Vass'],
    ['Senator Imre Vass proposed an amendment that would cap the levy.', 'Imre Vass'],
    ['Mayor Tilda Roan complimented the crews on their speed.', 'Tilda Roan'],
    ['Mayor Tilda Roan voiced her support for the new depot.', 'Tilda Roan'],
    ['Professor Ines Waltari reiterated: “The dam is safe.”', 'Ines Waltari'],
  ])('%s', (sentence, speaker) => {
    expect(only([sentence]).speaker).toBe(speaker);
  });
});

describe('and nothing outside them', () => {
  it.each([
    'The proposed amendment would cap the levy.',
    'The amendment was proposed by the council last year.',
    'Councillor Ada Brenner underscored the page in red ink.',
    'Mayor Tilda Roan queried the database.',
    // An adverbial clause sets the scene, and "which" is a thing, not a speaker.
    'When Senator Imre Vass proposed the levy to them, the council went home.',
    'The port sent out a siren alert, which implored residents to stay indoors.',
    // Inside a that-clause the words are the main verb's to report, or thought.
    'Nobody on the council believes that Imre Vass implored anyone to delay the vote.',
  ])('%s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });
});
