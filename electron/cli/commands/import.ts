import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { plural } from '../../core/plural';
import { AppError } from '../../core/errors';
import { attribution } from '../../core/schemas';
import {
  SourceFileFormat,
  type CandidateFact,
  type ImportPreview,
  type ImportProblem,
  type ImportReport,
} from '../../contract/api';
import { proposeOffThread } from '../../services/import/article/off-thread';
import { detectFormat } from '../../services/import/formats';
import { libraryRefusal } from '../../services/import/formats/detect';
import { pageMetadata } from '../../services/import/page-metadata';
import { isKnownOutlet } from '../../services/import/article/outlets';
import { readTextFile, readTextFileReporting } from '../../services/import/limits';
import { entryToAddText, problemText } from '../../core/import-problem';
import { datelineDay } from '../../core/published-from-text';
import { bylineNames } from '../../core/source-item';
import type { SourceFormat } from '../../services/import/sources';
import { dataDirFrom, parseCommandArgs, teamLibraryUrl, withServices, type Command } from '../context';
import { appCall, appUpload, withWriter } from '../running-app';

const WHAT = 'Import into the store; prints what was added and skipped';
const usages = {
  article:
    'import article FILE [--title T --byline B --outlet O --published YYYY-MM-DD --url U] [--accept-all]',
  sources: 'import sources FILE [--format csl-json|bibtex|biblatex|ris|endnote-xml] [--dry-run] [--strict]',
  facts: 'import facts FILE   (.csv, .tsv, .txt or .json)',
} as const;
const usage = `${usages.article}
           ${usages.sources}
           ${usages.facts}   ${WHAT}`;

/** Facts files by their extension: delimited text (comma, semicolon or tab, any encoding read) or JSON. */
const FACT_FORMATS: Record<string, 'csv' | 'json'> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.json': 'json',
};

function readInput(file: string | undefined): string {
  if (!file) throw new AppError('usage', `Give the file to import.\n  ${usage}`);
  // Refuses files over 50 MB unread, and binary files; decodes UTF-16 and Latin-1 as well as UTF-8.
  return readTextFile(file);
}

function printReport(report: ImportReport): void {
  const unreadable = report.problems.filter((p) => p.severity === 'error').length;
  console.log(
    `Added ${plural(report.sourcesCreated, 'source')} and ${plural(report.factsCreated, 'fact')}; skipped ${plural(report.duplicates.length, 'duplicate')}${unreadable > 0 ? `; ${plural(unreadable, 'entry', 'entries')} could not be read` : ''}.`,
  );
  for (const d of report.duplicates) console.log(`  duplicate: ${d.message}`);
  printProblems(report.problems);
}

function printProblems(problems: readonly ImportProblem[]): void {
  for (const p of problems)
    console.log(`  ${p.severity === 'error' ? 'not imported' : 'warning'}: ${problemText(p)}`);
}

/** "1,016 sources will be added, 2 are already in the library, 0 cannot be read." */
function printPreview(preview: ImportPreview): void {
  const n = (x: number) => x.toLocaleString('en');
  console.log(
    `${plural(preview.entries, 'entry', 'entries')}: ${plural(preview.toAdd, 'source')} will be added, ${n(preview.duplicates.length)} already in the library or repeated in the file, ${n(preview.unreadable)} cannot be read. Nothing was written (--dry-run).`,
  );
  for (const d of preview.duplicates) console.log(`  duplicate: ${d.message}`);
  printProblems(preview.problems);
  for (const e of preview.sample)
    console.log(`  will add: ${entryToAddText(e)}${e.line === undefined ? '' : ` (line ${e.line})`}`);
  const more = preview.toAdd - preview.sample.length;
  if (more > 0) console.log(`  … and ${n(more)} more`);
}

/**
 * A dry run's preview, which writes nothing: the store is opened only to read (no writer lock, no
 * schema upgrade). A store from an older version, which the import would upgrade first, is previewed
 * against an upgraded copy in a temporary folder, removed afterwards; a folder with no store yet,
 * against an empty one. A team library is only read (its upgrades are `briefing db init`'s).
 */
