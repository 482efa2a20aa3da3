import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  watch,
  type FSWatcher,
} from 'node:fs';
import { withoutBom } from '../../core/decode-text';
import { jsonErrorPlace } from '../../core/json-error';
import { mkdir } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { LIMITS } from '../../core/limits';
import { AppError, fromZodError, type AppErrorData } from '../../core/errors';
import { plainIssue } from '../../core/plain-issues';
import { Template } from '../../core/template';
import type { TemplateEntry, TemplateOrigin } from '../../contract/api';
import { writeFileAtomic } from '../fs-atomic';

export interface TemplateProblem extends AppErrorData {
  file: string;
}

export interface TemplateFolder {
  kind: TemplateOrigin['kind'];
  dir: string;
}

/** Template files larger than this are refused unread (a logo is at most 256 KB; a CSL style ~100 KB). */
const MAX_TEMPLATE_BYTES = LIMITS.templateBytes;
const PRIORITY: Record<TemplateOrigin['kind'], number> = { user: 3, team: 2, 'built-in': 1 };

/**
 * Parses one template file's text (a byte order mark is allowed); a malformed template is rejected naming
 * every field that is wrong.
 */
export function parseTemplate(fileText: string, file: string): Template {
  const text = withoutBom(fileText);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_template', `${file} is not valid JSON${jsonErrorPlace(text, error)}.`);
  }
  const result = Template.safeParse(json);
  if (!result.success) {
    // Each problem a plain sentence naming the field and what it allows, not zod's own wording.
    const issues = result.error.issues.map((issue) => ({
      ...issue,
      message: plainIssue(issue, Template, 'A template'),
    }));
    const e = fromZodError({ issues } as unknown as typeof result.error);
    throw new AppError('invalid_template', `${file} is not a valid template: ${e.message}`, e.path, e.issues);
  }
  const logo = result.data.style.logo;
  if (logo && !isImageOfType(logo.dataUri)) {
    throw new AppError(
      'invalid_template',
      `${file} is not a valid template: style.logo.dataUri does not hold the PNG or JPEG image it declares.`,
      'style.logo.dataUri',
    );
  }
  return result.data;
}

/**
 * True when parsed JSON has the shape of a template at all (an object with an id and sections). A
 * team folder may hold other JSON files: those are none of our business and are not reported.
 */
function looksLikeTemplate(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'id' in json && 'sections' in json;
}

/**
 * Whether a team folder's `.json` file is meant as a template, so that it is reported when it fails: one
 * named `*.template.json`; valid JSON shaped like a template; or text that opens as a JSON object but
 * does not parse (a template cut short by a sync or a half-finished save cannot be told from a broken
 * file of another tool, and its report gives only where it broke). Valid JSON of another shape, and text
 * that is no JSON object at all, belong to something else: skipped unnamed.
 */
