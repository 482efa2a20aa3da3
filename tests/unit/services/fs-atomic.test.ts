import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/fs-atomic';
import { tempDir } from '../../helpers/fixtures';

const bytes = new TextEncoder().encode('new');

describe('writeFileAtomic', () => {
  it('replaces the file whole, leaving no temporary file', async () => {
    const dir = tempDir();
    const path = join(dir, 'out.pdf');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, bytes);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  });

  it('says in words why a path cannot be written, never the system message or the temporary name', async () => {
    const dir = tempDir();
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    mkdirSync(join(dir, 'a-folder'));
    const cases: Array<[string, RegExp]> = [
      [join(file, 'out.pdf'), /: part of that path is a file, not a folder\.$/],
      [join(dir, 'missing', 'out.pdf'), /: the folder does not exist\.$/],
      [join(dir, 'a-folder'), /: that name is a folder\.$/],
    ];
    if (existsSync('/proc/self'))
      cases.push(['/proc/out.pdf', /: files cannot be created in that folder\.$/]);
    for (const [path, reason] of cases) {
      const error = await writeFileAtomic(path, bytes).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(error?.code, path).toBe('write_failed');
      expect(error?.message, path).toMatch(reason);
      expect(error?.message, path).not.toMatch(/\.tmp|ENO|EIS/);
    }
    expect(readFileSync(file, 'utf8')).toBe('x');
    expect(readdirSync(join(dir, 'a-folder'))).toEqual([]);
  });
});
