// "X, cited by an agency, said …", "X, speaking to reporters, said …": a phrase between the name and its verb
// that says how the words came is neither the speaker nor a role; the name before it speaks. Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('how the words came, between a name and its verb', () => {
  it('"cited by" an agency: the name speaks, the agency relays', () => {
    const [c] = propose([
      'Ministry spokesman Pavel Orlin, cited by the state news agency Vesti, called the drills a provocation on Friday.',
    ]);
    expect(c?.speaker).toBe('Pavel Orlin');
    expect(c?.speakerRole?.toLowerCase()).toContain('spokesman');
    expect(c?.relayedBy).toContain('Vesti');
  });

  it('"speaking to" reporters: the name before it speaks', () => {
    const c = propose([
      'Storms closed the harbour channel at Portsea on Monday.',
      'Mayor Tomas Brandt, speaking to reporters at the quay, said the repairs would cost less than feared.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Tomas Brandt']);
  });
});
