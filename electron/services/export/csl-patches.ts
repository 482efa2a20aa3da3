import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Every change the citation formatter makes to citeproc-js's internals, installed and checked here and
 * nowhere else (pdf-patches.ts does the same for pdfmake and pdfkit). Each patch wraps methods of the
 * pinned version (package.json pins citeproc): it names the source text it relies on in them, so a
 * version whose internals moved is refused — the patch is left out and citations take citeproc's own
 * path — and fails `tests/unit/services/csl-patches.test.ts` instead of silently changing how names or
 * speed come out.
 */

const require = createRequire(import.meta.url);

/** The version the patches were written against (package.json pins the same). */
export const PINNED_CITEPROC = '2.4.63';

/** citeproc-js's `XmlJSON#getNodesByName`: nodes of a name (a macro: with that name attribute) in a tree. */
type Lookup = (json: object, name: string, attr?: string, ret?: unknown[]) => unknown[];
/** citeproc-js's `NameOutput#_imposeNameConstraints`: cuts a name list to what the style prints. */
type ImposeNameConstraints = (
  this: NameOutputState,
  lists: Record<string, NameList>,
  counts: Record<string, number>,
  key: string,
  pos: number,
) => void;
/** citeproc-js's `NameOutput#_setEtAlParameter`: how a cut list ends (1: the et-al term, 2: an ellipsis and the last name). */
type SetEtAlParameter = (this: NameOutputState, type: string, v: string, j?: number) => void;
/** citeproc-js's `NameOutput#_getAndJoin`: the "and" before a list's last name, by the list's rule. */
type GetAndJoin = (this: unknown, blobs: Array<{ isInstitution?: boolean }>, delimiter: string) => unknown;
type NameList = Array<Record<string, unknown>>;
interface NameOutputState {
  state: { tmp: { disambig_settings: { names: number[] } } };
  persons: Record<string, NameList[]>;
  etal_spec: Record<string, { persons: number[] } & Record<string, unknown>>;
  [list: string]: unknown;
}
/** The internals of citeproc-js the patches wrap. */
interface CiteprocInternals {
  XmlJSON?: { prototype: { getNodesByName: Lookup } };
  NameOutput?: {
    prototype: {
      _imposeNameConstraints: ImposeNameConstraints;
      _setEtAlParameter: SetEtAlParameter;
      _getAndJoin: GetAndJoin;
    };
  };
}
const citeproc = (): CiteprocInternals => require('citeproc') as CiteprocInternals;

interface Patch {
  name: string;
  /** Source text of citeproc's module the patch relies on, each exactly as it stands there. */
  source: string[];
  /** Installs the patch; called once, only when every piece of source is found. */
  install(): void;
}

/**
 * citeproc-js looks each macro up by walking the whole style tree, once per use while it builds the
 * style: for a large style (Chicago's is 5 000 lines) that was ~80% of an export's time. Macros are
 * fixed once the style is parsed, so the lookup of a macro by name is remembered per style tree.
 */
function memoiseMacroLookup(): void {
  const proto = citeproc().XmlJSON!.prototype;
  const original = proto.getNodesByName;
  const cache = new WeakMap<object, Map<string, unknown[]>>();
  proto.getNodesByName = function (this: unknown, json, name, attr, ret) {
    if (name !== 'macro' || !attr || ret || !json || typeof json !== 'object')
      return original.call(this, json, name, attr, ret);
    let byName = cache.get(json);
    if (!byName) cache.set(json, (byName = new Map()));
    let nodes = byName.get(attr);
    if (!nodes) byName.set(attr, (nodes = original.call(this, json, name, attr)));
    return [...nodes];
  };
}

/** BibTeX's `and others` as its importers keep it (ours, pandoc's): the literal name "others". */
export const isOthers = (name: Record<string, unknown> | undefined): boolean =>
  typeof name?.literal === 'string' && name.literal.trim().toLowerCase() === 'others';

/**
 * A name list ending in the literal "others" (BibTeX's `and others`) is a list that goes on: it is
 * printed as the names before it and the style's et-al term ("Smith, Jones, et al."), as jgm/citeproc
 * (pandoc) does, never as a person called "others" ("Smith, Jones & others"). After citeproc has cut
 * the list by the style's et-al rules, a trailing "others" still in it is dropped: citeproc counted
 * the list with it, so the shorter list gets the et-al term by the style's own delimiters and
 * affixes; a style that ends a cut list with an ellipsis and the last name (APA's `et-al-use-last`)
 * gets the et-al term here too, as the last name is not known. A list of "others" alone is printed
 * as it is.
 */