async function previewWithoutWriting(
  dataDir: string,
  db: string | undefined,
  format: SourceFormat,
  text: string,
): Promise<{ preview: ImportPreview; note?: string }> {
  const preview = (dir: string, access: 'read' | 'read-only' | 'write') =>
    withServices(dir, { holder: 'briefing import --dry-run', access, db }, (s) =>
      s.library.previewSources(format, text),
    );
  if (teamLibraryUrl(db) !== undefined) return { preview: await preview(dataDir, 'read') };
  const file = join(dataDir, 'briefing.sqlite');
  const exists = existsSync(file) && statSync(file).size > 0;
  let outdated = '';
  if (exists) {
    try {
      return { preview: await preview(dataDir, 'read-only') };
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'store_outdated')) throw error;
      outdated = error.message;
    }
  }
  const copy = mkdtempSync(join(tmpdir(), 'briefing-dry-run-'));
  try {
    if (exists) {
      const { default: Database } = await import('better-sqlite3');
      const source = new Database(file, { readonly: true, fileMustExist: true });
      try {
        await source.backup(join(copy, 'briefing.sqlite'));
      } finally {
        source.close();
      }
    }
    return {
      preview: await preview(copy, 'write'),
      ...(exists
        ? {
            note: `${outdated} Previewed against an upgraded copy; the store itself is unchanged (the import upgrades it first).`,
          }
        : {}),
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function printCandidate(c: CandidateFact, i: number): void {
  // An outlet's own report has no speaker: say whose report it is rather than print the outlet as one.
  const who = c.speaker
    ? attribution(c)
    : c.relayedBy
      ? `(no speaker) reported by ${c.relayedBy}`
      : '(no speaker)';
  console.log(`${i + 1}. [${c.locator ?? ''}] ${who} — ${c.cue}`);
  if (c.quote) console.log(`   quote: “${c.quote}”`);
  console.log(`   ${c.statement}`);
}

export const importCommand: Command = {
  usage,
  usageOf: ([kind]) =>
    kind !== undefined && Object.hasOwn(usages, kind)
      ? `${usages[kind as keyof typeof usages]}   ${WHAT}`
      : undefined,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      title: { type: 'string' },
      byline: { type: 'string' },
      outlet: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      'accept-all': { type: 'boolean' },
      format: { type: 'string' },
      'dry-run': { type: 'boolean' },
      strict: { type: 'boolean' },
    });
    const [kind, file, ...extra] = positionals;
    if (extra.length > 0) throw new AppError('usage', `Unexpected argument "${extra[0]}".\n  ${usage}`);
    const dataDir = dataDirFrom(values.data);

    if (kind === 'article') {
      const raw = readInput(file);
      const format = /\.html?$/i.test(file ?? '') ? 'html' : 'text';
      // A saved page says what it is (its JSON-LD, og:*, byline): as the app's "Open article file…" does, it
      // fills what the options leave out, and its outlet and date are what the article is read with.
      const page = format === 'html' ? pageMetadata(raw) : {};
      // On the worker thread the app uses, so the CLI reads an article exactly as the app does.
      const { text, candidates, says, ownDate } = await proposeOffThread({
        text: raw,
        format,
        outlet: values.outlet ?? page.outlet,
        published: values.published ?? page.published,
      });
      candidates.forEach(printCandidate);
      console.log(
        `${plural(candidates.length, 'candidate fact')} in ${plural(text.split('\n\n').length, 'paragraph')}.`,
      );
      // What the page or the text says about itself stands in for the options not given, as the app's review
      // fills the fields left empty: the page's metadata first, then the text's headline, byline, dateline
      // agency and date.
      // [option, what the page says, what the text says, how the text says it, how it is named]
      const taken: Array<[string, string | undefined, string | undefined, string, string]> = [
        ['title', page.title, says.title, ' (its headline)', 'title'],
        ['byline', page.byline, says.byline, '', 'byline'],
        ['outlet', page.outlet, says.outlet, ' (its dateline)', 'outlet'],
        ['published', page.published, ownDate?.published, '', 'published'],
        ['url', page.url, undefined, '', 'address'],
      ];
      const given = (key: string) => values[key as keyof typeof values] as string | undefined;
      const stands = taken.filter(
        ([key, fromPage, fromText]) => given(key) === undefined && (fromPage ?? fromText),
      );
      const named = stands.map(([, fromPage, fromText, how, label]) => {
        const value = fromPage ?? fromText ?? '';
        const shown = label === 'published' ? value : `“${value}”`;
        return `${label} ${shown}${fromPage ? '' : how}`;
      });
      const fromWhere = [
        stands.some(([, fromPage]) => fromPage) ? 'the page' : '',
        stands.some(([, fromPage, fromText]) => !fromPage && fromText) ? 'the text' : '',
      ].filter((w) => w !== '');
      if (named.length > 0) console.log(`From ${fromWhere.join(' and ')}: ${named.join('; ')}.`);
      const pick = (key: string) => {
        const [, fromPage, fromText] = taken.find(([k]) => k === key) ?? [];
        return given(key) ?? fromPage ?? fromText;
      };
      const title = pick('title');
      const byline = pick('byline');
      const outlet = pick('outlet');
      const published = pick('published');
      // A dateline with no year dates nothing: said, as the app's review says it, never left silently undated.
      if (!published && ownDate?.dateline)
        console.log(
          `The dateline gives ${datelineDay(ownDate.dateline)} but no year: give --published YYYY-MM-DD to date the source (and “on Monday” and the like in it).`,
        );
      const missing = [title ? '' : '--title', outlet ? '' : '--outlet'].filter((o) => o !== '');
      if (!values['accept-all']) {
        console.log(
          `Nothing saved. Run again with --accept-all${missing.length > 0 ? ` (and ${missing.join(', ')})` : ''} to save them.`,
        );
        return;
      }
      if (!title || !outlet) {
        const lacks = [title ? '' : 'headline', outlet ? '' : 'dateline agency'].filter((w) => w !== '');
        throw new AppError(
          'usage',
          `Saving an article needs a title and an outlet, and the text gives no ${lacks.join(' and no ')}: give ${missing.join(' and ')}.`,
        );
      }
      const authors = byline ? bylineNames(byline, isKnownOutlet) : [];
      const source = {
        title,
        outlet,
        published,
        url: pick('url'),
        ...(authors.length > 0 ? { authors } : {}),
        text,
      };
      const facts = candidates.map((c) => ({
        statement: c.statement,
        quote: c.quote,
        speaker: c.speaker,
        speakerRole: c.speakerRole,
        relayedBy: c.relayedBy,
        locator: c.locator,
        eventDate: c.eventDate,
      }));
      const report = await withWriter(
        dataDir,
        { holder: 'briefing import', db: values.db },
        (s) => s.library.importArticle({ source, facts }),
        (app) => appCall(app, 'import:article', { source, facts }),
      );
      printReport(report);
      return;
    }
    if (kind === 'sources') {
      if (!file) throw new AppError('usage', `Give the file to import.\n  ${usage}`);
      const { text, problems: decoding } = readTextFileReporting(file);
      // A damaged byte or a guessed encoding is said before anything else, never silently.
      for (const p of decoding) console.log(`  warning: ${problemText(p)}`);
      const given = values.format;
      const formats = SourceFileFormat.options;
      if (given !== undefined && !formats.includes(given as SourceFormat))
        throw new AppError('usage', `--format must be ${formats.join(', ')}, not "${given}".`);
      const format = (given as SourceFormat | undefined) ?? detectFormat(text, file);
      if (!format)
        throw new AppError(
          'usage',
          `Cannot tell the format from the file: give --format ${formats.join('|')}.`,
        );
      if (values['dry-run']) {
        const { preview, note } = await previewWithoutWriting(dataDir, values.db, format, text);
        if (note) console.log(note);
        printPreview(preview);
        return;
      }
      const strict = values.strict ?? false;
      const refuseStrictly = (problems: readonly ImportProblem[]) => {
        // Every problem listed, not only the first, before the file is refused.
        printProblems(problems);
        throw new AppError(
          'invalid_input',
          `${plural(problems.length, 'problem')} in ${file} (listed above); --strict: nothing was imported.`,
        );
      };
      const report = await withWriter(
        dataDir,
        { holder: 'briefing import', db: values.db },
        async (s) => {
          if (strict) {
            const preview = await s.library.previewSources(format, text);
            if (preview.problems.length > 0) refuseStrictly(preview.problems);
          }
          return s.library.importSources(format, text, { strict });
        },
        async (app) => {
          const uploadId = await appUpload(app, file ?? '', 'import');
          if (strict) {
            const preview = await appCall(app, 'import:sources-preview', { format, uploadId });
            if (preview.problems.length > 0) refuseStrictly(preview.problems);
          }
          return appCall(app, 'import:sources', { format, uploadId, strict });
        },
      );
      printReport(report);
      return;
    }
    if (kind === 'facts') {
      const text = readInput(file);
      const ext = extname(file ?? '').toLowerCase();
      const format = FACT_FORMATS[ext];
      // A sources file (.bib, .ris, CSL-JSON) is named for what it is, whatever its extension.
      const library = libraryRefusal(text, 'a facts file');
      if (library) throw library;
      if (!format)
        throw new AppError(
          'usage',
          'Facts are imported from a .csv, .tsv or .txt file (delimited text: commas, semicolons or tabs) or a .json file.',
        );
      printReport(
        await withWriter(
          dataDir,
          { holder: 'briefing import', db: values.db },
          (s) => s.library.importFacts(format, text),
          async (app) =>
            appCall(app, 'import:facts', { format, uploadId: await appUpload(app, file ?? '', 'import') }),
        ),
      );
      return;
    }
    throw new AppError('usage', `Import what? article, sources or facts.\n  ${usage}`);
  },
};
