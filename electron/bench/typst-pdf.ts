// The Typst peer of bench:export: compiles a Typst file (written by bench-export from the same
// briefing) to a tagged PDF with typst.ts's Node compiler (Typst's own compiler, prebuilt).
//   node dist/node/bench-typst-pdf.mjs FILE.typ OUT.pdf           one export, as a whole process
//   node dist/node/bench-typst-pdf.mjs FILE.typ OUT.pdf --warm N  then N more in the same process, each
//                                                                  after clearing Typst's memoized layout;
//                                                                  prints their median in seconds
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { warm: { type: 'string', default: '0' } },
  allowPositionals: true,
});
const [file, out] = positionals;
if (!file || !out) throw new Error('usage: bench-typst-pdf FILE.typ OUT.pdf [--warm N]');
const require = createRequire(import.meta.url);
// The same font as our PDF (pdfmake's Roboto).
const roboto = resolve(dirname(require.resolve('pdfmake/fonts/Roboto.js')), 'Roboto');
const compiler = NodeCompiler.create({
  workspace: dirname(resolve(file)),
  fontArgs: [{ fontPaths: [roboto] }],
});
const pdf = () => compiler.pdf({ mainFilePath: resolve(file) });
writeFileSync(out, pdf());
const runs = Number(values.warm);
if (runs > 0) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    compiler.evictCache(0);
    const started = process.hrtime.bigint();
    pdf();
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ warm_s: times[Math.floor(times.length / 2)] }));
}
