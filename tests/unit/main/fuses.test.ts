import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/fixtures';

// electron-builder flips these fuses in the packaged binary (ARCHITECTURE.md: RunAsNode off, asar integrity).
const require = createRequire(import.meta.url);
const { getConfig } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (dir: string, path: string | null, from: unknown) => Promise<Record<string, unknown>>;
};

describe('Electron fuses at packaging', () => {
  it('turns off Node entry points and enforces the asar', async () => {
    const config = await getConfig(repoRoot, join(repoRoot, 'electron-builder.yml'), null);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      // The renderer comes from app://, so file:// pages need no extra privileges.
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
