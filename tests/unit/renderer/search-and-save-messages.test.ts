import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SnippetPart } from '../../../electron/contract/api';

// The API client reads the page's address and session storage when it loads (browser mode).
vi.stubGlobal('window', { location: { hash: '', pathname: '/' } });
vi.stubGlobal('sessionStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('history', { replaceState: () => undefined });

let client: typeof import('../../../renderer/src/api/client');
let errors: typeof import('../../../renderer/src/features/editor/content-error');
let list: typeof import('../../../renderer/src/features/library/snippet');
beforeAll(async () => {
  client = await import('../../../renderer/src/api/client');
  errors = await import('../../../renderer/src/features/editor/content-error');
  list = await import('../../../renderer/src/features/library/snippet');
});

const parts = (...p: Array<string | [string]>): SnippetPart[] =>
  p.map((x) => (typeof x === 'string' ? { text: x, hit: false } : { text: x[0], hit: true }));

describe('snippetOfStatement', () => {
  const statement = 'US officials were leaning on Ukraine to pull its forces back.';
  it('is true for a snippet cut from the statement (ellipses included)', () => {
    expect(list.snippetOfStatement(parts('US officials were leaning on ', ['Ukraine']), statement)).toBe(
      true,
    );
    expect(list.snippetOfStatement(parts('…leaning on ', ['Ukraine'], ' to pull…'), statement)).toBe(true);
  });
  it('is false for a snippet of another field, or one without a hit', () => {
    expect(list.snippetOfStatement(parts('US officials ', ['Reuters']), statement)).toBe(false);
    expect(list.snippetOfStatement(parts(statement), statement)).toBe(false);
  });
});

describe('contentErrorMessage', () => {
  const draft = {
    sections: [
      { id: 'bottom-line', blocks: [] },
      { id: 'outlook', blocks: new Array(2001) },
    ],
  };
  const headingOf = (id: string) => ({ 'bottom-line': 'Bottom line', outlook: 'Outlook' })[id];
  it('names the section and paragraph of a refused paragraph', () => {
    const error = new client.ApiError({
      code: 'invalid_input',
      message: 'bad',
      issues: [
        {
          path: 'content.sections[0].blocks[1].content',
          message: 'A paragraph must be at most 20000 characters.',
        },
      ],
    });
    expect(errors.contentErrorMessage(error, draft, headingOf)).toBe(
      'Bottom line, paragraph 2: A paragraph must be at most 20000 characters.',
    );
    expect(errors.contentErrorPlace(error, draft)).toEqual({ sectionId: 'bottom-line', paragraph: 1 });
  });
  it('says a section holds too many paragraphs in words', () => {
    const error = new client.ApiError({
      code: 'invalid_input',
      message: 'bad',
      issues: [
        { path: 'content.sections[1].blocks', message: 'Too big: expected array to have <=2000 items' },
      ],
    });
    expect(errors.contentErrorMessage(error, draft, headingOf)).toBe(
      'Outlook: a section can hold at most 2000 paragraphs; it has 2001.',
    );
    expect(errors.contentErrorPlace(error, draft)).toEqual({ sectionId: 'outlook', paragraph: undefined });
  });
});
