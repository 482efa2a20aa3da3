import { describe, expect, it } from 'vitest';
import { speaksForItself } from '../../../electron/core/citations';
import { namesPerson } from '../../../electron/core/same-person';

describe('a speaker is the author however the name is written', () => {
  const vdl = { family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' };
  it.each([
    ['Ursula von der Leyen', vdl],
    ['von der Leyen', vdl],
    ['Leyen, Ursula von der', vdl],
    ['ursula VON DER leyen', vdl],
    ['U. von der Leyen', vdl],
    ['Ursula von der Leyen', { family: 'von der Leyen', given: 'Ursula' }],
    ['Ursula von der Leyen', { family: 'Leyen', given: 'Ursula von der' }],
    ['Ludwig van Beethoven', { family: 'Beethoven', given: 'Ludwig', 'dropping-particle': 'van' }],
    ['Ludwig Beethoven', { family: 'Beethoven', given: 'Ludwig', 'dropping-particle': 'van' }],
    ['Martin Luther King', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Martin Luther King, Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['M. L. King Jr', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Melvyn Leffler', { family: 'Leffler', given: 'Melvyn P.' }],
    ['M.P. Leffler', { family: 'Leffler', given: 'Melvyn P.' }],
    ['Gregoire Schutte', { family: 'Schütte', given: 'Grégoire' }],
    ['Dr Grégoire Schütte', { family: 'Schütte', given: 'Grégoire' }],
    ['Volodymyr Zelenskyy', { literal: 'Volodymyr Zelenskyy' }],
    ['Foreign Commonwealth & Development Office', { literal: 'Foreign, Commonwealth & Development Office' }],
  ])('%s names %j', (written, name) => {
    expect(namesPerson(written, name)).toBe(true);
  });

  it.each([
    ['Ulrich von der Leyen', vdl],
    ['Ursula Müller', vdl],
    ['Peter Leffler', { family: 'Leffler', given: 'Melvyn P.' }],
    ['Volodymyr', { literal: 'Volodymyr Zelenskyy' }],
    ['', vdl],
  ])('%s does not name %j', (written, name) => {
    expect(namesPerson(written, name)).toBe(false);
  });

  it('decides whether a speech speaks for itself, by its author or its outlet', () => {
    const speech = { authors: [vdl], outlet: '' };
    expect(speaksForItself({ speaker: 'Ursula von der Leyen' }, speech)).toBe(true);
    expect(speaksForItself({ speaker: 'Josep Borrell' }, speech)).toBe(false);
    expect(
      speaksForItself({ speaker: 'Ministère des Armées' }, { authors: [], outlet: 'Ministere des armees' }),
    ).toBe(true);
  });
});
