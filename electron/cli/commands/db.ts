import { AppError } from '../../core/errors';
import { plural } from '../../core/plural';
import type { ImportReport } from '../../contract/api';
import { exportLibrary } from '../../services/export/library';
import type { LibraryStore } from '../../services/store/library-store';
import { connectTeamLibrary, parseCommandArgs, teamLibraryUrl, withServices, type Command } from '../context';

const usage = `db init --db URL                 Set up (or upgrade) a team library in an empty PostgreSQL database
           db push --from DIR --db URL     Copy the local library in DIR into the team library (matched, not duplicated)
           db pull --to DIR --db URL       Copy the team library into the local library in DIR (a working copy)`;

/** Copies one library's sources and facts into another with the import rules: matched, not duplicated. */
async function copyLibrary(from: LibraryStore, into: LibraryStore): Promise<ImportReport> {
  const file = await exportLibrary(from, 'json');
  return into.importFacts('json', Buffer.from(file.dataBase64, 'base64').toString('utf8'));
}

/** What a push or pull did, sources and facts apart (a duplicate that names its match is a source). */
function summary(r: ImportReport, where: string, action: 'push' | 'pull'): string {
  const sources = r.duplicates.filter((d) => d.match !== undefined).length;
  const facts = r.duplicates.length - sources;
  const there =
    r.duplicates.length === 0
      ? ''
      : `; ${plural(sources, 'source')} and ${plural(facts, 'fact')} were already there (matched, not duplicated)`;
  const briefings =
    action === 'push'
      ? ' Briefings stay in the local store; opened with the team library, each keeps a copy of the facts it cites.'
      : '';
  return `Copied ${plural(r.sourcesCreated, 'source')} and ${plural(r.factsCreated, 'fact')} into ${where}${there}.${briefings}`;
}

export const db: Command = {
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      from: { type: 'string' },
      to: { type: 'string' },
    });
    const [action, ...extra] = positionals;
    if (extra.length > 0) throw new AppError('usage', `Unexpected argument "${extra[0]}".\n  ${usage}`);
    const url = teamLibraryUrl(values.db);
    if (!url)
      throw new AppError('usage', `Give the team library with --db URL (or BRIEFING_DB).\n  ${usage}`);
    if (action === 'init') {
      const team = await connectTeamLibrary(url, true);
      try {
        const stats = await team.stats();
        console.log(
          `Team library ready at ${team.location}: ${plural(stats.sources, 'source')}, ${plural(stats.facts, 'fact')}.`,
        );
        // Connecting to set it up made the search index as it could (afterMigrations).
        if (!(await team.hasFilteredSearchIndex()))
          console.log(
            'Note: searches with a speaker, status or tag filter read every match of their words (slower in a large library): the extensions pg_trgm and btree_gin (PostgreSQL contrib) could not be created. Install PostgreSQL contrib, or grant the owner CREATE on the database, then run db init again.',
          );
      } finally {
        await team.close();
      }
      return;
    }
    if (action === 'push' || action === 'pull') {
      const dir = action === 'push' ? values.from : values.to;
      if (!dir)
        throw new AppError(
          'usage',
          `db ${action} needs --${action === 'push' ? 'from' : 'to'} DIR.\n  ${usage}`,
        );
      const team = await connectTeamLibrary(url);
      try {
        // The local folder: read beside a running app for a push; its one writer for a pull.
        const report = await withServices(
          dir,
          {
            holder: `briefing db ${action}`,
            access: action === 'push' ? 'read' : 'write',
            db: null,
          },
          (local) =>
            action === 'push' ? copyLibrary(local.library, team) : copyLibrary(team, local.library),
        );
        console.log(summary(report, action === 'push' ? team.location : dir, action));
      } finally {
        await team.close();
      }
      return;
    }
    throw new AppError('usage', `db what? init, push or pull.\n  ${usage}`);
  },
};
