import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { writeFileAtomic } from '../services/fs-atomic';
import type { PasswordKeeper } from '../services/team-connection';

/** The encrypted password's file in the data folder: only ever the OS keychain's ciphertext. */
export const PASSWORD_FILE = 'team-password.bin';

/**
 * The team library's password, encrypted by the OS keychain through Electron's safeStorage (Keychain on
 * macOS, DPAPI on Windows, libsecret/KWallet on Linux) into `team-password.bin`. Where safeStorage has no
 * real keychain (Linux without a secret service falls back to a fixed key, `basic_text`), the password is
 * kept in memory for the session only, as in browser mode, and the settings form says so.
 */
export class SafeStoragePasswords implements PasswordKeeper {
  private session: string | undefined;
  private readonly file: string;

  private constructor(
    dataDir: string,
    readonly kind: 'keychain' | 'session',
  ) {
    this.file = join(dataDir, PASSWORD_FILE);
  }

  /** After `app.whenReady()` (safeStorage cannot tell before). */
  static async open(dataDir: string): Promise<SafeStoragePasswords> {
    const isAvailable = await safeStorage.isAsyncEncryptionAvailable();
    const isRealKeychain =
      process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
    const keeper = new SafeStoragePasswords(dataDir, isAvailable && isRealKeychain ? 'keychain' : 'session');
    // A file left by a keychain that is gone now cannot be read: drop it rather than keep a useless secret.
    if (keeper.kind === 'session') rmSync(keeper.file, { force: true });
    return keeper;
  }

  async read(): Promise<string | undefined> {
    if (this.kind === 'session') return this.session;
    if (!existsSync(this.file)) return undefined;
    try {
      return (await safeStorage.decryptStringAsync(readFileSync(this.file))).result;
    } catch {
      // Another user's or machine's keychain: the password must be given again.
      return undefined;
    }
  }

  async write(password: string | undefined): Promise<void> {
    if (this.kind === 'session') {
      this.session = password;
      return;
    }
    if (password === undefined || password === '') {
      rmSync(this.file, { force: true });
      return;
    }
    await writeFileAtomic(this.file, await safeStorage.encryptStringAsync(password));
  }
}
