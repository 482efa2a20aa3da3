// A document named by its title (an act, an index, a charter) relays what it "says", with no speaker;
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';
import { documentRelay } from '../../../electron/services/import/article/document-relays';

const rows = (paragraphs: string[]) =>
  propose(paragraphs, { published: '2024-05-10', outlet: 'The Harbour Ledger', model: null }).map((c) => ({
    speaker: c.speaker ?? null,
    relay: c.relayedBy ?? null,
  }));

describe('a titled document', () => {
  it('is named by its title, without its year or what says which one', () => {
    expect(documentRelay('The 1998 Coastal Shipping Act')).toBe('Coastal Shipping Act');
    expect(documentRelay('the Harbour Safety Index released last month')).toBe('Harbour Safety Index');
    expect(documentRelay('the Harbour Accords')).toBe('Harbour Accords');
    expect(documentRelay('Ana Roe')).toBeUndefined();
  });

  it('after "according to" relays, with no speaker', () => {
    expect(
      rows([
        'According to the Harbour Safety Index released last month, the port is the safest in the region.',
      ]),
    ).toEqual([{ speaker: null, relay: 'Harbour Safety Index' }]);
  });
});
