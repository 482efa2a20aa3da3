// A title read from a .bib file keeps its italics as CSL writes them (`The <i>Kursk</i> incident`): the
// exports print them; a list, a picker or the import preview shows the words alone.
import { describe, expect, it } from 'vitest';
import { entryToAddText } from '../../../electron/core/import-problem';
import { withoutCslMarkup } from '../../../electron/core/text';
import { sourceLabel } from '../../../renderer/src/features/library/source-label';

describe('a title with CSL markup, where plain text is shown', () => {
  const title =
    'The <i>Kursk</i> incident, H<sub>2</sub>O and <span class="nocase">iPhone</span> – <b>revisited</b>';

  it('keeps the words and drops the tags', () => {
    expect(withoutCslMarkup(title)).toBe('The Kursk incident, H2O and iPhone – revisited');
    expect(withoutCslMarkup('Less < more & x>y')).toBe('Less < more & x>y');
  });

  it('in the library’s source label and the import preview', () => {
    expect(sourceLabel({ outlet: 'Pravda', title: 'The <i>Kursk</i> incident' })).toBe(
      'Pravda: The Kursk incident',
    );
    expect(entryToAddText({ title: 'The <i>Kursk</i> incident', authors: 'Smith', year: '2001' })).toBe(
      'Smith (2001). The Kursk incident',
    );
  });
});
