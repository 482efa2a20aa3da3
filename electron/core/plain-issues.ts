import type { z } from 'zod';

/**
 * Zod's own wording of a problem ("Invalid option: expected one of "a"|"b"", "Invalid input", "Too big:
 * expected number to be <=60") turned into the end of a plain sentence that says what is allowed
 * ("must be one of a, b or c.", "must be at most 60."), for files a person writes by hand (templates).
 * A message the schema wrote itself ("must be a colour written as #RRGGBB.") is kept; `schema` is read
 * for the fields an object allows, where a key is not one of them; `what` names the whole ("A template")
 * in a sentence about a key at its top.
 */
export function plainIssueMessage(issue: z.core.$ZodIssue, schema?: z.ZodType, what = 'It'): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be ${issue.values.length <= 2 ? orList(issue.values.map(plainValue)) : `one of ${orList(issue.values.map(plainValue))}`}.`;
    case 'invalid_type': {
      // (Issues do not carry their input: what was received is in zod's own message.)
      const received = /received (\w+)/.exec(issue.message)?.[1];
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (received === 'undefined') return `is missing: it must be ${expected}.`;
      const got = received && RECEIVED_WORDS[received];
      return `must be ${expected}${got ? `, not ${got}` : ''}.`;
    }
    case 'too_big':
      return `must be ${boundWords(issue.origin, 'at most', issue.maximum, issue.inclusive)}.`;
    case 'too_small':
      return `must be ${boundWords(issue.origin, 'at least', issue.minimum, issue.inclusive)}.`;
    case 'unrecognized_keys': {
      const allowed = schema ? allowedKeys(schema, issue.path) : undefined;
      const keys = issue.keys.map((k) => `"${k}"`);
      const none = keys.length === 1 ? `has no field ${keys[0]}` : `has no fields ${andList(keys)}`;
      // (At the top there is no path to name the object: the sentence names it.)
      return `${issue.path.length === 0 ? `${what} ` : ''}${none}${allowed ? `: its fields are ${andList(allowed)}` : ''}.`;
    }
    case 'invalid_union':
      return 'is none of the forms allowed here.';
    default:
      return issue.message;
  }
}

/** Messages zod writes itself, as opposed to ones a schema gives: those are rewritten. */
const isZodWording = (message: string) =>
  /^(Invalid|Too (big|small)|Unrecognized key|Expected)/.test(message) || message === 'Required';

/** The issue's message: the schema's own when it wrote one, else zod's made plain. */
export function plainIssue(issue: z.core.$ZodIssue, schema?: z.ZodType, what?: string): string {
  return isZodWording(issue.message) ? plainIssueMessage(issue, schema, what) : issue.message;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object ({ … })',
};

const RECEIVED_WORDS: Record<string, string> = {
  null: 'null',
  array: 'a list',
  string: 'text',
  object: 'an object',
  boolean: 'true or false',
  number: 'a number',
};

function boundWords(
  origin: string,
  side: 'at most' | 'at least',
  bound: unknown,
  inclusive?: boolean,
): string {
  const n = typeof bound === 'bigint' ? Number(bound) : (bound as number);
  // An exclusive bound said as the inclusive one a person counts with (whole numbers) or as "more/less than".
  const limit =
    inclusive === false ? (side === 'at most' ? `less than ${n}` : `more than ${n}`) : `${side} ${n}`;
  if (origin === 'string') return `${limit} character${n === 1 ? '' : 's'} long`;
  if (origin === 'array' || origin === 'set') return `a list of ${limit} item${n === 1 ? '' : 's'}`;
  return limit;
}

const plainValue = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** "a", "a or b", "a, b or c". */
export const orList = (words: readonly string[]) => joinList(words, 'or');
/** "a", "a and b", "a, b and c". */
export const andList = (words: readonly string[]) => joinList(words, 'and');

function joinList(words: readonly string[], last: string): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
}

type Def = {
  type: string;
  innerType?: Def;
  in?: Def;
  element?: Def;
  shape?: Record<string, unknown>;
  options?: Def[];
};
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })?._zod?.def;

/** The object at `path` in `schema` (through optional, default, array and pipe wrappers), its keys. */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let def = defOf(schema);
  const unwrap = () => {
    while (def && def.type !== 'object' && def.type !== 'array') {
      const next = def.innerType ?? def.in;
      if (!next) return;
      def = defOf(next) ?? (next as Def);
    }
  };
  for (const step of path) {
    unwrap();
    if (!def) return undefined;
    if (def.type === 'array' && typeof step === 'number') def = defOf(def.element);
    else if (def.type === 'object' && typeof step === 'string') def = defOf(def.shape?.[step]);
    else return undefined;
  }
  unwrap();
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}
