import type { ImportReport } from '../../../../electron/contract/api';

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
  if (r.duplicates.length > 0)
    parts.push(
      `Skipped ${r.duplicates.length} duplicate${r.duplicates.length === 1 ? '' : 's'}: ${r.duplicates
        .slice(0, 3)
        // Each message names its entry and line already ("Entry 1 (line 1) …", "Line 4 …").
        .map((d) => d.message)
        .join('; ')}${r.duplicates.length > 3 ? '…' : ''}`,
    );
  return parts.join(' ');
}
