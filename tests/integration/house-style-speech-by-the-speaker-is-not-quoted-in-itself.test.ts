import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../electron/core/csl-item';
import { sourceRecord } from '../../electron/core/schemas';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, makeFact, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pandocNotes, pdfText } from '../helpers/readers';

/**
 * The tester's speech by Ursula von der Leyen, imported from BibTeX as `{family: "Leyen",
 * non-dropping-particle: "von der"}`: her own words in it were noted as "Ursula von der Leyen, President
 * of the European Commission, quoted in Ursula von der Leyen, ‘Speech by…’", the speaker compared with
 * "Ursula Leyen". A speaker who is the author, however the import split the name, is not quoted in
 * their own speech.
 */
const speech = (author: CslItem['author']) =>
  sourceRecord('s', {
    item: {
      type: 'speech',
      title: 'Speech by President von der Leyen at the Munich Security Conference',
      author,
      issued: { 'date-parts': [[2024, 2, 17]] },
      'event-place': 'Munich',
    } as CslItem,
    grade: 'B',
  });

function model(author: CslItem['author'], speaker: string) {
  const template = makeTemplate('house', [{ id: 'a', heading: 'Positions' }], {
    style: 'briefing-notes',
    placement: 'footnotes',
  });
  return renderModelOf(
    {
      briefing: makeBriefing('house', 'Munich', [
        { id: 'a', blocks: [block('p', 'Europe must spend more on defence.', ['f'])] },
      ]),
      template,
      facts: [
        makeFact('f', 's', {
          speaker,
          speakerRole: 'President of the European Commission',
          quote: 'Europe must spend more on defence and spend it together.',
          locator: 'para. 6',
        }),
      ],
      sources: [speech(author)],
    },
    templatesDir,
  );
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a speech cited for its own speaker', () => {
  const splits: Array<[string, CslItem['author'], string]> = [
    [
      'a BibTeX particle',
      [{ family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' }],
      'Ursula von der Leyen',
    ],
    [
      'a dropping particle',
      [{ family: 'Leyen', given: 'Ursula', 'dropping-particle': 'von der' }],
      'Ursula von der Leyen',
    ],
    ['a byline split word by word', [{ family: 'Leyen', given: 'Ursula von der' }], 'Ursula von der Leyen'],
    [
      'initials, case and accents',
      [{ family: 'Leyen', given: 'Ursula Gertrud', 'non-dropping-particle': 'von der' }],
      'U. VON DER LEYEN',
    ],
  ];
  for (const [what, author, speaker] of splits) {
    it(`is not "quoted in" her own speech (${what}), read back from the DOCX by pandoc`, async () => {
      const file = join(tempDir('briefing-own-speech-'), 'note.docx');
      writeFileSync(file, await renderDocx(model(author, speaker)));
      const note = flat(pandocNotes(file).join(' '));
      expect(note).not.toContain('quoted in');
      expect(note).toMatch(/^Ursula (Gertrud )?von der Leyen, “Speech by President von der Leyen/u);
    });
  }

  it('is not "quoted in" her own speech in the PDF, read back by pdftotext', async () => {
    const file = join(tempDir('briefing-own-speech-'), 'note.pdf');
    const author = [{ family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' }];
    writeFileSync(file, await renderPdf(model(author, 'Ursula von der Leyen')));
    const text = flat(pdfText(file));
    expect(text).toContain('1. Ursula von der Leyen, “Speech by President von der Leyen');
    expect(text).not.toContain('quoted in');
  });

  it('still names another speaker as quoted in her speech', async () => {
    const file = join(tempDir('briefing-own-speech-'), 'note.docx');
    const author = [{ family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' }];
    writeFileSync(file, await renderDocx(model(author, 'Ulrich von der Leyen')));
    expect(flat(pandocNotes(file).join(' '))).toContain(
      'Ulrich von der Leyen, President of the European Commission, quoted in Ursula von der Leyen, “Speech',
    );
  });
});
