import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, fromZodError, type AppErrorData } from '../../core/errors';
import { Template } from '../../core/schemas';

export interface TemplateProblem extends AppErrorData {
  file: string;
}

/** Parses one template file's text; a malformed template is rejected naming the field that is wrong. */
export function parseTemplate(text: string, file: string): Template {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_template', `${file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = Template.safeParse(json);
  if (!result.success) {
    const e = fromZodError(result.error);
    throw new AppError('invalid_template', `${file} is not a valid template: ${e.message}`, e.path, e.issues);
  }
  return result.data;
}

/** The templates found in one folder. One bad file never hides the good ones: it is reported instead. */
export class TemplateLibrary {
  readonly templates: Template[] = [];
  readonly problems: TemplateProblem[] = [];

  constructor(readonly dir: string) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = join(dir, name);
      try {
        this.templates.push(parseTemplate(readFileSync(file, 'utf8'), name));
      } catch (error) {
        const data =
          error instanceof AppError ? error.toData() : { code: 'unreadable', message: String(error) };
        this.problems.push({ ...data, file });
      }
    }
  }

  get(id: string): Template {
    const t = this.templates.find((x) => x.id === id);
    if (!t) throw new AppError('unknown_template', `No template with id "${id}" is installed.`, 'templateId');
    return t;
  }
}
