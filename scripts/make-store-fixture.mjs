// Writes tests/fixtures/stores/vN.sqlite: a store at schema version N holding a little data, as a
// store written by that version of the app would. Fixtures are frozen once written; run this only to
// add the fixture of a new version:  node scripts/make-store-fixture.mjs 4
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const version = Number(process.argv[2]);
const dir = join(root, 'electron/services/store/migrations');
const files = readdirSync(dir)
  .filter((f) => /^\d{4}-.*\.sql$/.test(f))
  .sort();
if (!Number.isInteger(version) || version < 1 || version > files.length) {
  console.error(`usage: node scripts/make-store-fixture.mjs <1..${files.length}>`);
  process.exit(1);
}
const out = join(root, 'tests/fixtures/stores', `v${version}.sqlite`);
rmSync(out, { force: true });
const db = new Database(out);
for (const file of files.slice(0, version)) {
  db.exec(readFileSync(join(dir, file), 'utf8'));
  db.pragma(`user_version = ${Number(file.slice(0, 4))}`);
}
const t = '2025-12-15T10:00:00.000Z';
db.prepare(
  `INSERT INTO sources (id, title, outlet, published, url, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
).run(
  'src-1',
  'Zelenskyy rules out recognising Donbas as Russian',
  'Reuters',
  '2025-12-15',
  'https://example.org/berlin',
  'Article text.',
  t,
);
db.prepare(
  `INSERT INTO facts (id, source_id, statement, quote, speaker, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
).run(
  'fact-1',
  'src-1',
  'Ukraine will not recognise the Donbas as Russian.',
  'de jure or de facto',
  'Volodymyr Zelenskyy',
  t,
  t,
);
db.prepare(
  `INSERT INTO facts (id, source_id, statement, speaker, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
).run('fact-2', 'src-1', 'Russia insists that Ukraine stay out of NATO.', 'Dmitry Peskov', t, t);
if (version >= 2) db.prepare(`INSERT INTO fact_tags (fact_id, tag) VALUES ('fact-1', 'territory')`).run();
if (version >= 4) {
  // Every source field the schema-2 model had, on a report, a web page and an 'Unknown outlet' import.
  const insert = db.prepare(
    `INSERT INTO sources (id, title, outlet, csl_type, authors_json, published, accessed, url, language, grade,
       notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  insert.run(
    'src-2',
    'Ceasefire monitoring options',
    'Institute for Peace Studies',
    'report',
    JSON.stringify([{ family: 'Müller', given: 'Jörg' }, { literal: 'Monitoring Unit' }]),
    '2025-11-30',
    '2025-12-01',
    'https://example.org/ips/monitoring',
    'de',
    'A',
    'Read the annex too.',
    t,
    t,
  );
  insert.run(
    'src-3',
    'Imported without a container',
    'Unknown outlet',
    'article-journal',
    '[]',
    null,
    null,
    null,
    null,
    'C',
    null,
    t,
    t,
  );
  db.prepare(
    `INSERT INTO facts (id, source_id, statement, event_date, credibility, status, created_at, updated_at)
     VALUES ('fact-3', 'src-2', 'Monitors need 400 staff.', '2025-11-28', 2, 'verified', ?, ?)`,
  ).run(t, t);
}
const sections = JSON.stringify([
  {
    id: 'bottom-line',
    blocks: [{ id: 'p1', text: 'Kyiv refuses to cede Donbas.', factIds: ['fact-1', 'fact-2'] }],
  },
]);
db.prepare(
  `INSERT INTO briefings (id, template_id, title, date, classification, sections_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
).run('brief-1', 'situation-brief', 'Berlin talks', '2025-12-16', 'official', sections, t, t);
db.pragma('journal_mode = DELETE');
db.close();
console.log(out);
