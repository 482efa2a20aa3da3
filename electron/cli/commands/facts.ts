import { AppError } from '../../core/errors';
import { dataDirFrom, parseCommandArgs, type Command } from '../context';
import { appCall, withWriter } from '../running-app';

const usage =
  'facts delete ID                   Delete a fact no briefing cites, for good (its id from search --json); one a briefing cites is kept, and the briefings named';

export const facts: Command = {
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {});
    const [action, id] = positionals;
    if (action !== 'delete' || !id || positionals.length > 2)
      throw new AppError('usage', `facts needs delete and the fact's ID.\n  ${usage}`);
    // The same store call the app's Delete fact… makes: refused with the briefings that cite it.
    const fact = await withWriter(
      dataDirFrom(values.data),
      { holder: 'briefing facts delete', db: values.db },
      async (s) => {
        const found = await s.library.requireFact(id);
        await s.library.deleteFact(id);
        return found;
      },
      async (app) => {
        const found = await appCall(app, 'facts:get', { id });
        await appCall(app, 'facts:delete', { id });
        return found;
      },
    );
    console.log(`Deleted the fact “${fact.statement}” (${fact.id}). This cannot be undone.`);
  },
};
