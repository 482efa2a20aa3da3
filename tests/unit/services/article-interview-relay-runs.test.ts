// An interview's run of units (fixtures README, settled in session 22): the same speaker's units next to the one
// naming the programme, station or outlet the words were told to relay it too, until another speaker's unit
// comes between; a paper named in common words ("court papers") runs on to no other unit. A programme's title
// may hold "with" ("Breakfast with Frost"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const relays = (paragraphs: string[], outlet = 'BBC News') =>
  propose(paragraphs, { outlet, model: null }).map((c) => [c.speaker, c.relayedBy ?? null]);

describe('a speaker’s units around an interview', () => {
  it('relay the programme named in one of them', () => {
    expect(
      relays([
        'Rail plan',
        "Transport minister Ana Ruiz told BBC Radio 4's Today programme that the trains would run on time. " +
          'Ms Ruiz said the new timetable would start in May. "We have listened to passengers," she added.',
      ]),
    ).toEqual([
      ['Ana Ruiz', "BBC Radio 4's Today programme"],
      ['Ana Ruiz', "BBC Radio 4's Today programme"],
      ['Ana Ruiz', "BBC Radio 4's Today programme"],
    ]);
  });

  it('relay an outlet told on another outlet’s page', () => {
    expect(
      relays(
        [
          'Rail plan',
          'Transport minister Ana Ruiz told Reuters that the trains would run on time. ' +
            'Ms Ruiz said the new timetable would start in May.',
        ],
        'The Daily Post',
      ),
    ).toEqual([
      ['Ana Ruiz', 'Reuters'],
      ['Ana Ruiz', 'Reuters'],
    ]);
  });

  it('stop at another speaker’s unit', () => {
    expect(
      relays(
        [
          'Rail plan',
          'Transport minister Ana Ruiz told Reuters that the trains would run on time. ' +
            'Union leader Tom Hale said the plan was too late. Ms Ruiz said the new timetable would start in May.',
        ],
        'The Daily Post',
      ),
    ).toEqual([
      ['Ana Ruiz', 'Reuters'],
      ['Tom Hale', null],
      ['Ana Ruiz', null],
    ]);
  });
});

describe('a programme whose title holds "with"', () => {
  it('is named whole', () => {
    expect(
      relays(['Rail plan', "Ms Ana Ruiz told BBC One's Breakfast with Frost the trains would run on time."]),
    ).toEqual([['Ana Ruiz', "BBC One's Breakfast with Frost"]]);
  });
});
