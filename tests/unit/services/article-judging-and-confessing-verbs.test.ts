// Verbs that report what a speaker said in judging, confessing, disputing or defending (the corpus
// README's convention: "condemned" and "thanked … for" settled in session 15), each held to the frame in
// which it says. Sentences written for the test, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('verbs of judging, confessing and disputing are verbs of saying', () => {
  it.each([
    ['The harbour union condemned the closure of the night ferry.', 'harbour union'],
    ['Councillor Rhea Munk confessed to leaking the tender documents.', 'Rhea Munk'],
    ['Councillor Rhea Munk scolded the board for the delays.', 'Rhea Munk'],
    ['Councillor Rhea Munk lauded the volunteers who cleared the beach.', 'Rhea Munk'],
    ['Councillor Rhea Munk rebuked the mayor over the depot contract.', 'Rhea Munk'],
    ['Councillor Rhea Munk decried the cuts to the bus routes.', 'Rhea Munk'],
    ['Councillor Rhea Munk chided her colleagues for missing the vote.', 'Rhea Munk'],
    ['Councillor Rhea Munk disputed the notion that the depot was over budget.', 'Rhea Munk'],
    ['Councillor Rhea Munk defended the council’s handling of the flood.', 'Rhea Munk'],
    ['Councillor Rhea Munk defended the state’s launch of the recycling campaign.', 'Rhea Munk'],
    ['Councillor Rhea Munk has spoken out against the new parking fees.', 'Rhea Munk'],
    ['Councillor Rhea Munk revealed plans for a second ferry on the night route.', 'Rhea Munk'],
    ['Councillor Rhea Munk cited the lingering doubts over the pier’s foundations.', 'Rhea Munk'],
    ['Councillor Rhea Munk has cited a survey showing the ferry is half empty.', 'Rhea Munk'],
  ])('%s', (sentence, speaker) => {
    expect(only([sentence]).speaker).toBe(speaker);
  });

  it('"…,” the statement read." is the paper\'s words, as "reads" is', () => {
    const c = only(['“We will not close the depot,” the statement read. “The staff stay.”']);
    expect(c.quote).toContain('We will not close the depot');
  });

  it.each([
    'The old mill was condemned to demolition in 1990.',
    'Fishing boats crossed into the disputed waters at dawn.',
    'The champion defended the title in a five-set final.',
    'The search revealed a gun under the seat.',
    'Information from the port’s records disputes the claims of the ferry company.',
    'The children read quietly in the library after lunch.',
    'Harbour police cited the skipper for speeding in the marina.',
  ])('no claim: %s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });
});