const isMeantAsTemplate = (name: string, text: string): boolean => {
  if (name.endsWith('.template.json')) return true;
  try {
    return looksLikeTemplate(JSON.parse(withoutBom(text)));
  } catch {
    return /^\uFEFF?\s*\{/.test(text);
  }
};

/** True when a logo's bytes start with the signature of the type its data URI declares. */
function isImageOfType(dataUri: string): boolean {
  const comma = dataUri.indexOf(',');
  const head = Buffer.from(dataUri.slice(comma + 1, comma + 1 + 16), 'base64');
  if (dataUri.startsWith('data:image/png;'))
    return head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
}

/**
 * Templates from the built-in folder, the user's own folder and any team folders. Where one id is
 * found in several places the highest version wins (on a tie: user, then team, then built-in) and the
 * winner lists what it shadows. One bad file never hides the good ones: it is reported instead.
 * Folders are watched, so a template saved to a shared drive appears without a restart.
 */
export class TemplateLibrary {
  private winners = new Map<string, TemplateEntry>();
  private found: TemplateProblem[] = [];
  private watchers: FSWatcher[] = [];
  /** Watching was asked for, and a folder is not watched (missing when watching began, or unwatchable). */
  private hasUnwatched = false;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** Increases whenever the set of templates changes. */
  revision = 0;
  private announced = 0;
  /** Called after a rescan found the templates changed (a file saved in a watched folder). */
  onChange: ((revision: number) => void) | undefined;

  constructor(private folders: TemplateFolder[]) {
    this.reload();
  }

  get userDir(): string {
    const user = this.folders.find((f) => f.kind === 'user');
    if (!user) throw new AppError('internal', 'No user template folder is configured.');
    return user.dir;
  }

  entries(): TemplateEntry[] {
    return [...this.winners.values()].sort((a, b) => a.template.name.localeCompare(b.template.name));
  }

  /** Winning templates only (what a briefing can use). */
  get templates(): Template[] {
    return this.entries().map((e) => e.template);
  }

  get problems(): TemplateProblem[] {
    return this.found;
  }

  get(id: string): Template {
    const entry = this.winners.get(id);
    if (!entry)
      throw new AppError('unknown_template', `No template with id "${id}" is installed.`, 'templateId');
    return entry.template;
  }

  /** Replaces the team folders (from settings) and rescans. */
  setTeamFolders(dirs: readonly string[]): void {
    this.folders = [
      ...this.folders.filter((f) => f.kind !== 'team'),
      ...dirs.map((dir) => ({ kind: 'team' as const, dir })),
    ];
    this.reload();
    if (this.watchers.length > 0) this.watch();
  }

  reload(): void {
    const candidates: TemplateEntry[] = [];
    const problems: TemplateProblem[] = [];
    for (const folder of this.folders) {
      if (!existsSync(folder.dir)) {
        if (folder.kind === 'team')
          problems.push({
            file: folder.dir,
            code: 'missing_folder',
            message: `The team folder ${folder.dir} cannot be found.`,
          });
        continue;
      }
      let names: string[];
      try {
        names = readdirSync(folder.dir)
          .filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'))
          .sort();
      } catch (error) {
        problems.push({
          file: folder.dir,
          code: 'unreadable',
          message: `Cannot read ${folder.dir}: ${(error as Error).message}`,
        });
        continue;
      }
      for (const name of names) {
        const file = join(folder.dir, name);
        try {
          // A link in a shared folder must not pull in files from elsewhere on the machine.
          const real = realpathSync(file);
          if (!real.startsWith(realpathSync(folder.dir) + sep))
            throw new AppError(
              'outside_folder',
              `${name} links to ${real}, outside the template folder; it is not loaded.`,
            );
          const size = statSync(file).size;
          if (size > MAX_TEMPLATE_BYTES)
            throw new AppError(
              'too_large',
              `${name} is ${Math.round(size / 1024)} KB; a template may be at most 2 MB.`,
            );
          const text = readFileSync(file, 'utf8');
          if (folder.kind === 'team' && !isMeantAsTemplate(name, text)) continue;
          const template = parseTemplate(text, name);
          candidates.push({ template, origin: { kind: folder.kind, folder: folder.dir, file }, shadows: [] });
        } catch (error) {
          // A team folder (a share, or any folder someone typed) may hold files that are none of ours:
          // only a file meant as a template that fails to parse or validate is reported there.
          if (folder.kind === 'team' && !(error instanceof AppError && error.code === 'invalid_template'))
            continue;
          // The system's message only: never anything read from the file.
          const data =
            error instanceof AppError
              ? error.toData()
              : {
                  code: 'unreadable',
                  message: `${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
                };
          problems.push({ ...data, file });
        }
      }
    }
    const winners = new Map<string, TemplateEntry>();
    const rank = (e: TemplateEntry) => e.template.version * 10 + PRIORITY[e.origin.kind];
    for (const c of [...candidates].sort((a, b) => rank(b) - rank(a))) {
      const winner = winners.get(c.template.id);
      if (winner) winner.shadows.push({ origin: c.origin, version: c.template.version });
      else winners.set(c.template.id, c);
    }
    const signature = (m: Map<string, TemplateEntry>) =>
      JSON.stringify([...m.values()].map((e) => [e.origin.file, e.template]));
    if (
      signature(winners) !== signature(this.winners) ||
      JSON.stringify(problems) !== JSON.stringify(this.found)
    )
      this.revision++;
    const hasChanged = this.revision !== this.announced;
    this.announced = this.revision;
    this.winners = winners;
    this.found = problems;
    if (hasChanged) this.onChange?.(this.revision);
  }

  /** Watches every folder; changes are picked up after a short pause (editors write in bursts). */
  watch(): void {
    this.unwatch();
    this.hasUnwatched = false;
    for (const folder of this.folders) {
      if (!existsSync(folder.dir)) {
        this.hasUnwatched = true;
        continue;
      }
      try {
        const w = watch(folder.dir, { persistent: false }, () => {
          clearTimeout(this.reloadTimer);
          this.reloadTimer = setTimeout(() => this.reload(), 150);
        });
        w.on('error', () => w.close());
        this.watchers.push(w);
      } catch {
        // A folder that cannot be watched (some network shares) is still rescanned on every list.
        this.hasUnwatched = true;
      }
    }
  }

  /**
   * Before the templates are listed: when a folder is not watched (it did not exist yet, or cannot be
   * watched), it is read again, and watched from now on if it has appeared — a file put in a templates
   * folder created after the app started is listed, or its problem reported, when the list is next shown.
   */
  rescanUnwatched(): void {
    if (!this.hasUnwatched) return;
    this.reload();
    this.watch();
  }

  unwatch(): void {
    clearTimeout(this.reloadTimer);
    for (const w of this.watchers) w.close();
    this.watchers = [];
  }

  /** Validates and saves a template to the user's folder as `<id>.json`; returns its entry. */
  async saveUserTemplate(text: string, fileName = 'template.json'): Promise<TemplateEntry> {
    const template = parseTemplate(text, basename(fileName));
    const dir = this.userDir;
    await mkdir(dir, { recursive: true });
    const file = resolve(dir, `${template.id}.json`);
    if (!file.startsWith(resolve(dir) + sep))
      throw new AppError(
        'invalid_template',
        'The template id cannot name a file outside the templates folder.',
        'id',
      );
    await writeFileAtomic(file, new TextEncoder().encode(`${JSON.stringify(template, null, 2)}\n`));
    this.reload();
    const entry = this.winners.get(template.id);
    if (!entry) throw new AppError('internal', 'The saved template did not load.');
    return entry;
  }
}
