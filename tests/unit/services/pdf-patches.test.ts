import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkPdfPatches,
  installPdfPatches,
  installedVersions,
  PINNED_VERSIONS,
} from '../../../electron/services/export/pdf-patches';

/**
 * The PDF writer patches pdfmake's and pdfkit's internals (per-page footnotes, drawing, measuring). An
 * upgrade of either must fail here, not quietly lay briefs out differently: the versions are the ones
 * the patches were written against, and every piece of their source the patches rely on is still there.
 */
describe('pdfmake and pdfkit patches', () => {
  it('run against the pinned versions of pdfmake, pdfkit and fontkit', () => {
    expect(installedVersions()).toEqual(PINNED_VERSIONS);
  });

  it('are pinned in package.json (pdfkit through overrides)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
      overrides?: Record<string, string>;
    };
    expect(pkg.dependencies.pdfmake).toBe(PINNED_VERSIONS.pdfmake);
    expect(pkg.overrides?.pdfkit).toBe(PINNED_VERSIONS.pdfkit);
    expect(pkg.overrides?.fontkit).toBe(PINNED_VERSIONS.fontkit);
  });

  it('each find the code they wrap as they expect it', () => {
    const checks = checkPdfPatches();
    expect(checks.length).toBeGreaterThanOrEqual(5);
    for (const check of checks) expect(check.missing, check.name).toEqual([]);
    expect([...installPdfPatches()]).toEqual(checks.map((c) => c.name));
  });
});
