import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/contract/dispatch';
import { LIMITS } from '../../../electron/core/limits';
import { Uploads } from '../../../electron/services/uploads';
import { freshServices, tempDir } from '../../helpers/fixtures';

const CSV = 'source_title,statement\nReuters,Talks resumed in Berlin.\nReuters,A second round is planned.\n';

describe('uploads: files arrive on disk in pieces, never whole in memory', () => {
  it('refuses an announced size over the kind’s limit in words, before a byte is sent', () => {
    const uploads = new Uploads(tempDir());
    expect(() => uploads.begin('import', LIMITS.importBytes + 1)).toThrow(/at most 50 MB/);
    expect(() => uploads.begin('restore', LIMITS.restoreBytes + 1)).toThrow(
      /backup to restore may be at most 256 MB/,
    );
    expect(uploads.usage().count).toBe(0);
  });

  it('writes appended chunks in order to a file only the user can read', () => {
    const dataDir = tempDir();
    const uploads = new Uploads(dataDir);
    const id = uploads.begin('import', 10);
    expect(() => uploads.file(id, 'import')).toThrow(/not finished/);
    uploads.append(id, Buffer.from('hello'));
    uploads.append(id, Buffer.from('world'));
    const file = uploads.file(id, 'import');
    expect(file.startsWith(join(dataDir, 'uploads'))).toBe(true);
    expect(uploads.bytes(id, 'import').toString()).toBe('helloworld');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    // An upload is for the kind it was announced as.
    expect(() => uploads.file(id, 'restore')).toThrow(/unknown or has expired/);
  });

  it('refuses and drops an upload that grows past what was announced', async () => {
    const uploads = new Uploads(tempDir());
    const id = uploads.begin('import', 4);
    expect(() => uploads.append(id, Buffer.from('12345'))).toThrow(/More was sent than/);
    expect(() => uploads.file(id, 'import')).toThrow(/unknown/);
    expect(uploads.usage().count).toBe(0);

    const streamed = uploads.begin('import', 4);
    await expect(
      uploads.receive(streamed, Readable.from([Buffer.from('123'), Buffer.from('45')])),
    ).rejects.toThrow(/More was sent than/);
    expect(uploads.usage().count).toBe(0);
  });

  it('refuses a stream that ends short, and a second stream to one upload', async () => {
    const uploads = new Uploads(tempDir());
    const short = uploads.begin('import', 10);
    await expect(uploads.receive(short, Readable.from([Buffer.from('abc')]))).rejects.toThrow(
      /ended after 3 of 10/,
    );
    const once = uploads.begin('import', 3);
    await uploads.receive(once, Readable.from([Buffer.from('abc')]));
    await expect(uploads.receive(once, Readable.from([Buffer.from('abc')]))).rejects.toThrow(/already sent/);
  });

  it('refuses ids that are not its own, including paths', () => {
    const uploads = new Uploads(tempDir());
    for (const id of ['../briefing', '0'.repeat(32), 'x'.repeat(32)])
      expect(() => uploads.file(id, 'import')).toThrow(/unknown or has expired/);
  });

  it('removes what a killed process left in uploads/ at the next start', () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'uploads'));
    writeFileSync(join(dataDir, 'uploads', `${'a'.repeat(32)}.part`), 'half a file');
    const services = freshServices(dataDir);
    try {
      expect(services.uploads.usage().count).toBe(0);
    } finally {
      services.close();
    }
  });
});

