import m0001 from './migrations/0001-init.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Ordered schema migrations; `PRAGMA user_version` records the last one applied. Append only. */
export const migrations: readonly Migration[] = [{ version: 1, name: '0001-init', sql: m0001 }];
