import type { ImportPreview, ImportReport } from '../../../../electron/contract/api';
import { plural } from '../../../../electron/core/plural';

/**
 * An import's notice: "Imported 2 sources and 0 facts. Skipped 1 duplicate: Entry 1 (line 1) …", the
 * first three duplicates in their own words (which name their entry and line).
 */
export function describeReport(r: ImportReport): string {
  const parts = [
    `Imported ${r.sourcesCreated} source${r.sourcesCreated === 1 ? '' : 's'} and ${r.factsCreated} fact${r.factsCreated === 1 ? '' : 's'}.`,
  ];
  const unreadable = r.problems.filter((p) => p.severity === 'error').length;
  if (unreadable > 0)
    parts.push(`Left out ${unreadable} entr${unreadable === 1 ? 'y' : 'ies'} that cannot be read.`);
  // Each message names its entry and line already ("Entry 1 (line 1) …", "Line 4 …"); the first three.
  const some = (list: ImportReport['duplicates']) =>
    `${list
      .slice(0, 3)
      .map((d) => d.message.replace(/[.;]\s*$/, ''))
      .join('; ')}${list.length > 3 ? '…' : '.'}`;
  const skipped = r.duplicates.filter((d) => !d.isReused);
  const reused = r.duplicates.filter((d) => d.isReused);
  if (skipped.length > 0)
    parts.push(`Skipped ${skipped.length} duplicate${skipped.length === 1 ? '' : 's'}: ${some(skipped)}`);
  // Rows imported with a source the library has: said, but not as skipped.
  if (reused.length > 0)
    parts.push(
      `${reused.length === 1 ? 'One row names a source' : `${reused.length} rows name sources`} already in the library: ${some(reused)}`,
    );
  return parts.join(' ');
}

/**
 * An article import's notice. When it added something, the import's own report; when it added nothing
 * (the article already in the library, every accepted fact already saved from it), it says that in
 * plain words and not as a success.
 */
export function describeArticleReport(r: ImportReport): { text: string; tone: 'success' | 'info' } {
  const facts = r.duplicates.filter((d) => !d.match).length;
  // A fact already saved is not saved again, nor changed by what was edited in the review: said, so that a
  // correction made there is not taken for done.
  const kept =
    facts === 0
      ? ''
      : facts === 1
        ? ' That fact is left as the library has it: edits made to it in the review were not applied (open it in the library to change it).'
        : ' Those facts are left as the library has them: edits made to them in the review were not applied (open one in the library to change it).';
  if (r.sourcesCreated > 0 || r.factsCreated > 0) return { text: describeReport(r) + kept, tone: 'success' };
  const source = r.duplicates.find((d) => d.match)?.match;
  const where = source
    ? `“${source.title}” is already in the library`
    : 'The article is already in the library';
  const why =
    facts === 0
      ? 'and no fact was accepted'
      : `and ${facts === 1 ? 'the fact you accepted was' : `the ${facts} facts you accepted were`} already saved from it`;
  return { text: `Nothing was added: ${where}, ${why}.${kept}`, tone: 'info' };
}

/** "1,016 sources will be added, 2 are already in the library, 0 cannot be read". */
export function sourcesSummary(p: ImportPreview): string {
  const inLibrary = p.duplicates.filter((d) => !d.isInFile).length;
  const inFile = p.duplicates.length - inLibrary;
  return (
    `${plural(p.toAdd, 'source')} will be added, ${plural(inLibrary, 'is', 'are')} already in the library` +
    `${inFile > 0 ? `, ${plural(inFile, 'repeats', 'repeat')} an earlier entry of the file` : ''}, ` +
    `${plural(p.unreadable, 'entry', 'entries')} cannot be read.`
  );
}

/**
 * "12 facts will be added (2 new sources), 1 row repeats a fact already saved, 3 rows are refused: a
 * facts file is imported whole, so nothing will be until they are fixed."
 */
export function factsSummary(p: ImportPreview): string {
  const repeats = Math.max(0, p.entries - p.toAdd - p.unreadable);
  const sources = p.sourcesToAdd ? ` (${plural(p.sourcesToAdd, 'new source')})` : '';
  const refused =
    p.unreadable > 0
      ? `${plural(p.unreadable, 'row is', 'rows are')} refused: a facts file is imported whole, so nothing will be until ${p.unreadable === 1 ? 'it is' : 'they are'} fixed.`
      : 'no row is refused.';
  return `${plural(p.toAdd, 'fact')} will be added${sources}, ${plural(repeats, 'row repeats a fact', 'rows repeat facts')} already saved, ${refused}`;
}

/** A fact a facts import would add, as the preview lists it: its statement, who said it, its source. */
export const factToAddText = (f: NonNullable<ImportPreview['facts']>[number]) =>
  `${f.statement}${f.speaker ? ` — ${f.speaker}` : ''}${f.source ? ` (${f.source})` : ''}`;