function readOthersAsEtAl(): void {
  const proto = citeproc().NameOutput!.prototype;
  const original = proto._imposeNameConstraints;
  const setEtAl = proto._setEtAlParameter;
  /** The name lists cut at their "others" here (citeproc keeps the array it was given until it renders). */
  const cutAtOthers = new WeakSet<NameList>();
  proto._imposeNameConstraints = function (this: NameOutputState, lists, counts, key, pos) {
    original.call(this, lists, counts, key, pos);
    const names = lists[key];
    if (!names || names.length < 2 || !isOthers(names[names.length - 1])) return;
    const cut = names.slice(0, -1);
    cutAtOthers.add(cut);
    lists[key] = cut;
    this.state.tmp.disambig_settings.names[pos] = cut.length;
  };
  proto._setEtAlParameter = function (this: NameOutputState, type, v, j) {
    setEtAl.call(this, type, v, j);
    const spec = this.etal_spec[v];
    if (type === 'persons' && j !== undefined) {
      const list = this.persons[v]?.[j];
      if (list && cutAtOthers.has(list) && spec?.persons[j] === 2) spec.persons[j] = 1;
    } else {
      const list = (this[type] as Record<string, NameList> | undefined)?.[v];
      if (list && cutAtOthers.has(list) && spec?.[type] === 2) spec[type] = 1;
    }
  };
}

/**
 * A body named last after people ("Lars Østergaard, Pieter Berg and International Crisis Group") is
 * joined by the name list's own rule, as a person would be (a list of bodies only is left as it is). citeproc-js joins it with the rule of a
 * `cs:institution` element (CSL-M), which it makes up for styles without one; that element knows no
 * `after-inverted-name`, so a British source list printed "Berg, Pieter, Lars Østergaard, and
 * International Crisis Group", a serial comma the convention does not write. Our styles and the ones
 * plugin-csl ships carry no `cs:institution`: their `cs:name` rule is the one the style means.
 */
function joinBodiesAsNames(): void {
  const proto = citeproc().NameOutput!.prototype;
  const original = proto._getAndJoin;
  proto._getAndJoin = function (this: unknown, blobs, delimiter) {
    // Only a body after a person: a list of bodies keeps citeproc's join (the CSL suite's
    // name_DelimiterAfterInverted holds it).
    const last = blobs[blobs.length - 1];
    if (!last?.isInstitution || blobs.length < 2 || blobs[blobs.length - 2]?.isInstitution)
      return original.call(this, blobs, delimiter);
    last.isInstitution = false;
    try {
      return original.call(this, blobs, delimiter);
    } finally {
      last.isInstitution = true;
    }
  };
}

const PATCHES: readonly Patch[] = [
  {
    name: 'macro lookup remembered',
    source: [
      'CSL.XmlJSON.prototype.getNodesByName = function (myjson,name,nameattrval,ret) {',
      'if (nameattrval === myjson.attrs.name) {',
      'this.getNodesByName(myjson.children[i],name,nameattrval,ret);',
    ],
    install: memoiseMacroLookup,
  },
  {
    name: '"and others" read as et al.',
    source: [
      'CSL.NameOutput.prototype._imposeNameConstraints = function (lst, count, key, pos) {',
      'this.state.tmp.disambig_settings.names[pos] = lst[key].length;',
      'CSL.NameOutput.prototype._setEtAlParameter = function (type, v, j) {',
      'lst = this.persons[v][j];',
      'lst = this[type][v];',
      'this.etal_spec[v].persons[j] = 2;',
      'this.etal_spec[v][type] = 2;',
    ],
    install: readOthersAsEtAl,
  },
  {
    name: 'a body last in a list joined as a name',
    source: [
      'CSL.NameOutput.prototype._getAndJoin = function (blobs, delimiter) {',
      'if (blobs[blobs.length - 1].isInstitution) {',
      'finalJoin = this.institution.and[singleOrMultiple];',
      'finalJoin = this.name.and[singleOrMultiple];',
    ],
    install: joinBodiesAsNames,
  },
];

export interface PatchCheck {
  name: string;
  /** The source text the patch relies on that the installed citeproc lacks (none: it applies). */
  missing: string[];
}

let source: string | undefined;
const citeprocSource = (): string => (source ??= readFileSync(require.resolve('citeproc'), 'utf8'));

/** Checks every patch against the installed citeproc, without installing anything. */
export function checkCiteprocPatches(): PatchCheck[] {
  const text = citeprocSource();
  return PATCHES.map(({ name, source }) => ({
    name,
    missing: source.filter((piece) => !text.includes(piece)),
  }));
}

/** citeproc's version as this module loads it (its package.json, found above its entry). */
export function installedCiteproc(): string {
  for (let dir = dirname(require.resolve('citeproc')); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (pkg.name === 'citeproc') return pkg.version;
    } catch {
      // no package.json at this level
    }
  }
  throw new Error('No package.json for citeproc');
}

/**
 * Where the installed patches are noted: on citeproc's module object itself, as Node keeps one per
 * process even when this module is loaded afresh (a test runner's isolated modules), so no patch wraps
 * citeproc twice.
 */
const INSTALLED = Symbol.for('briefing-builder.citeproc-patches');

/**
 * Installs every patch whose source is all found, once per process, and says which are in. Without
 * them, citations are only slower (the macro lookup) or print BibTeX's "others" as a name.
 */
export function installCiteprocPatches(): ReadonlySet<string> {
  const module = citeproc() as CiteprocInternals & { [INSTALLED]?: ReadonlySet<string> };
  const done = module[INSTALLED];
  if (done) return done;
  const checks = checkCiteprocPatches();
  const names = new Set<string>();
  for (const patch of PATCHES) {
    if (checks.find((c) => c.name === patch.name)?.missing.length !== 0) continue;
    patch.install();
    names.add(patch.name);
  }
  module[INSTALLED] = names;
  return names;
}
