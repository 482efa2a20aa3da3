import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../electron/services/export/pdf-fonts';
import { repoRoot } from '../helpers/fixtures';

// electron-builder has no `validate` command; its own loader and schema validator are called instead.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (
    projectDir: string,
    configPath: string | null,
    fromOptions: unknown,
  ) => Promise<Record<string, unknown>>;
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const load = () => getConfig(repoRoot, join(repoRoot, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation', async () => {
    const config = await load();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('packs compiled output only, with templates as resources and every target', async () => {
    const config = (await load()) as {
      appId: string;
      productName: string;
      files: Array<{ filter: string[] }>;
      extraResources: Array<{ from: string; to: string }>;
      linux: { target: string[] };
      win: { target: string[] };
      mac: { target: string[] };
    };
    expect(config.appId).toBe('org.briefingbuilder.app');
    expect(config.productName).toBe('Briefing Builder');
    expect(config.files.flatMap((f) => f.filter).filter((f) => !f.startsWith('!'))).toEqual([
      'package.json',
      'dist/electron/**',
      'dist/renderer/**',
    ]);
    // Built-in templates and the CSL styles they name travel as resources beside the app.
    expect(config.extraResources).toEqual([
      { from: 'templates', to: 'templates', filter: ['*.json', 'csl/*.csl', 'csl/*.xml', 'csl/README.md'] },
    ]);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packs the PDF fonts’ regular and bold files, and not their other weights or preview images', async () => {
    // electron-builder's own filter (util/filter), over the exclusions of `files`, as it matches node_modules.
    const { Minimatch } = require('minimatch') as { Minimatch: new (p: string, o: object) => unknown };
    const { createFilter } = require('app-builder-lib/out/util/filter') as {
      createFilter: (
        src: string,
        patterns: unknown[],
        exclude: null,
      ) => (file: string, stat: { isDirectory(): boolean }) => boolean;
    };
    const config = (await load()) as { files: Array<{ filter: string[] }> };
    const exclusions = config.files.flatMap((f) => f.filter).filter((f) => f.startsWith('!'));
    const patterns = ['**/*', ...exclusions].map((p) => new Minimatch(p, { dot: true }));
    const packed = (file: string) =>
      createFilter(repoRoot, patterns, null)(file, { isDirectory: () => false });
    for (const file of fontFiles) expect(packed(file), file).toBe(true);
    // Noto Sans JP (5.5 MB a weight): nine weights installed, two packed.
    const jp = join(repoRoot, 'node_modules/@expo-google-fonts/noto-sans-jp');
    for (const weight of ['100Thin', '300Light', '500Medium', '600SemiBold', '900Black'])
      expect(packed(join(jp, weight, `NotoSansJP_${weight}.ttf`)), weight).toBe(false);
    expect(packed(join(jp, '400Regular/NotoSansJP_400Regular.ttf.png'))).toBe(false);
    expect(packed(join(jp, 'font-family.png'))).toBe(false);
  });

  it('rejects a configuration electron-builder would not accept', async () => {
    const config = { ...(await load()), linux: { target: 'AppImage', notAnOption: true } };
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(
      /configuration\.linux/,
    );
  });

  it('points package.json main at the built Electron entry', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.mjs');
  });
});
