import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from '../../core/errors';
import { writeFileAtomic } from '../../services/fs-atomic';
import { createSampleBriefing } from '../../services/sample';
import { appRoot, parseCommandArgs, withServices, type Command } from '../context';

export const demo: Command = {
  usage:
    'demo --out DIR [--article FILE]   Import the sample article, build a situation brief, write DIR/brief.docx and DIR/brief.pdf',
  async run(args) {
    const { values } = parseCommandArgs(args, { out: { type: 'string' }, article: { type: 'string' } });
    if (!values.out)
      throw new AppError(
        'usage',
        'demo needs --out DIR (the folder to write brief.docx and brief.pdf into).',
      );
    // The demo never touches the user's own store unless asked: a fresh temp store by default.
    const dataDir =
      values.data ?? process.env.BRIEFING_DATA ?? (await mkdtemp(join(tmpdir(), 'briefing-demo-')));
    const articleFile = values.article ?? join(appRoot, 'tests', 'fixtures', 'berlin-talks-article.txt');
    if (!existsSync(articleFile)) throw new AppError('not_found', `Article not found: ${articleFile}`);
    const out = resolve(values.out);
    await withServices(dataDir, { holder: 'briefing demo', db: values.db }, async (services) => {
      const id = await createSampleBriefing(services, readFileSync(articleFile, 'utf8'));
      mkdirSync(out, { recursive: true });
      for (const format of ['docx', 'pdf'] as const) {
        const file = await services.exportBriefing(id, format);
        const path = join(out, `brief.${format}`);
        await writeFileAtomic(path, file.bytes);
        console.log(path);
      }
    });
  },
};
