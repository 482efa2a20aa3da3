import { resolve } from 'node:path';
import { plural } from '../../core/plural';
import { AppError } from '../../core/errors';
import { writeFileAtomic } from '../../services/fs-atomic';
import { readTextFile } from '../../services/import/limits';
import { parseTemplate } from '../../services/templates/library';
import { dataDirFrom, parseCommandArgs, withServices, type Command } from '../context';

const USAGE = 'list [--json] | validate FILE | export ID --out FILE';

export const templates: Command = {
  usage: `templates ${USAGE.padEnd(32)} List, validate or export templates`,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      out: { type: 'string' },
    });
    const [verb, arg] = positionals;
    if (verb === 'validate') {
      if (!arg) throw new AppError('usage', 'templates validate needs a FILE.');
      // Templates are at most 2 MB (the loader's limit): a bigger file is refused unread.
      const text = readTextFile(arg, 2 * 1024 * 1024);
      try {
        const t = parseTemplate(text, arg);
        console.log(
          `${arg}: valid template "${t.name}" (${t.id} v${t.version}, ${plural(t.sections.length, 'section')}).`,
        );
      } catch (error) {
        if (!(error instanceof AppError) || !error.issues) throw error;
        // One line per problem, with its JSON path, so an editor or CI log points straight at it.
        console.error(`${arg} is not a valid template:`);
        for (const issue of error.issues) console.error(`  ${issue.path || '(file)'} ${issue.message}`);
        throw new AppError('invalid_template', `${plural(error.issues.length, 'problem')} found.`);
      }
      return;
    }
    await withServices(
      dataDirFrom(values.data),
      { holder: 'briefing templates', access: 'read', db: values.db },
      async (services) => {
        if (verb === 'list') {
          const entries = services.templates.entries();
          if (values.json) {
            console.log(JSON.stringify({ entries, problems: services.templates.problems }, null, 2));
            return;
          }
          for (const e of entries) {
            const shadows =
              e.shadows.length > 0
                ? ` (shadows ${e.shadows.map((s) => `${s.origin.kind} v${s.version}`).join(', ')})`
                : '';
            console.log(
              `${e.template.id.padEnd(24)} v${String(e.template.version).padEnd(4)} ${e.origin.kind.padEnd(9)} ${e.template.name}${shadows}`,
            );
          }
          for (const p of services.templates.problems) console.log(`! ${p.file}: ${p.message}`);
        } else if (verb === 'export') {
          if (!arg || !values.out)
            throw new AppError('usage', 'templates export needs an ID and --out FILE.');
          const template = services.templates.get(arg);
          await writeFileAtomic(
            resolve(values.out),
            new TextEncoder().encode(`${JSON.stringify(template, null, 2)}\n`),
          );
          console.log(resolve(values.out));
        } else {
          throw new AppError('usage', `Usage: briefing templates ${USAGE}`);
        }
      },
    );
  },
};
