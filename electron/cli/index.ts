import { AppError } from '../core/errors';
import { defaultDataDir } from '../services/paths';
import type { Command } from './context';

/**
 * Every CLI command, by name. Each lives in commands/<name>.ts and is loaded only when it runs (or for
 * the help text), so `briefing build` loads neither the importers, the search nor the browser host.
 */
const commands: Record<string, () => Promise<Command>> = {
  demo: async () => (await import('./commands/demo')).demo,
  serve: async () => (await import('./commands/serve')).serve,
  import: async () => (await import('./commands/import')).importCommand,
  search: async () => (await import('./commands/search')).search,
  stats: async () => (await import('./commands/stats')).stats,
  templates: async () => (await import('./commands/templates')).templates,
  build: async () => (await import('./commands/build')).build,
  export: async () => (await import('./commands/export')).exportCommand,
  backup: async () => (await import('./commands/backup')).backup,
  restore: async () => (await import('./commands/backup')).restore,
  db: async () => (await import('./commands/db')).db,
  facts: async () => (await import('./commands/facts')).facts,
};

const SHARED_OPTIONS = `Every command that uses the store takes --data DIR (or the BRIEFING_DATA environment variable);
the default is the app's user-data folder (${defaultDataDir()}). With --db postgres://user@host/db
(or BRIEFING_DB) it works in that team library instead (docs/team-library.md).`;

const help = async () => `Usage: briefing <command> [options]

Commands:
${(await Promise.all(Object.values(commands).map((load) => load()))).map((c) => `  ${c.usage}`).join('\n')}

${SHARED_OPTIONS}

briefing <command> --help shows one command's usage; briefing --version the version.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      console.log(await help());
      return 0;
    }
    if (name === '--version' || name === '-V' || name === 'version') {
      console.log(`briefing ${__APP_VERSION__}`);
      return 0;
    }
    const load = commands[name];
    if (!load) throw new AppError('usage', `Unknown command "${name}".\n\n${await help()}`);
    command = await load();
    // `briefing import --help`: that command's usage (options after `--` are the command's own).
    const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (own.includes('--help') || own.includes('-h')) {
      // `briefing import facts --help`: that sub-command's usage alone, when the command has them.
      const usage = command.usageOf?.(own.filter((a) => !a.startsWith('-'))) ?? command.usage;
      console.log(`Usage: briefing ${usage}\n\n${SHARED_OPTIONS}`);
      return 0;
    }
    await command.run(rest);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A usage error names the command's usage unless it already did.
    const usage =
      error instanceof AppError && error.code === 'usage' && command && !message.includes(command.usage)
        ? `\n  Usage: briefing ${command.usage}`
        : '';
    console.error(`briefing: ${message}${usage}`);
    return 1;
  }
}

const exitCode = await main(process.argv.slice(2));
if (exitCode !== 0) process.exit(exitCode);
