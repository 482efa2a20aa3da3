import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron binary cannot run here, so safeStorage is replaced by a keychain that behaves like the OS's:
// it encrypts with a key of its own (another "machine" cannot decrypt) and reports its backend as Linux does.
const keychain = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret',
  key: 0x5a,
}));

vi.mock('electron', () => {
  const mask = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ keychain.key));
  return {
    safeStorage: {
      isAsyncEncryptionAvailable: async () => keychain.available,
      getSelectedStorageBackend: () => keychain.backend,
      encryptStringAsync: async (text: string) =>
        Buffer.concat([Buffer.from([keychain.key]), mask(Buffer.from(text, 'utf8'))]),
      decryptStringAsync: async (cipher: Buffer) => {
        if (cipher[0] !== keychain.key) throw new Error('Error while decrypting the ciphertext provided');
        return { result: mask(cipher.subarray(1)).toString('utf8'), shouldReEncrypt: false };
      },
    },
  };
});

const { PASSWORD_FILE, SafeStoragePasswords } = await import('../../../electron/main/passwords');

describe('team password in the OS keychain (Electron safeStorage)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'bb-keychain-'));
    Object.assign(keychain, { available: true, backend: 'gnome_libsecret', key: 0x5a });
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps only the keychain’s ciphertext on disk and reads the password back after a restart', async () => {
    const keeper = await SafeStoragePasswords.open(dataDir);
    expect(keeper.kind).toBe('keychain');
    await keeper.write('s3cret-Passw0rd');
    const onDisk = readFileSync(join(dataDir, PASSWORD_FILE));
    expect(onDisk.includes(Buffer.from('s3cret-Passw0rd'))).toBe(false);
    // A new process (a restart) finds it again.
    expect(await (await SafeStoragePasswords.open(dataDir)).read()).toBe('s3cret-Passw0rd');
  });

  it('forgets the password (removes the file) when it is cleared', async () => {
    const keeper = await SafeStoragePasswords.open(dataDir);
    await keeper.write('s3cret');
    await keeper.write(undefined);
    expect(existsSync(join(dataDir, PASSWORD_FILE))).toBe(false);
    expect(await keeper.read()).toBeUndefined();
    await keeper.write('again');
    await keeper.write('');
    expect(existsSync(join(dataDir, PASSWORD_FILE))).toBe(false);
  });

  it('asks again, without failing, when the file was encrypted by another keychain', async () => {
    await (await SafeStoragePasswords.open(dataDir)).write('s3cret');
    keychain.key = 0x21; // another user's or machine's keychain
    expect(await (await SafeStoragePasswords.open(dataDir)).read()).toBeUndefined();
  });

  it('keeps the password for the session only where Linux has no real keychain (basic_text), and drops an old file', async () => {
    writeFileSync(join(dataDir, PASSWORD_FILE), Buffer.from([0x5a, 1, 2, 3]));
    keychain.backend = 'basic_text';
    const keeper = await SafeStoragePasswords.open(dataDir);
    expect(keeper.kind).toBe(process.platform === 'linux' ? 'session' : 'keychain');
    if (keeper.kind !== 'session') return;
    expect(existsSync(join(dataDir, PASSWORD_FILE))).toBe(false);
    await keeper.write('s3cret');
    expect(existsSync(join(dataDir, PASSWORD_FILE))).toBe(false);
    expect(await keeper.read()).toBe('s3cret');
  });

  it('keeps the password for the session only where the OS offers no encryption', async () => {
    keychain.available = false;
    const keeper = await SafeStoragePasswords.open(dataDir);
    expect(keeper.kind).toBe('session');
    await keeper.write('s3cret');
    expect(existsSync(join(dataDir, PASSWORD_FILE))).toBe(false);
  });
});
