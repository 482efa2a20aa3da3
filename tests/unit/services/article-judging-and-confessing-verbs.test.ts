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
    ['The harbour union raised alarm at the terms of the new contract.', 'harbour union'],
    ['Councillor Rhea Munk raised concerns about the depot’s budget.', 'Rhea Munk'],
    ['Councillor Rhea Munk expressed interest in a second ferry.', 'Rhea Munk'],
    [
      'Councillor Rhea Munk assured residents at the meeting, a packed hall, that the pier was safe.',
      'Rhea Munk',
    ],
    ['Recent councils have recognized that the pier was neglected for decades.', 'Recent councils'],
    ['The harbour board formally unveiled its proposal to close the night ferry.', 'harbour board'],
    [
      'The Harbour Health Board recommends all adults over 65 get a booster by October.',
      'Harbour Health Board',
    ],
    [
      // The body speaks through its representatives (session 15's convention): the union, role representatives.
      'Harbour union representatives have long warned that the pier is unsafe.',
      'Harbour union',
    ],
    ['The union sent a letter to the board last week stating that the pier was unsafe.', 'union'],
    ['“Stop the boat!” a coastguard officer shouts.', 'coastguard officer'],
    ['“Hands where I can see them!” an officer ordered.', 'officer'],
    [
      'Councillor Rhea Munk characterized the dispute between the harbour board and the ferry company as a farce.',
      'Rhea Munk',
    ],
    [
      'The board awarded the contract to Ferrylink, but Ferrylink withdrew a month later, citing rising fuel costs.',
      'Ferrylink',
    ],
    [
      'The talks were close to a deal when Mayor Ana Roe walked out, citing the union’s new demands.',
      'Ana Roe',
    ],
  ])('%s', (sentence, speaker) => {
    expect(only([sentence]).speaker).toBe(speaker);
  });

  it('a claim of no one\'s, "—and" a second speaker\'s own clause', () => {
    const [first, second] = propose([
      'In 2003 the port was accused of hiding the extent of the spill—and harbour officials later admitted that the spill was ten times larger.',
    ]);
    expect(first?.speaker).toBeUndefined();
    expect(second?.speaker).toBe('harbour officials');
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
    'The ferry company raised its fares by a tenth in May.',
    'The council unveiled a statue of the first harbour master.',
    'Senator Billy Long left the chamber early.',
    'Harbour police questioned the skipper for two hours.',
    'Councillor Rhea Munk laughed.',
    'The harbour champion is defending the title in Cork this weekend.',
    'Sellers are still asking for prices they got a year ago.',
    'The harbour board agreed to pay for the new pier.',
    'The ferry company offered the skipper a new contract.',
  ])('no claim: %s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });
});

describe('"citing" names a source, not a reason, when it cites people or papers', () => {
  it('"…, the ministry said, citing two officials" keeps the ministry\'s own frame', () => {
    expect(only(['The ferry will stop in May, the ministry said, citing two officials.']).speaker).toBe(
      'ministry',
    );
  });

  it('"citing two officials" alone proposes no claim of the subject\'s', () => {
    expect(propose(['The ferry schedule was cut, citing two officials.'])).toHaveLength(0);
  });
});
