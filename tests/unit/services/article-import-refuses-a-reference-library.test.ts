import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposeOffThread } from '../../../electron/services/import/article/off-thread';
import { libraryFormatOfArticle } from '../../../electron/services/import/formats/detect';
import { repoRoot } from '../../helpers/fixtures';

const bib = `% Exported by a reference manager
@book{mann2019sahel,
  title = {The Sahel in Crisis},
  author = {Mann, Ada},
  year = {2019}
}
`;
const ris = 'TY  - JOUR\nTI  - Border regimes\nAU  - Haddad, Yara\nPY  - 2024\nER  - \n';
const csl = JSON.stringify([{ id: 'a1', type: 'report', title: 'Grain exports in 2025' }]);
const endnote = '<?xml version="1.0" encoding="UTF-8"?><xml><records><record></record></records></xml>';

describe('a reference library given as an article', () => {
  it('is known by its opening: BibTeX (after comments), RIS, CSL-JSON, EndNote XML', () => {
    expect(libraryFormatOfArticle(bib)).toBe('bibtex');
    expect(libraryFormatOfArticle(ris)).toBe('ris');
    expect(libraryFormatOfArticle(csl)).toBe('csl-json');
    expect(libraryFormatOfArticle(endnote)).toBe('endnote-xml');
  });

  it('is refused, saying what it is and where libraries are imported', async () => {
    await expect(proposeOffThread({ text: bib, format: 'text' })).rejects.toMatchObject({
      code: 'invalid_file',
      message: expect.stringMatching(
        /^This is a BibTeX library, not an article: .*Import sources/,
      ) as unknown,
    });
  });

  it('is not mistaken in prose that mentions a handle, opens with a bracket or quotes a record tag', () => {
    for (const text of [
      'WASHINGTON (Reuters) - The president wrote to @POTUS (his own account) that talks would resume.',
      '[Updated 5 March] The minister said the border would reopen on Monday.',
      '{Editor’s note: this story has been corrected.} The agency said prices rose.',
      'TY - the abbreviation for "thank you" - was all she wrote, the spokesman said.',
    ])
      expect(libraryFormatOfArticle(text)).toBeNull();
  });

  it('takes none of the labelled corpus’s real articles for a library', () => {
    const dir = join(repoRoot, 'tests', 'fixtures', 'articles', 'text');
    const taken = readdirSync(dir).filter((f) => libraryFormatOfArticle(readFileSync(join(dir, f), 'utf8')));
    expect(taken).toEqual([]);
  });
});
