import { describe, expect, it } from 'vitest';
import { builtInStylesDir, cslFormatter } from '../../../electron/services/export/csl';
import { templatesDir } from '../../helpers/fixtures';
import { makeFact, makeSource } from '../../helpers/builders';

/**
 * The tester's notes: "Yıldız, Pieter van der Berg and Văn An Nguyễn" beside "…Østergaard, and
 * International Crisis Group" in the same British brief. citeproc joined a body named last after people
 * by a rule of its own (a serial comma), people by the style's. Now one rule per convention, for people
 * and bodies alike: British notes write no serial comma, American ones do; the source list keeps the
 * comma that closes its inverted first name in both ("Doe, Jane, and …"), and the American serial comma.
 */
const stylesDir = builtInStylesDir(templatesDir);

const report = (id: string, author: object[]) =>
  makeSource(id, 'IISS', {
    type: 'report',
    item: {
      id,
      type: 'report',
      title: `Report ${id}`,
      publisher: 'IISS',
      issued: { 'date-parts': [[2024]] },
      author,
    },
  } as never);
const people = report('people', [
  { family: 'Yıldız', given: 'Ayşe' },
  { family: 'Berg', given: 'Pieter', 'non-dropping-particle': 'van der' },
  { family: 'Nguyễn', given: 'Văn An' },
]);
const withBody = report('body', [
  { family: 'Østergaard', given: 'Lars' },
  { family: 'Lee', given: 'Ann' },
  { literal: 'International Crisis Group' },
]);
const refs = [people, withBody].map((source, i) => ({ fact: makeFact(`f${i}`, source.id), source }));

describe('the house style’s serial comma', () => {
  it('British: none in notes, after people and before a body alike', () => {
    const f = cslFormatter('briefing-notes', stylesDir, 'en-GB');
    const [a, b] = f.notes(refs);
    expect(a).toMatch(/^Ayşe Yıldız, Pieter van der Berg and Văn An Nguyễn, /);
    expect(b).toMatch(/^Lars Østergaard, Ann Lee and International Crisis Group, /);
    const list = f.bibliography([people, withBody]).map((e) => e.text);
    expect(list).toContainEqual(
      expect.stringMatching(/^Østergaard, Lars, Ann Lee and International Crisis Group\. /),
    );
    expect(list).toContainEqual(
      expect.stringMatching(/^Yıldız, Ayşe, Pieter van der Berg and Văn An Nguyễn\. /),
    );
  });

  it('American: a serial comma in notes and the source list, before a body too', () => {
    const f = cslFormatter('briefing-notes', stylesDir, 'en-US');
    const [a, b] = f.notes(refs);
    expect(a).toMatch(/^Ayşe Yıldız, Pieter van der Berg, and Văn An Nguyễn, /);
    expect(b).toMatch(/^Lars Østergaard, Ann Lee, and International Crisis Group, /);
    const list = f.bibliography([people, withBody]).map((e) => e.text);
    expect(list).toContainEqual(
      expect.stringMatching(/^Østergaard, Lars, Ann Lee, and International Crisis Group\. /),
    );
    expect(list).toContainEqual(
      expect.stringMatching(/^Yıldız, Ayşe, Pieter van der Berg, and Văn An Nguyễn\. /),
    );
  });

  it('two names take no comma in a note, in either convention', () => {
    const two = report('two', [
      { family: 'Østergaard', given: 'Lars' },
      { literal: 'International Crisis Group' },
    ]);
    for (const locale of ['en-GB', 'en-US'])
      expect(
        cslFormatter('briefing-notes', stylesDir, locale).notes([
          { fact: makeFact('t', 'two'), source: two },
        ])[0],
      ).toMatch(/^Lars Østergaard and International Crisis Group, /);
  });
});
