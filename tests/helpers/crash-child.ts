// A child process for tests/integration/crash-*.test.ts, bundled with esbuild at test time and killed
// with SIGKILL mid-work. Modes:
//   autosave DATA_DIR BRIEFING_ID   loops briefings:update (through the handler table, as the app does),
//                                   printing "saved N" after each commit
//   export DATA_DIR BRIEFING_ID OUT_DIR   loops: retitle, export DOCX, writeFileAtomic it and a 24 MB
//                                   version-stamped file, printing "wrote N" after each pair
//   restore DATA_DIR BACKUP_FILE [POINT]   restores BACKUP_FILE; with POINT, SIGKILLs itself there
//   restore-upload DATA_DIR BACKUP_FILE [POINT]   the same, the backup sent as an upload first (as the UI does)
//   backup DATA_DIR OUT_FILE [POINT]       backs up to OUT_FILE (as `briefing backup`), then through the
//                                   API (as the app's Backup button); with POINT, SIGKILLs itself there
// Without POINT, restore and backup print "point NAME" for every fault point they pass.
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../electron/contract/dispatch';
import { UPLOAD_CHUNK_BYTES } from '../../electron/core/limits';
import { replaceInlineText } from '../../electron/core/rich-text';
import { writeFileAtomic } from '../../electron/services/fs-atomic';
import { backupStore } from '../../electron/services/store/backup';
import { setFaultHook } from '../../electron/services/store/durable';
import { Services } from '../../electron/services/services';

const [mode, dataDir, briefingId, outDir] = process.argv.slice(2);
if (!mode || !dataDir || !briefingId)
  throw new Error('usage: crash-child MODE DATA_DIR BRIEFING_ID [OUT_DIR]');
const templatesDir = join(process.cwd(), 'templates');
if (mode === 'restore' || mode === 'restore-upload' || mode === 'backup') {
  const target = outDir;
  setFaultHook((point) => {
    // Written unbuffered: the process dies on the next line.
    writeSync(1, `point ${point}\n`);
    if (point === target) process.kill(process.pid, 'SIGKILL');
  });
}
const services = new Services({ dataDir, templatesDir, mode: 'browser', version: 'crash-test' });
const handlers = services.handlers();
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Every block of every section carries the same version number: a torn write would mix them. */
function contentFor(n: number) {
  const briefing = services.store.getBriefing(briefingId as string);
  return {
    title: `Version ${n}`,
    date: briefing.date,
    classification: briefing.classification,
    frontMatter: briefing.frontMatter,
    sections: briefing.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => ({
        ...b,
        content: replaceInlineText(b.content, `Version ${n} of block ${b.id}. ${'filler '.repeat(200)}`),
      })),
    })),
  };
}

if (mode === 'restore') {
  await services.restore(readFileSync(briefingId));
  services.close();
  say('restored');
} else if (mode === 'restore-upload') {
  const bytes = readFileSync(briefingId);
  const uploadId = services.uploads.begin('restore', bytes.length);
  for (let at = 0; at < bytes.length; at += UPLOAD_CHUNK_BYTES)
    services.uploads.append(uploadId, bytes.subarray(at, at + UPLOAD_CHUNK_BYTES));
  await services.restore({ uploadId });
  services.close();
  say('restored');
} else if (mode === 'backup') {
  await backupStore(services.store.db, briefingId, join(dataDir, 'templates'));
  await services.backup();
  services.close();
  say('backed up');
} else if (mode === 'autosave') {
  for (let n = 1; ; n++) {
    const r = await dispatch(handlers, 'briefings:update', { id: briefingId, content: contentFor(n) });
    if (!r.ok) throw new Error(r.error.message);
    say(`saved ${n}`);
  }
} else if (mode === 'export' && outDir) {
  const big = Buffer.alloc(24 * 1024 * 1024);
  for (let n = 1; ; n++) {
    services.store.updateBriefing(
      briefingId,
      { ...contentFor(n) },
      services.templates.get(services.store.getBriefing(briefingId).templateId),
    );
    const docx = await services.exportBriefing(briefingId, 'docx');
    await writeFileAtomic(join(outDir, 'brief.docx'), docx.bytes);
    big.fill(n % 251);
    big.writeUInt32BE(n, 0);
    await writeFileAtomic(join(outDir, 'big.bin'), big);
    say(`wrote ${n}`);
  }
}
