// Outlets the lexicon does not know, read as outlets by the grammar that presents them: a name described as
// a newspaper or site right after it, a station's call sign after "according to"/"told" or before
// "reported", a site by its address reporting, a network's affiliate; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const rows = (paragraphs: string[], outlet = 'The Harbour Ledger') =>
  propose(paragraphs, { published: '2024-05-10', outlet, model: null }).map((c) => ({
    speaker: c.speaker ?? null,
    relay: c.relayedBy ?? null,
  }));

describe('outlets presented by the grammar', () => {
  it('a name described as a local newspaper relays, with no speaker', () => {
    expect(
      rows(['The ferry was towed to port at dawn, according to Port-Soleil, a local newspaper.']),
    ).toEqual([{ speaker: null, relay: 'Port-Soleil' }]);
  });

  it('a name described as a social media site relays its writer’s words', () => {
    expect(
      rows(['“The crossing is doomed,” Ana Roe, a ferry captain, wrote on Quayline, a social media site.']),
    ).toEqual([{ speaker: 'Ana Roe', relay: 'Quayline' }]);
  });

  it('a call sign after "according to" or before "reported" is a station, not a speaker', () => {
    expect(
      rows([
        'Three crew members were treated for smoke inhalation, according to WQRX.',
        'WQRX reported that the captain had been suspended.',
      ]),
    ).toEqual([
      { speaker: null, relay: 'WQRX' },
      { speaker: null, relay: 'WQRX' },
    ]);
  });

  it('a site by its address reporting relays', () => {
    expect(rows(['The harbour master resigned on Friday, Portnews.com reported.'])).toEqual([
      { speaker: null, relay: 'Portnews.com' },
    ]);
  });

  it('a network’s affiliate on another outlet’s page is named with its network, its short mentions too', () => {
    expect(
      rows([
        'CNN affiliate Maritima reported, citing port officials, that the ferry left the harbour two hours late.',
        'Nobody was hurt, Maritima said.',
      ]),
    ).toEqual([
      { speaker: 'port officials', relay: 'CNN affiliate Maritima' },
      { speaker: null, relay: 'CNN affiliate Maritima' },
    ]);
  });

  it('on the network’s own page the affiliate is named alone', () => {
    expect(rows(['“It was chaos,” Ana Roe told CNN affiliate WQRX.'], 'CNN')).toEqual([
      { speaker: 'Ana Roe', relay: 'WQRX' },
    ]);
  });

  it('a three-letter body and a writer’s trade stay speakers', () => {
    expect(
      rows([
        'WTO said the tariffs broke its rules.',
        'Ana Roe, a newspaper editor, said the ferry was late.',
      ]),
    ).toEqual([
      { speaker: 'WTO', relay: null },
      { speaker: 'Ana Roe', relay: null },
    ]);
  });
});
