import { writeFileSync } from 'node:fs';

/**
 * A CSV of `rows` distinct facts, all from one source named by title and outlet. `padding` is added to
 * every statement, to make rows as long as a test needs (a large file from few rows).
 */
export function bigFactsCsv(rows: number, source = 'Bulk source,Bulk outlet', padding = ''): string {
  const lines = ['statement,quote,speaker,tags,source_title,source_outlet'];
  const tail = padding ? ` ${padding}` : '';
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Generated fact number ${i} about the talks.${tail},words ${i},Speaker ${i % 97},bulk;n${i % 10},${source}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `bigFactsCsv(rows, source, padding)` to `path`. */
export function writeBigFactsCsv(path: string, rows: number, source?: string, padding?: string): void {
  writeFileSync(path, bigFactsCsv(rows, source, padding));
}
