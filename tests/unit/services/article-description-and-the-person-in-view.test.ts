// A description as subject ("the chancellor said") is the person in view: the one the sentence before
// opened on, in the same paragraph, before a speaker of the paragraph before; and never a person its own
// sentence names after it ("the chancellor said Ms Pereira had …" is not Ms Pereira's). Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('a description after a sentence that opened on someone', () => {
  it('is the person the sentence before opened on, not a speaker of the paragraph before', () => {
    expect(
      speakers([
        'Shadow health secretary Peter Wells said the plan would "hurt every family".',
        'Alan Brice has addressed the party conference behind closed doors. The chancellor said spending on schools would rise by a tenth.',
      ]),
    ).toEqual(['Peter Wells', 'Alan Brice']);
  });
});

describe('a name the description’s own sentence gives after it', () => {
  it('is someone the description speaks of, never who it is', () => {
    expect(
      speakers([
        'Nadia Pereira, of the nurses’ union, said staff were "exhausted". But the chancellor said Ms Pereira had never seen the figures.',
      ]).at(-1),
    ).not.toBe('Nadia Pereira');
  });
});
