import { plural } from '../../core/plural';
import { dataDirFrom, parseCommandArgs, withServices, type Command } from '../context';

export const stats: Command = {
  usage: 'stats [--json]                     Count the sources, facts and briefings in the store',
  async run(args) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' } });
    await withServices(
      dataDirFrom(values.data),
      { holder: 'briefing stats', access: 'read', db: values.db },
      async (services) => {
        const s = await services.library.stats();
        console.log(
          values.json
            ? JSON.stringify(s)
            : `${plural(s.sources, 'source')}, ${plural(s.facts, 'fact')}, ${plural(s.briefings, 'briefing')} (${services.library.location})`,
        );
      },
    );
  },
};
