import { describe, expect, it } from 'vitest';
import { bylineNameList } from '../../../electron/core/byline-names';
import { bylineNames } from '../../../electron/core/source-item';
import { bylineText } from '../../../electron/services/import/article/text-metadata';
import { isKnownOutlet } from '../../../electron/services/import/article/outlets';

// One reading of a byline's names: the review's Byline field and the authors saved from it agree.
describe('a byline’s names, read once for the review and for the saved authors', () => {
  const bylines = [
    'By Ana Roe and LI WEI',
    'By JANE DOE, Associated Press',
    'By Ana Roe, Omar Haddad & Li Wei in Kyiv',
    'By: Ana Roe | Reuters',
    'by Ana Roe; Omar Haddad',
  ];

  it('the authors saved are the names the review shows, in the same order', () => {
    for (const line of bylines) {
      const shown = bylineText(line)?.split(', ') ?? [];
      const saved = bylineNames(line, isKnownOutlet).map((n) => [n.given, n.family].join(' '));
      expect(saved, line).toEqual(shown);
    }
  });

  it('drops "By", the outlet and the place, and writes names in capitals as names', () => {
    expect(bylineNameList('By Ana Roe and LI WEI')).toEqual(['Ana Roe', 'Li Wei']);
    expect(bylineNames('By ANA ROE in Kyiv | Reuters')).toEqual([{ family: 'Roe', given: 'Ana' }]);
    expect(bylineNameList('By JANE DOE, Associated Press', isKnownOutlet)).toEqual(['Jane Doe']);
    expect(bylineNameList('Ana  Roe AND Li Wei')).toEqual(['Ana Roe', 'Li Wei']);
  });

  it('a name of one word is kept whole, as an organisation’s is', () => {
    expect(bylineNames('By Staff and Ana Roe')).toEqual([
      { literal: 'Staff' },
      { family: 'Roe', given: 'Ana' },
    ]);
  });
});
