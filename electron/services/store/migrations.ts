import m0001 from './migrations/0001-init.sql';
import m0002 from './migrations/0002-fact-model.sql';
import m0003 from './migrations/0003-search.sql';
import m0004 from './migrations/0004-briefing-front-matter.sql';
import m0005 from './migrations/0005-csl-items.sql';
import m0006 from './migrations/0006-many-analysts.sql';
import m0007 from './migrations/0007-team-copies.sql';
import m0008 from './migrations/0008-portion-marks.sql';
import m0009 from './migrations/0009-exact-ranking.sql';
import m0010 from './migrations/0010-rank-counts.sql';
import m0011 from './migrations/0011-volume-match-key.sql';
import m0012 from './migrations/0012-prefix-lists.sql';
import m0013 from './migrations/0013-url-match-key.sql';
import m0014 from './migrations/0014-folded-speaker-and-outlet.sql';
import m0015 from './migrations/0015-substring-search.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Ordered schema migrations; `PRAGMA user_version` records the last one applied. Append only. */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001-init', sql: m0001 },
  { version: 2, name: '0002-fact-model', sql: m0002 },
  { version: 3, name: '0003-search', sql: m0003 },
  { version: 4, name: '0004-briefing-front-matter', sql: m0004 },
  { version: 5, name: '0005-csl-items', sql: m0005 },
  { version: 6, name: '0006-many-analysts', sql: m0006 },
  { version: 7, name: '0007-team-copies', sql: m0007 },
  { version: 8, name: '0008-portion-marks', sql: m0008 },
  { version: 9, name: '0009-exact-ranking', sql: m0009 },
  { version: 10, name: '0010-rank-counts', sql: m0010 },
  { version: 11, name: '0011-volume-match-key', sql: m0011 },
  { version: 12, name: '0012-prefix-lists', sql: m0012 },
  { version: 13, name: '0013-url-match-key', sql: m0013 },
  { version: 14, name: '0014-folded-speaker-and-outlet', sql: m0014 },
  { version: 15, name: '0015-substring-search', sql: m0015 },
];

/**
 * The statement that follows the comment line `comment` in a migration's SQL, without its `;`. For code
 * that must run exactly what a migration ran: the bulk importer indexes new facts with the statement
 * 0003-search indexed a store's existing facts with, read from the migration rather than copied.
 * Throws when the migration has no such comment (a programming error, caught by the tests).
 */
export function statementAfter(sql: string, comment: string): string {
  const at = sql.indexOf(comment);
  const start = at < 0 ? -1 : sql.indexOf('\n', at);
  const end = start < 0 ? -1 : sql.indexOf(';', start);
  if (end < 0) throw new Error(`No statement follows "${comment}" in the migration.`);
  return sql.slice(start + 1, end).trim();
}
