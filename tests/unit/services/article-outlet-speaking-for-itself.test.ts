// An outlet that speaks for itself — through its spokesperson or executives, its own journalist saying
// something, a statement, a denial, or words about its own conduct — is the speaker, as any body is; an
// outlet reporting the news stays the relay. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const rows = (paragraphs: string[]) =>
  propose(paragraphs, { published: '2025-04-13', outlet: 'The Harbour Ledger', model: null }).map((c) => ({
    speaker: c.speaker ?? null,
    role: c.speakerRole ?? null,
    relay: c.relayedBy ?? null,
  }));

describe('an outlet speaking for itself', () => {
  it('its unnamed spokesperson or executives speak for it, with their role', () => {
    expect(rows(['A spokeswoman for CBS News said the segment had been edited for time.'])).toEqual([
      { speaker: 'CBS News', role: 'spokeswoman', relay: null },
    ]);
    expect(rows(['An NBC spokesman said the network would appeal the fine.'])).toEqual([
      { speaker: 'NBC', role: 'spokesman', relay: null },
    ]);
  });

  it('its editors, executives or management named by their noun speak for it', () => {
    expect(rows(['Politico editors said they chose not to name the aide.'])).toEqual([
      { speaker: 'Politico', role: 'editors', relay: null },
    ]);
    expect(rows(['CNN management told staff the bureau would close in June.'])).toEqual([
      { speaker: 'CNN', role: 'management', relay: null },
    ]);
  });

  it('its unnamed journalist saying something is its voice (session 31)', () => {
    expect(rows(['A reporter for Agence France-Presse said the bridge had been shelled twice.'])).toEqual([
      { speaker: 'Agence France-Presse', role: 'reporter', relay: null },
    ]);
  });

  it('a statement, a denial or words about its own conduct are its own', () => {
    expect(rows(['The BBC said in a short statement that the presenter would not return.'])).toEqual([
      { speaker: 'BBC', role: null, relay: null },
    ]);
    expect(rows(['Reuters denied that its photographer had staged the picture.'])).toEqual([
      { speaker: 'Reuters', role: null, relay: null },
    ]);
    expect(rows(['Politico said it would not publish the leaked draft.'])).toEqual([
      { speaker: 'Politico', role: null, relay: null },
    ]);
  });

  it('an outlet reporting the news, or its own reporting, stays the relay', () => {
    expect(rows(['Politico said the senator would not run again.'])).toEqual([
      { speaker: null, role: null, relay: 'Politico' },
    ]);
    expect(rows(['Le Monde said its investigation found that the fund had hidden its losses.'])).toEqual([
      { speaker: null, role: null, relay: 'Le Monde' },
    ]);
    // ("official" there is the paper's standing, not a spokesman's title.)
    expect(
      rows(['Exports rose by a tenth in March, the official Times of Zambia said.']).map((r) => r.speaker),
    ).toEqual([null]);
  });

  it('a name the unit describes as a publication reports as an outlet, the lexicon not knowing it', () => {
    expect(rows(['The ferry sank at dawn, the newspaper Harbour Clarion reported on Friday.'])).toEqual([
      { speaker: null, role: null, relay: 'Harbour Clarion' },
    ]);
    // (A person described by the paper they work for still speaks.)
    expect(rows(['Maria Lopes, editor of the weekly paper, said the ferry sank at dawn.'])[0]?.speaker).toBe(
      'Maria Lopes',
    );
  });

  it('the page’s own outlet is never a speaker in its own article', () => {
    expect(rows(['The Harbour Ledger said in a statement that the column had been withdrawn.'])).toEqual([
      { speaker: null, role: null, relay: null },
    ]);
  });
});
