import { describe, expect, it } from 'vitest';
import { contract, requestLimit } from '../../../electron/contract/api';
import { LIMITS } from '../../../electron/core/limits';
import { MAX_IMPORT_BYTES } from '../../../electron/services/import/limits';

// The limits agree: what a schema accepts, the browser host lets through, and the importers read.
const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('limits from one place', () => {
  it('the host takes the largest import each import call accepts, even all in 3-byte characters', () => {
    const text = '€'.repeat(LIMITS.importBytes / 3);
    for (const [channel, input] of [
      ['import:facts', { format: 'csv', text }],
      ['import:sources', { format: 'ris', text }],
      ['import:article-candidates', { text }],
      ['briefings:import-file', { text }],
    ] as const) {
      expect(contract[channel].input.safeParse(input).success, channel).toBe(true);
      expect(jsonBytes(input), channel).toBeLessThanOrEqual(requestLimit(channel));
    }
  });

  it('the host takes the largest backup a restore accepts', () => {
    const dataBase64 = Buffer.alloc(LIMITS.restoreBytes).toString('base64');
    expect(contract['store:restore'].input.safeParse({ dataBase64 }).success).toBe(true);
    expect(jsonBytes({ dataBase64 })).toBeLessThanOrEqual(requestLimit('store:restore'));
    // One byte more is refused by the schema, in words.
    const over = Buffer.alloc(LIMITS.restoreBytes + 3).toString('base64');
    const refused = contract['store:restore'].input.safeParse({ dataBase64: over });
    expect(refused.error?.issues[0]?.message).toBe('The backup is larger than the 256 MB a restore may be.');
  });

  it('an article import takes its largest text and refuses more facts than the limit, in words', () => {
    const fact = { statement: 'The envoy said the road was open.', reliability: 'B', credibility: 2 };
    const source = {
      kind: 'news',
      title: 'A long wire file',
      outlet: 'Example Wire',
      text: '€'.repeat(5_000_000),
    };
    const most = { source, facts: Array.from({ length: LIMITS.articleFacts }, () => fact) };
    expect(contract['import:article'].input.safeParse(most).error?.issues).toBeUndefined();
    expect(jsonBytes(most)).toBeLessThanOrEqual(requestLimit('import:article'));
    const over = { source, facts: Array.from({ length: LIMITS.articleFacts + 1 }, () => fact) };
    expect(contract['import:article'].input.safeParse(over).error?.issues[0]?.message).toBe(
      'At most 5,000 facts can be saved from one article at a time.',
    );
  });

  it('the importers read files up to the same limit', () => {
    expect(MAX_IMPORT_BYTES).toBe(LIMITS.importBytes);
  });

  it('other calls keep the ordinary limit', () => {
    expect(requestLimit('sources:list')).toBe(LIMITS.requestBytes);
    expect(requestLimit('no-such:call')).toBe(LIMITS.requestBytes);
  });
});
