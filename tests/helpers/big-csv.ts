import { writeFileSync } from 'node:fs';

/** Writes a CSV of `rows` distinct facts, all from one source named by title and outlet. */
export function writeBigFactsCsv(path: string, rows: number): void {
  const lines = ['statement,quote,speaker,tags,source_title,source_outlet'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Generated fact number ${i} about the talks.,words ${i},Speaker ${i % 97},bulk;n${i % 10},Bulk source,Bulk outlet`,
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}
