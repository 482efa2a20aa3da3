import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { AppError, fromZodError } from '../core/errors';
import { Settings, type SettingsPatch } from '../contract/api';
import { writeFileAtomic } from './fs-atomic';

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** User settings, one small JSON file beside the store (written atomically). */
export class SettingsFile {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  read(): Settings {
    if (!existsSync(this.file)) return Settings.parse({});
    try {
      return Settings.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      // A damaged settings file must not stop the app: fall back to defaults (the file is rewritten on save).
      return Settings.parse({});
    }
  }

  /** Changes the settings `patch` gives (parsed by the contract); the others are kept as saved. */
  update(patch: SettingsPatch): Promise<Settings> {
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    return this.write({ ...this.read(), ...given });
  }

  async write(input: unknown): Promise<Settings> {
    const parsed = Settings.safeParse(input);
    if (!parsed.success) throw fromZodError(parsed.error);
    parsed.data.teamFolders.forEach((dir, i) => {
      if (!isAbsolute(dir))
        throw new AppError('invalid_input', `Team folder "${dir}" must be a full path.`, `teamFolders[${i}]`);
      if (!isFolder(dir))
        throw new AppError(
          'invalid_input',
          `Team folder "${dir}" is not a folder that exists: give the folder your team's templates are in.`,
          `teamFolders[${i}]`,
        );
    });
    await writeFileAtomic(this.file, new TextEncoder().encode(`${JSON.stringify(parsed.data, null, 2)}\n`));
    return parsed.data;
  }
}