describe('calls that take a file accept an upload', () => {
  it('imports facts from an upload (encoding detected) and drops the upload after', async () => {
    const services = freshServices();
    try {
      const handlers = services.handlers();
      const latin1 = Buffer.from(`${CSV}Reuters,Caf\xe9 M\xfcller reopened.\n`, 'latin1');
      const begun = await dispatch(handlers, 'uploads:begin', { kind: 'import', bytes: latin1.length });
      if (!begun.ok) throw new Error(begun.error.message);
      const { uploadId } = begun.value as { uploadId: string };
      await dispatch(handlers, 'uploads:append', { uploadId, chunk: latin1 });
      const report = await dispatch(handlers, 'import:facts', { format: 'csv', uploadId });
      expect(report.ok).toBe(true);
      const statements = services.store.listFacts().map((f) => f.statement);
      expect(statements).toContain('Café Müller reopened.');
      expect(services.uploads.usage().count).toBe(0);
    } finally {
      services.close();
    }
  });

  it('names a damaged byte of an uploaded file in the preview, and refuses a binary upload', async () => {
    const services = freshServices();
    try {
      const handlers = services.handlers();
      const upload = async (bytes: Buffer) => {
        const begun = await dispatch(handlers, 'uploads:begin', { kind: 'import', bytes: bytes.length });
        if (!begun.ok) throw new Error(begun.error.message);
        const { uploadId } = begun.value as { uploadId: string };
        await dispatch(handlers, 'uploads:append', { uploadId, chunk: bytes });
        return uploadId;
      };
      // UTF-8 throughout but one Latin-1 byte on line 3: read as UTF-8, the damaged place named.
      const bib = Buffer.concat([
        Buffer.from('@article{a,\n  title = {Caf\u00e9 society},\n  author = {M'),
        Buffer.from([0xfc]),
        Buffer.from('ller, Anna},\n  year = {2020}\n}\n'),
      ]);
      const preview = await dispatch(handlers, 'import:sources-preview', {
        format: 'bibtex',
        uploadId: await upload(bib),
      });
      if (!preview.ok) throw new Error(preview.error.message);
      const { problems, toAdd } = preview.value as {
        problems: Array<{ line?: number; message: string }>;
        toAdd: number;
      };
      expect(toAdd).toBe(1);
      expect(problems[0]).toMatchObject({ line: 3 });
      const binary = await dispatch(handlers, 'import:facts', {
        format: 'csv',
        uploadId: await upload(Buffer.from('statement\nabc\u0000def\n')),
      });
      expect(binary.ok ? '' : binary.error.message).toMatch(/looks binary/);
      // A refused import drops its upload too: the user sends the file again once it is mended, and
      // nothing of it lingers in the data folder (the preview's upload stays, for its import).
      expect(services.uploads.usage().count).toBe(1);
      const refused = await dispatch(handlers, 'import:facts', {
        format: 'csv',
        uploadId: await upload(Buffer.from('statement,credibility\nA claim.,9\n')),
      });
      expect(refused.ok).toBe(false);
      expect(services.uploads.usage().count).toBe(1);
    } finally {
      services.close();
    }
  });

  it('asks for exactly one of inline text and an upload', async () => {
    const services = freshServices();
    try {
      const both = await dispatch(services.handlers(), 'import:facts', {
        format: 'csv',
        text: CSV,
        uploadId: 'a'.repeat(32),
      });
      expect(both.ok ? '' : both.error.message).toMatch(/either inline or as an upload/);
      const neither = await dispatch(services.handlers(), 'import:facts', { format: 'csv' });
      expect(neither.ok ? '' : neither.error.message).toMatch(/either inline or as an upload/);
    } finally {
      services.close();
    }
  });

  it('restores a backup from an upload by moving the file into place', async () => {
    const source = freshServices();
    source.store.createSource({ title: 'Kept by the backup', outlet: 'Reuters' });
    const backup = Buffer.from((await source.backup()).dataBase64, 'base64');
    source.close();

    const dataDir = tempDir();
    const services = freshServices(dataDir);
    try {
      const id = services.uploads.begin('restore', backup.length);
      await services.uploads.receive(id, Readable.from([backup.subarray(0, 1000), backup.subarray(1000)]));
      const uploaded = services.uploads.file(id, 'restore');
      const inode = statSync(uploaded).ino;
      const stats = await services.restore({ uploadId: id });
      expect(stats.sources).toBe(1);
      expect(services.store.listSources({ withText: false }).map((s) => s.title)).toEqual([
        'Kept by the backup',
      ]);
      // Moved, not copied: the restored store is the uploaded file itself.
      expect(statSync(join(dataDir, 'briefing.sqlite')).ino).toBe(inode);
      expect(existsSync(uploaded)).toBe(false);
      expect(readdirSync(join(dataDir, 'uploads'))).toEqual([]);
    } finally {
      services.close();
    }
  });

  it('refuses an upload that is not a backup, removes it, and leaves the store as it was', async () => {
    const dataDir = tempDir();
    const services = freshServices(dataDir);
    try {
      services.store.createSource({ title: 'Still here', outlet: 'AP' });
      const junk = Buffer.from('not a database at all'.repeat(200));
      const id = services.uploads.begin('restore', junk.length);
      services.uploads.append(id, junk);
      await expect(services.restore({ uploadId: id })).rejects.toThrow();
      expect(services.store.listSources({ withText: false }).map((s) => s.title)).toEqual(['Still here']);
      expect(services.uploads.usage().count).toBe(0);
      expect(readdirSync(dataDir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
    } finally {
      services.close();
    }
  });
});
