import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../core/errors';

/**
 * Writes a file atomically: the bytes go to a temporary file in the same folder, are flushed to disk,
 * and only then renamed over the target. A failure leaves the previous file untouched.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    // Where the temporary file could not even be made (a path through a file), removing it fails too.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new AppError('write_failed', `Could not save ${path}: ${writeFailure(error, path)}.`);
  }
}

/** Why a file could not be written, in words (the system's own message only for the unforeseen). */
function writeFailure(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'the folder is read-only or you lack permission';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'ENOTDIR':
      return 'part of that path is a file, not a folder';
    case 'EISDIR':
      return 'that name is a folder';
    case 'ENOENT':
      // A folder that exists but takes no new files (as /proc) also answers "no such file".
      return existsSync(dirname(path))
        ? 'files cannot be created in that folder'
        : 'the folder does not exist';
    default:
      return (error as Error).message;
  }
}
