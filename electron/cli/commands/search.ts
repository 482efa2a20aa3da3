import { FactQuery, type SearchResult } from '../../contract/api';
import { AppError, fromZodError } from '../../core/errors';
import { attribution, FactStatus } from '../../core/schemas';
import { dataDirFrom, parseCommandArgs, withServices, type Command } from '../context';

/** One line per fact: statement — attribution (outlet, date), marked when retracted. */
export function formatSearchResult(result: SearchResult): string {
  const lines = result.items.map(({ fact, source }) => {
    const who = attribution(fact);
    const date = fact.eventDate ?? source.published;
    const where = [source.outlet, date].filter(Boolean).join(', ');
    const mark = fact.status === 'retracted' ? '[RETRACTED] ' : '';
    return `${mark}${fact.statement}${who ? ` — ${who}` : ''} (${where})`;
  });
  const count = `${result.totalIsExact ? '' : 'at least '}${result.total} matching fact${result.total === 1 ? '' : 's'}`;
  const shown = result.items.length < result.total ? `, showing ${result.items.length}` : '';
  return [...lines, `${count}${shown}.`].join('\n');
}

/** The range of a search's page size, as the query schema allows it. */
const limitSchema = FactQuery.shape.limit.unwrap();
const LIMIT_RANGE = { min: limitSchema.minValue ?? 1, max: limitSchema.maxValue ?? 500 };

export const search: Command = {
  usage:
    'search QUERY [--json] [--tag T]… [--status S]… [--limit N]   Search the fact library (words, "phrases", prefix*)',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: 'boolean' },
        tag: { type: 'string', multiple: true },
        status: { type: 'string', multiple: true },
        limit: { type: 'string' },
      },
      { limit: LIMIT_RANGE },
    );
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    for (const status of values.status ?? []) {
      if (!FactStatus.safeParse(status).success)
        throw new AppError(
          'usage',
          `--status must be one of ${FactStatus.options.join(', ')}, not "${status}".`,
        );
    }
    const parsed = FactQuery.safeParse({
      text: positionals.join(' '),
      tags: values.tag ?? [],
      statuses: values.status ?? [],
      ...(limit === undefined ? {} : { limit }),
    });
    if (!parsed.success) throw fromZodError(parsed.error);
    await withServices(
      dataDirFrom(values.data),
      { holder: 'briefing search', access: 'read', db: values.db },
      async (services) => {
        const result = await services.library.searchFacts(parsed.data);
        console.log(values.json ? JSON.stringify(result, null, 2) : formatSearchResult(result));
      },
    );
  },
};
