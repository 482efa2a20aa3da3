import { FactQuery, type SearchResult } from '../../contract/api';
import { plural } from '../../core/plural';
import { AppError, fromZodError } from '../../core/errors';
import { attribution, FactStatus, Grade } from '../../core/schemas';
import { shortPrefixNote } from '../../core/search-prefix';
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
  const count = `${result.totalIsExact ? '' : 'at least '}${plural(result.total, 'matching fact')}`;
  const shown =
    result.items.length < result.total ? `, showing ${result.items.length.toLocaleString('en')}` : '';
  return [...lines, `${count}${shown}.`].join('\n');
}

/** The range of a search's page size, as the query schema allows it. */
const limitSchema = FactQuery.shape.limit.unwrap();
const LIMIT_RANGE = { min: limitSchema.minValue ?? 1, max: limitSchema.maxValue ?? 500 };

const SORTS = FactQuery.shape.sort.unwrap().options;

/** A value of an option that takes one of a few words, refused in the option's own words otherwise. */
function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (found === undefined)
    throw new AppError('usage', `--${option} must be one of ${allowed.join(', ')}, not "${value}".`);
  return found;
}

export const search: Command = {
  usage:
    'search QUERY [--json] [--tag T]… [--status S]… [--speaker NAME] [--outlet NAME] [--grade A-F]… [--from DATE] [--to DATE] [--sort ORDER] [--limit N]   Search the fact library (words, "phrases", prefix*), with the library pane\'s filters and orders',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: 'boolean' },
        tag: { type: 'string', multiple: true },
        status: { type: 'string', multiple: true },
        speaker: { type: 'string' },
        outlet: { type: 'string' },
        grade: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        sort: { type: 'string' },
        limit: { type: 'string' },
      },
      { limit: LIMIT_RANGE },
    );
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    const statuses = (values.status ?? []).map((s) => oneOf('status', s, FactStatus.options));
    const grades = (values.grade ?? []).map((g) => oneOf('grade', g, Grade.options));
    const parsed = FactQuery.safeParse({
      text: positionals.join(' '),
      tags: values.tag ?? [],
      statuses,
      grades,
      ...(values.speaker === undefined ? {} : { speaker: values.speaker }),
      ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
      ...(values.from === undefined ? {} : { from: values.from }),
      ...(values.to === undefined ? {} : { to: values.to }),
      ...(values.sort === undefined ? {} : { sort: oneOf('sort', values.sort, SORTS) }),
      ...(limit === undefined ? {} : { limit }),
    });
    if (!parsed.success) {
      // Said of the option the value came in: "--from must have a month from 01 to 12 (not 13)."
      const error = fromZodError(parsed.error);
      throw new AppError('usage', error.message.replace(/^(from|to|speaker|outlet)\b/, '--$1'));
    }
    await withServices(
      dataDirFrom(values.data),
      { holder: 'briefing search', access: 'read', db: values.db },
      async (services) => {
        const result = await services.library.searchFacts(parsed.data);
        console.log(values.json ? JSON.stringify(result, null, 2) : formatSearchResult(result));
        const note = values.json ? undefined : shortPrefixNote(parsed.data.text);
        if (note) console.log(note);
      },
    );
  },
};
