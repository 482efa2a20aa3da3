import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../core/errors';
import { megabytes, type UploadKind, uploadLimit } from '../core/limits';

/**
 * Files the user picked (an import, a backup to restore) arrive here in pieces and are written to a
 * temporary file in the data folder as they come, never held whole in memory by the host: the browser
 * host streams the request body into it (`PUT /uploads/<id>`), Electron appends chunks sent over IPC.
 * A call then names the upload by its id. An upload is the user's own file: readable by them only, and
 * removed once used, when discarded, after {@link UPLOAD_TTL_MS}, or at the next start.
 */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;
const ID = /^[0-9a-f]{32}$/;

interface Pending {
  kind: UploadKind;
  /** Bytes the caller announced; the upload may not grow past them (nor past its kind's limit). */
  declared: number;
  received: number;
  isComplete: boolean;
  /** Set while a stream or chunk is being written: a second writer to one upload is refused. */
  isBusy: boolean;
  createdAt: number;
}

export class Uploads {
  private readonly pending = new Map<string, Pending>();
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'uploads');
    // What a killed process left behind is nobody's upload any more.
    rmSync(this.dir, { recursive: true, force: true });
  }

  private path(id: string): string {
    return join(this.dir, `${id}.part`);
  }

  /** Announces an upload of `bytes` bytes; refused in words when it is over its kind's limit. */
  begin(kind: UploadKind, bytes: number): string {
    this.expire();
    const limit = uploadLimit(kind);
    if (bytes > limit)
      throw new AppError(
        'too_large',
        `${KIND_WORDS[kind]} may be at most ${megabytes(limit)}; this file is ${megabytes(bytes)}.`,
      );
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const id = randomBytes(16).toString('hex');
    closeSync(openSync(this.path(id), 'wx', 0o600));
    this.pending.set(id, {
      kind,
      declared: bytes,
      received: 0,
      isComplete: bytes === 0,
      isBusy: false,
      createdAt: Date.now(),
    });
    return id;
  }

  private get(id: string, kind?: UploadKind): Pending {
    const upload = ID.test(id) ? this.pending.get(id) : undefined;
    if (!upload || (kind && upload.kind !== kind))
      throw new AppError('not_found', 'That upload is unknown or has expired. Choose the file again.');
    return upload;
  }

  private grow(upload: Pending, by: number): void {
    upload.received += by;
    if (upload.received > upload.declared)
      throw new AppError(
        'too_large',
        `More was sent than the ${megabytes(upload.declared)} announced for this upload. Choose the file again.`,
      );
    if (upload.received === upload.declared) upload.isComplete = true;
  }

  /** Electron: the next piece of an upload, in order. */
  append(id: string, chunk: Uint8Array): { received: number } {
    const upload = this.get(id);
    if (upload.isBusy) throw new AppError('conflict', 'This upload is already being written.');
    try {
      this.grow(upload, chunk.length);
    } catch (error) {
      this.discard(id);
      throw error;
    }
    const fd = openSync(this.path(id), 'a');
    try {
      let offset = 0;
      while (offset < chunk.length) offset += writeSync(fd, chunk, offset, chunk.length - offset);
      if (upload.isComplete) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return { received: upload.received };
  }

  /**
   * Browser host: writes a request body to the upload as it arrives, with backpressure, stopping at the
   * first byte past what was announced. On any failure the upload is discarded.
   */
  async receive(id: string, body: Readable): Promise<{ received: number }> {
    const upload = this.get(id);
    if (upload.isBusy || upload.received > 0)
      throw new AppError('conflict', 'This upload was already sent. Choose the file again.');
    upload.isBusy = true;
    const file = await open(this.path(id), 'w', 0o600);
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        this.grow(upload, chunk.length);
        await file.write(chunk);
      }
      if (!upload.isComplete)
        throw new AppError(
          'invalid_input',
          `The upload ended after ${upload.received} of ${upload.declared} bytes. Choose the file again.`,
        );
      await file.sync();
    } catch (error) {
      await file.close();
      this.discard(id);
      throw error;
    } finally {
      upload.isBusy = false;
    }
    await file.close();
    return { received: upload.received };
  }

  /** The finished upload's file, for a call of its kind. The upload stays until {@link discard}. */
  file(id: string, kind: UploadKind): string {
    const upload = this.get(id, kind);
    if (!upload.isComplete || upload.isBusy)
      throw new AppError(
        'invalid_input',
        'That upload has not finished yet. Wait for it, or choose the file again.',
      );
    return this.path(id);
  }

  /** The finished upload's bytes (an import is parsed whole; its encoding is the importer's to detect). */
  bytes(id: string, kind: UploadKind): Buffer {
    return readFileSync(this.file(id, kind));
  }

  /** Forgets an upload and removes its file (also used once a file was moved elsewhere). */
  discard(id: string): void {
    if (!ID.test(id)) return;
    this.pending.delete(id);
    rmSync(this.path(id), { force: true });
  }

  /** Uploads started more than {@link UPLOAD_TTL_MS} ago are dropped. */
  private expire(now = Date.now()): void {
    for (const [id, upload] of this.pending)
      if (now - upload.createdAt > UPLOAD_TTL_MS && !upload.isBusy) this.discard(id);
  }

  /** How many uploads and bytes are held now (tests, diagnostics). */
  usage(): { count: number; bytes: number } {
    let bytes = 0;
    let count = 0;
    try {
      for (const name of readdirSync(this.dir)) {
        count += 1;
        bytes += statSync(join(this.dir, name)).size;
      }
    } catch {
      // No folder: nothing held.
    }
    return { count, bytes };
  }

  /** Removes every upload (the host is closing). */
  close(): void {
    this.pending.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const KIND_WORDS: Record<UploadKind, string> = {
  import: 'A file to import',
  restore: 'A backup to restore',
};
