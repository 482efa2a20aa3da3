import { readFileSync } from 'node:fs';
import { readSourceEntries } from './electron/services/import/sources';
for (const f of process.argv.slice(2)) console.log(f, JSON.stringify(readSourceEntries(readFileSync(f, 'utf8'), 'bibtex')).slice(0, 800));
