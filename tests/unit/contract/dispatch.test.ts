import { afterAll, describe, expect, it } from 'vitest';
import { channels } from '../../../electron/contract/api';
import { dispatch } from '../../../electron/contract/dispatch';
import { freshServices } from '../../helpers/fixtures';

const services = freshServices();
const handlers = services.handlers();
afterAll(() => services.close());

describe('dispatch', () => {
  it('has a handler for every channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channels].sort());
  });

  it('returns a readable error naming the field, and saves nothing', async () => {
    const r = await dispatch(handlers, 'sources:create', { title: '', published: '2025-12-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'title' } });
    if (!r.ok) expect(r.error.message).toMatch(/Title is required\./);
    const badDate = await dispatch(handlers, 'sources:create', {
      title: 'T',
      outlet: 'Reuters',
      published: '2025-15-01',
    });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'published' } });
    if (!badDate.ok)
      expect(badDate.error.message).toMatch(/published must have a month from 01 to 12 \(not 15\)/);
    expect(await dispatch(handlers, 'sources:list', {})).toEqual({ ok: true, value: [] });
  });

  it('refuses unknown channels and unexpected fields', async () => {
    expect(await dispatch(handlers, 'fs:read', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(await dispatch(handlers, 'briefings:get', { id: 'x', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatch(handlers, 'briefings:get', { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('runs a whole flow through the contract', async () => {
    const src = await dispatch(handlers, 'sources:create', {
      title: 'Berlin',
      outlet: 'Reuters',
      url: 'https://example.org/a',
    });
    if (!src.ok) throw new Error(src.error.message);
    const id = (src.value as { id: string }).id;
    const fact = await dispatch(handlers, 'facts:create', {
      sourceId: id,
      statement: 'A fact.',
      quote: '',
      speaker: 'Peskov',
    });
    expect(fact).toMatchObject({ ok: true, value: { statement: 'A fact.', speaker: 'Peskov' } });
    expect(fact.ok && 'quote' in (fact.value as object)).toBe(false);
  });
});

describe('article candidates through the contract', () => {
  const text =
    'Reuters reported that US officials were pressing Kyiv.\n\nReuters noted that Russia had yet to agree.';

  it('takes the article’s own outlet: its own reporting is relayed by no one', async () => {
    const relays = async (outlet?: string) => {
      const r = await dispatch(handlers, 'import:article-candidates', { text, outlet });
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as { candidates: Array<{ speaker?: string; relayedBy?: string }> }).candidates.map(
        (c) => [c.speaker, c.relayedBy],
      );
    };
    expect(await relays()).toEqual([
      ['US officials', 'Reuters'],
      [undefined, 'Reuters'],
    ]);
    expect(await relays('Reuters')).toEqual([
      ['US officials', undefined],
      [undefined, undefined],
    ]);
  });

  it('refuses an outlet that is not text, or too long, naming the field', async () => {
    for (const outlet of [42, 'x'.repeat(201)]) {
      const r = await dispatch(handlers, 'import:article-candidates', { text, outlet });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'outlet' } });
    }
  });
});

describe('bad input on briefing edits', () => {
  it('refuses an unknown template or invalid preview content clearly, changing nothing', async () => {
    const t = services.templates.get('situation-brief');
    const b = services.store.createBriefing({ templateId: t.id, title: 'B', date: '2025-12-16' }, t);
    const switched = await dispatch(handlers, 'briefings:switch-template', { id: b.id, templateId: 'nope' });
    expect(switched).toMatchObject({
      ok: false,
      error: { code: 'unknown_template', message: 'No template with id "nope" is installed.' },
    });
    const preview = await dispatch(handlers, 'briefings:preview', {
      id: b.id,
      content: { title: 'B', date: '16/12/2025', classification: 'official', sections: [] },
    });
    expect(preview).toMatchObject({ ok: false, error: { path: 'content.date' } });
    expect(services.store.getBriefing(b.id)).toMatchObject({
      templateId: 'situation-brief',
      date: '2025-12-16',
    });
  });
});
