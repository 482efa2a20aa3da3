// Other names for a body the article gives or uses: a stock ticker beside the name, a well-known acronym
// never spelled out; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a ticker beside a company’s name', () => {
  it('"Larkspur Outfitters (ticker: LSO)" … "LSO said" is the company', () => {
    const c = propose([
      'Larkspur Outfitters (ticker: LSO) reported $2.10 in per-share earnings.',
      'LSO said it would open 40 stores.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Larkspur Outfitters', 'Larkspur Outfitters']);
  });

  it('"(NYSE: X)" too, and a ticker that does not spell the name', () => {
    const c = propose(['Quillon Foods (NYSE: QFX) said sales rose.', 'QFX said margins would narrow.']);
    expect(c.map((x) => x.speaker)).toEqual(['Quillon Foods', 'Quillon Foods']);
  });
});

describe('a well-known acronym the article never spells out', () => {
  it('"the agency" later reaches NASA, the body of the lead, over one named in passing', () => {
    const c = propose([
      'NASA picked four companies to carry instruments to the Moon, NASA said on Monday.',
      'The landers will fly in 2022.',
      'NASA has now chosen 14 companies.',
      'The awards fall under the Commercial Lunar Payload Services program.',
      'The contracts run to 2028, agency officials said.',
    ]);
    expect([c.at(-1)!.speaker, c.at(-1)!.speakerRole]).toEqual(['NASA', 'agency officials']);
  });
});

describe('a body named with "on" after its head', () => {
  it('"The National Institute on Sleep Research has also estimated" is the institute whole', () => {
    const c = propose([
      'The National Institute on Sleep Research has also estimated that one in ten adults nap.',
    ]);
    expect(c[0]!.speaker).toBe('National Institute on Sleep Research');
    expect(c[0]!.speakerRole).toBeUndefined();
  });

  it('"The Harbour Council on Monday said": the date is no part of the name', () => {
    expect(propose(['The Harbour Council on Monday said the quay would reopen.'])[0]!.speaker).toBe(
      'Harbour Council',
    );
  });
});

describe('a known company is not widened by the words after its name', () => {
  it('"Microsoft announced" after "Microsoft Threat Intelligence" stays Microsoft', () => {
    const c = propose([
      'The attacks were tracked by Microsoft Threat Intelligence for two years.',
      'In conjunction, Microsoft announced the filing of a civil action.',
    ]);
    expect(c[0]!.speaker).toBe('Microsoft');
  });

  it('a surname written first still reaches the full name ("Liu said" after "Liu Xiaming")', () => {
    const c = propose(['Ambassador Liu Xiaming spoke on Sunday.', 'Liu said the army could be sent in.']);
    expect(c.at(-1)!.speaker).toBe('Liu Xiaming');
  });
});
