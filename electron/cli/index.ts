import { AppError } from '../core/errors';
import { defaultDataDir } from '../services/paths';
import { backup, restore } from './commands/backup';
import { build } from './commands/build';
import { demo } from './commands/demo';
import { importCommand } from './commands/import';
import { search } from './commands/search';
import { serve } from './commands/serve';
import { stats } from './commands/stats';
import { templates } from './commands/templates';
import type { Command } from './context';

/** Every CLI command, by name. Each lives in commands/<name>.ts. */
const commands: Record<string, Command> = {
  demo,
  serve,
  import: importCommand,
  search,
  stats,
  templates,
  build,
  backup,
  restore,
};

const help = () => `Usage: briefing <command> [options]

Commands:
${Object.values(commands)
  .map((c) => `  ${c.usage}`)
  .join('\n')}

Every command that uses the store takes --data DIR (or the BRIEFING_DATA environment variable);
the default is the app's user-data folder (${defaultDataDir()}).`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      console.log(help());
      return 0;
    }
    const command = commands[name];
    if (!command) throw new AppError('usage', `Unknown command "${name}".\n\n${help()}`);
    await command.run(rest);
    return 0;
  } catch (error) {
    console.error(`briefing: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const exitCode = await main(process.argv.slice(2));
if (exitCode !== 0) process.exit(exitCode);
