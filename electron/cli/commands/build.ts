import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { checkBriefing, type Finding } from '../../core/check';
import { AppError, BRIEFING_EXISTS, BRIEFING_EXISTS_CHOICES } from '../../core/errors';
import { fileSources, parseBriefingFile } from '../../services/briefing-file';
import { renderBriefing, type ExportedFile } from '../../services/export/render';
import { writeFileAtomic } from '../../services/fs-atomic';
import { parseCommandArgs, templatesDir, withServices, type Command } from '../context';

/** A file that is not a briefing file: the refusal names it (a command may be given several files in a script). */
const namingFile = (file: string, error: unknown): unknown =>
  error instanceof AppError && error.code === 'invalid_file'
    ? new AppError(error.code, `${file}: ${error.message}`, error.path, error.issues)
    : error;

export const build: Command = {
  usage:
    'build FILE.briefing.json --out OUT.docx|OUT.pdf [--release LEVEL] [--data DIR [--replace|--copy]]   Render a portable briefing headless' +
    ' (--release: leave out paragraphs marked above LEVEL; with --data: imported first, a briefing already there is refused unless --replace or --copy)',
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      release: { type: 'string' },
      replace: { type: 'boolean' },
      copy: { type: 'boolean' },
    });
    const release = values.release;
    const [file] = positionals;
    if (!file || !values.out)
      throw new AppError('usage', 'build needs FILE.briefing.json and --out OUT.docx|OUT.pdf.');
    const format = extname(values.out).slice(1).toLowerCase();
    if (format !== 'docx' && format !== 'pdf')
      throw new AppError('usage', `--out must end in .docx or .pdf, not "${values.out}".`);
    if (values.replace && values.copy) throw new AppError('usage', 'Give --replace or --copy, not both.');
    if ((values.replace || values.copy) && !values.data)
      throw new AppError(
        'usage',
        '--replace and --copy apply with --data DIR (the briefing is imported there).',
      );
    const onExisting = values.replace ? 'replace' : values.copy ? 'copy' : 'ask';
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new AppError('not_found', `Cannot read ${file}: ${(error as Error).message}`);
    }
    let out: ExportedFile;
    let findings: Finding[];
    if (values.data) {
      // --data: the briefing is imported into that store (facts matched, not duplicated) and rendered from it.
      [out, findings] = await withServices(
        values.data,
        { holder: 'briefing build', db: values.db },
        async (services) => {
          const briefing = await services.importBriefingFile(text, onExisting).catch((error: unknown) => {
            // No one to ask here: the refusal names the flags that answer it.
            if (error instanceof AppError && error.code === BRIEFING_EXISTS)
              throw new AppError(
                BRIEFING_EXISTS,
                error.message.replace(
                  BRIEFING_EXISTS_CHOICES,
                  'Run again with --replace to overwrite it with the file, or --copy to add a copy.',
                ),
              );
            throw namingFile(file, error);
          });
          return [
            await services.exportBriefing(briefing.id, format, undefined, release),
            await services.checkBriefing(briefing.id, release),
          ] as const;
        },
      );
    } else {
      // Otherwise no store at all: the file holds the briefing, its template and everything it cites.
      let parsed: ReturnType<typeof parseBriefingFile>;
      try {
        parsed = parseBriefingFile(text);
      } catch (error) {
        throw namingFile(file, error);
      }
      const now = new Date().toISOString();
      const input = {
        briefing: { ...parsed.briefing, id: 'file', createdAt: now, updatedAt: now },
        template: parsed.template,
        facts: parsed.facts,
        sources: fileSources(parsed),
        ...(release ? { release } : {}),
      };
      out = await renderBriefing(input, format, templatesDir);
      findings = checkBriefing(input);
    }
    // What the check found that did not stop the export, as the app's export dialog shows it.
    for (const f of findings) console.error(`warning: ${f.message}`);
    await writeFileAtomic(resolve(values.out), out.bytes);
    console.log(`${resolve(values.out)} (${out.citations})`);
  },
};
