import { writeFileSync } from 'node:fs';

/** A CSV of `rows` distinct facts, all from one source named by title and outlet. */
export function bigFactsCsv(rows: number, source = 'Bulk source,Bulk outlet'): string {
  const lines = ['statement,quote,speaker,tags,source_title,source_outlet'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Generated fact number ${i} about the talks.,words ${i},Speaker ${i % 97},bulk;n${i % 10},${source}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `bigFactsCsv(rows)` to `path`. */
export function writeBigFactsCsv(path: string, rows: number): void {
  writeFileSync(path, bigFactsCsv(rows));
}
