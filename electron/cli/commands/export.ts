import { resolve } from 'node:path';
import { plural } from '../../core/plural';
import { AppError } from '../../core/errors';
import { exportLibrary } from '../../services/export/library';
import { writeFileAtomic } from '../../services/fs-atomic';
import { dataDirFrom, parseCommandArgs, withServices, type Command } from '../context';

const FORMATS = ['csl-json', 'bibtex', 'ris', 'json'] as const;
type Format = (typeof FORMATS)[number];

const usage = `export library --format csl-json|bibtex|ris|json --out FILE
                                     Write the library's sources (or, as json, sources and facts) to a file`;

export const exportCommand: Command = {
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      out: { type: 'string' },
    });
    const [what, ...extra] = positionals;
    if (what !== 'library' || extra.length > 0)
      throw new AppError('usage', `Export what? library.\n  ${usage}`);
    const format = values.format as Format | undefined;
    if (!format || !FORMATS.includes(format))
      throw new AppError('usage', `--format must be csl-json, bibtex, ris or json.\n  ${usage}`);
    if (!values.out) throw new AppError('usage', `Give the file to write with --out FILE.\n  ${usage}`);
    const out = resolve(values.out);
    const { payload, count } = await withServices(
      dataDirFrom(values.data),
      { holder: 'briefing export', access: 'read', db: values.db },
      async (s) => ({
        payload: await exportLibrary(s.library, format),
        count: (await s.library.stats()).sources,
      }),
    );
    await writeFileAtomic(out, Buffer.from(payload.dataBase64, 'base64'));
    console.log(`${out} (${plural(count, 'source')}, ${format})`);
  },
};
