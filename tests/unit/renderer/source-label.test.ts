import { describe, expect, it } from 'vitest';
import { citedLabel, sourceLabel } from '../../../renderer/src/features/library/source-label';
import { makeFact, makeSource } from '../../helpers/builders';

describe('source labels', () => {
  it('name a source by outlet and title, leaving no dangling colon when either is empty', () => {
    expect(sourceLabel({ outlet: 'Reuters', title: 'Talks stall' })).toBe('Reuters: Talks stall');
    expect(sourceLabel({ outlet: '', title: 'Record without end' })).toBe('Record without end');
    expect(sourceLabel({ outlet: '  ', title: 'Record without end' })).toBe('Record without end');
    expect(sourceLabel({ outlet: 'Reuters', title: '' })).toBe('Reuters');
    expect(sourceLabel({ outlet: '', title: '' })).toBe('Untitled source');
  });

  it('name what a chip cites without a dangling comma', () => {
    const source = { ...makeSource('s1', 'Reuters'), outlet: '', title: 'Record without end' };
    expect(citedLabel(makeFact('f1', 's1'), source)).toBe('Record without end');
    expect(citedLabel({ ...makeFact('f1', 's1'), speaker: 'Dmitry Peskov' }, source)).toBe('Dmitry Peskov');
    expect(
      citedLabel({ ...makeFact('f1', 's1'), speaker: 'Dmitry Peskov' }, makeSource('s1', 'Reuters')),
    ).toBe('Dmitry Peskov, Reuters');
  });

  it('name a relay that is the source’s own outlet once', () => {
    const xinhua = makeSource('s1', '新华社');
    expect(citedLabel({ ...makeFact('f1', 's1'), relayedBy: '新华社' }, xinhua)).toBe('新华社');
    expect(citedLabel({ ...makeFact('f1', 's1'), speaker: '汪文斌', relayedBy: '新华社' }, xinhua)).toBe(
      '汪文斌, 新华社',
    );
    expect(
      citedLabel(
        { ...makeFact('f1', 's1'), speaker: 'Peskov', relayedBy: 'TASS' },
        makeSource('s1', 'Reuters'),
      ),
    ).toBe('Peskov, cited by TASS, Reuters');
  });
});
