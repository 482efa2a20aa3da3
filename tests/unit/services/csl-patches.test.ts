import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkCiteprocPatches,
  installCiteprocPatches,
  installedCiteproc,
  PINNED_CITEPROC,
} from '../../../electron/services/export/csl-patches';

/**
 * The citation formatter patches citeproc-js's internals (the macro lookup, BibTeX's "and others"). An
 * upgrade must fail here, not quietly print citations differently: the version is the one the patches
 * were written against, and every piece of its source the patches rely on is still there.
 */
describe('citeproc-js patches', () => {
  it('run against the pinned version of citeproc, pinned in package.json', () => {
    expect(installedCiteproc()).toBe(PINNED_CITEPROC);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.citeproc).toBe(PINNED_CITEPROC);
  });

  it('each find the code they wrap as they expect it, and are all installed', () => {
    const checks = checkCiteprocPatches();
    expect(checks.map((c) => c.name)).toEqual([
      'macro lookup remembered',
      '"and others" read as et al.',
      'a body last in a list joined as a name',
    ]);
    for (const check of checks) expect(check.missing, check.name).toEqual([]);
    expect([...installCiteprocPatches()]).toEqual(checks.map((c) => c.name));
  });
});
