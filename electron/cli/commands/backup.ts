import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { plural } from '../../core/plural';
import { AppError } from '../../core/errors';
import { backupStore } from '../../services/store/backup';
import { userTemplatesDir } from '../../services/store/backup-templates';
import { restoredTemplatesText } from '../../core/backup-templates-text';
import { dataDirFrom, parseCommandArgs, withServices, type Command } from '../context';
import { appCall, appUpload, withWriter } from '../running-app';

export const backup: Command = {
  usage: 'backup --out FILE                 Copy the whole store to FILE (safe while the app is running)',
  async run(args) {
    const { values } = parseCommandArgs(args, { out: { type: 'string' } });
    if (!values.out) throw new AppError('usage', 'backup needs --out FILE (where to write the copy).');
    const out = resolve(values.out);
    await withServices(
      dataDirFrom(values.data),
      { holder: 'briefing backup', access: 'read', db: values.db },
      // The user's own templates go in the backup too (built-in and team ones do not: backup-templates.ts).
      (s) => backupStore(s.store.db, out, userTemplatesDir(s.options.dataDir)),
    );
    console.log(out);
  },
};

export const restore: Command = {
  usage:
    'restore FILE                      Replace the store with a backup (the old one is kept, named with the date)',
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {});
    const [file] = positionals;
    if (!file) throw new AppError('usage', 'restore needs the backup FILE.');
    if (!existsSync(file)) throw new AppError('not_found', `File not found: ${file}`);
    const stats = await withWriter(
      dataDirFrom(values.data),
      { holder: 'briefing restore', db: values.db },
      (s) => s.restore(readFileSync(file)),
      async (app) => appCall(app, 'store:restore', { uploadId: await appUpload(app, file, 'restore') }),
    );
    console.log(
      `Restored: ${plural(stats.sources, 'source')}, ${plural(stats.facts, 'fact')}, ${plural(stats.briefings, 'briefing')}. ` +
        `The store before it is kept in the data folder as ${stats.kept}.`,
    );
    console.log(restoredTemplatesText(stats.templates));
  },
};
