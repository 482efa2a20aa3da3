import m0001 from './migrations/0001-init.sql';
import m0002 from './migrations/0002-fact-model.sql';
import m0004 from './migrations/0004-briefing-front-matter.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Ordered schema migrations; `PRAGMA user_version` records the last one applied. Append only. */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001-init', sql: m0001 },
  { version: 2, name: '0002-fact-model', sql: m0002 },
  // 3 is the search index (merged from its branch).
  { version: 4, name: '0004-briefing-front-matter', sql: m0004 },
];
