// `npm run derive:article-model`: the shipped weights of the learnt claim model
// (electron/services/import/article/article-model.json), trained on all of dev with its thresholds
// chosen by leaving out each retired split from the seventh on (article-model-train.ts). Deterministic:
// the same corpus and code give the same file. `--check` writes nothing and exits 1 when the committed
// file differs from what the derivation gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from './article-corpus';
import { INNER_SPLITS, deriveShipped } from './article-model-derive';

const root = process.cwd();
const out = join(root, 'electron/services/import/article/article-model.json');
const started = performance.now();
const json = deriveShipped(root, loadCorpus(root));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(
    same
      ? `article-model.json is what the derivation gives (${seconds} s)`
      : 'article-model.json differs: run npm run derive:article-model',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
const model = JSON.parse(json) as { unit: object; speaker: object; thresholds: object };
console.log(
  `wrote ${out}: ${Buffer.byteLength(json)} bytes, ${Object.keys(model.unit).length} unit weights, ` +
    `${Object.keys(model.speaker).length} speaker weights, thresholds ${JSON.stringify(model.thresholds)} ` +
    `(chosen leaving out ${INNER_SPLITS.join(', ')} in turn; ${seconds} s)`,
);
