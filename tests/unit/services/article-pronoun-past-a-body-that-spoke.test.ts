// "He"/"she" after a body or a group spoke since the last person did: the pronoun, which no body is, goes
// on with that person when they are of its gender and no one else of it was named since; not when a
// spokesperson spoke for the body. "It" after a body the lexicon reads as a person ("Harbour Warehouse",
// a common noun last, no first name) is that body. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker);

describe('a pronoun past a body that spoke', () => {
  it('goes on with the last person who spoke when a body spoke in between', () => {
    expect(
      speakers([
        'Grain prices',
        'Farmer Thomas Reilly said the Harlow Feeds contract had cost most farms money.',
        'Grain traders report that prices will rise by spring. The shortage is the worst in years, he said.',
      ]).at(-1),
    ).toBe('Thomas Reilly');
  });

  it('leaves the speaker empty when a spokesman spoke for the body in between', () => {
    expect(
      speakers([
        'Grain prices',
        'Farmer Thomas Reilly said the Harlow Feeds contract had cost most farms money.',
        'A spokesman for the grain traders said that prices will rise by spring. The shortage is the worst in years, he said.',
      ]).at(-1),
    ).not.toBe('Thomas Reilly');
  });

  it('leaves the speaker empty when another man was named since', () => {
    expect(
      speakers([
        'Grain prices',
        'Farmer Thomas Reilly said the Harlow Feeds contract had cost most farms money.',
        'Grain traders report that prices will rise by spring, and Peter Lund agreed. The shortage is the worst in years, he said.',
      ]).at(-1),
    ).not.toBe('Thomas Reilly');
  });
});

describe('"it" after a body named like a person', () => {
  it('is the body whose name ends in a common noun', () => {
    const found = speakers([
      'Theatre accident',
      'Harbour Warehouse said the actor had been given the wrong prop during the show.',
      'It added that it would review its safety rules.',
    ]);
    expect(found.at(-1)).toBe('Harbour Warehouse');
  });
});

describe('a run read as a name that is no one’s', () => {
  it('is no rival to a man named in the same paragraph', () => {
    expect(
      speakers([
        'Campaign',
        'The union said the plan was too small.',
        'During the campaign, crowds in Rust Belt towns cheered Walter Brandt.',
        '“We will take care of you,” he said during a stop in Ohio.',
      ]).at(-1),
    ).toBe('Walter Brandt');
  });

  it('leaves a name of unknown words a rival', () => {
    expect(
      speakers([
        'Campaign',
        'The union said the plan was too small.',
        'During the campaign, crowds cheered Dario Venn and Walter Brandt.',
        '“We will take care of you,” he said during a stop in Ohio.',
      ]).at(-1),
    ).toBeUndefined();
  });
});
