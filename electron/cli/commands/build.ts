import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { AppError } from '../../core/errors';
import { writeFileAtomic } from '../../services/fs-atomic';
import { parseCommandArgs, withServices, type Command } from '../context';

export const build: Command = {
  usage: 'build FILE.briefing.json --out OUT.docx|OUT.pdf   Render a portable briefing headless',
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } });
    const [file] = positionals;
    if (!file || !values.out)
      throw new AppError('usage', 'build needs FILE.briefing.json and --out OUT.docx|OUT.pdf.');
    const format = extname(values.out).slice(1).toLowerCase();
    if (format !== 'docx' && format !== 'pdf')
      throw new AppError('usage', `--out must end in .docx or .pdf, not "${values.out}".`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new AppError('not_found', `Cannot read ${file}: ${(error as Error).message}`);
    }
    // A throwaway store unless --data says otherwise: building never touches the user's library.
    const dataDir = values.data ?? (await mkdtemp(join(tmpdir(), 'briefing-build-')));
    await withServices(dataDir, async (services) => {
      const briefing = await services.importBriefingFile(text);
      const out = await services.exportBriefing(briefing.id, format);
      await writeFileAtomic(resolve(values.out as string), out.bytes);
      console.log(`${resolve(values.out as string)} (${out.noteCount} notes)`);
    });
  },
};
