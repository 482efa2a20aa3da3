import m0001 from './migrations/0001-init.sql';
import m0002 from './migrations/0002-fact-model.sql';
import m0003 from './migrations/0003-search.sql';
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
  { version: 3, name: '0003-search', sql: m0003 },
  { version: 4, name: '0004-briefing-front-matter', sql: m0004 },
];
