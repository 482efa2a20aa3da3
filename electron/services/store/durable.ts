import { closeSync, copyFileSync, fsyncSync, linkSync, openSync, writeSync } from 'node:fs';

/**
 * Named points between the file operations of a restore or backup. Production code never sets a hook;
 * the crash tests do (tests/helpers/crash-child.ts), and SIGKILL their own process at one point.
 */
type FaultHook = (point: string) => void;
let faultHook: FaultHook | undefined;

export function setFaultHook(hook: FaultHook | undefined): void {
  faultHook = hook;
}

export function faultPoint(point: string): void {
  faultHook?.(point);
}

/** Flushes a folder's entries (renames, links, unlinks) to disk. Windows cannot open a folder: skipped. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Creates `path` (which must not exist) with `bytes`, flushed to disk before it returns. */
export function writeNewFileDurably(path: string, bytes: Uint8Array, point: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    faultPoint(`${point}:written`);
    fsyncSync(fd);
    faultPoint(`${point}:fsynced`);
  } finally {
    closeSync(fd);
  }
}

/** A second name for `from` (a hard link: instant, no extra space), or a flushed copy where links fail. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    copyFileSync(from, to);
    const fd = openSync(to, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
