import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplateLibrary } from '../../../electron/services/templates/library';
import { tempDir, templatesDir } from '../../helpers/fixtures';

const situation = JSON.parse(readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8')) as Record<
  string,
  unknown
>;
const write = (dir: string, name: string, value: unknown) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
};

let library: TemplateLibrary | undefined;
afterEach(() => library?.unwatch());

describe('template library', () => {
  it('merges built-in, user and team folders; the highest version wins and lists what it shadows', () => {
    const user = tempDir();
    const team = tempDir();
    write(team, 'situation-brief.json', { ...situation, version: 7, name: 'Desk situation brief' });
    write(user, 'situation-brief.json', { ...situation, version: 3 });
    write(user, 'mine.json', { ...situation, id: 'mine', name: 'Mine', version: 1 });
    library = new TemplateLibrary([
      { kind: 'built-in', dir: templatesDir },
      { kind: 'user', dir: user },
      { kind: 'team', dir: team },
    ]);
    const entry = library.entries().find((e) => e.template.id === 'situation-brief');
    expect(entry?.template.name).toBe('Desk situation brief');
    expect(entry?.origin.kind).toBe('team');
    expect(entry?.shadows.map((s) => `${s.origin.kind} v${s.version}`)).toEqual(['user v3', 'built-in v2']);
    expect(library.get('mine').name).toBe('Mine');
    expect(library.entries().map((e) => e.template.id)).toEqual(
      expect.arrayContaining([
        'background-note',
        'daily-news-digest',
        'policy-options-memo',
        'situation-brief',
        'mine',
      ]),
    );
  });

  it('on equal versions prefers the user, then the team, then the built-in', () => {
    const user = tempDir();
    write(user, 'situation-brief.json', { ...situation, name: 'My copy' });
    library = new TemplateLibrary([
      { kind: 'built-in', dir: templatesDir },
      { kind: 'user', dir: user },
    ]);
    expect(library.get('situation-brief').name).toBe('My copy');
  });

  it('reports a bad file with its JSON paths and keeps the good ones', () => {
    const team = tempDir();
    const user = tempDir();
    write(user, 'broken.json', '{ "id": "broken", ');
    write(team, 'wrong.json', {
      ...situation,
      id: 'wrong',
      sections: [{ id: 'a', heading: 'A', limits: { maxWords: 0 } }],
    });
    write(team, 'fine.json', { ...situation, id: 'fine', name: 'Fine' });
    library = new TemplateLibrary([
      { kind: 'team', dir: team },
      { kind: 'user', dir: user },
    ]);
    expect(library.templates.map((t) => t.id)).toEqual(['fine']);
    const problems = Object.fromEntries(library.problems.map((p) => [p.file.split('/').pop(), p]));
    // Where it gave up, never the text around it.
    expect(problems['broken.json']?.message).toBe('broken.json is not valid JSON (line 1, column 19).');
    expect(problems['wrong.json']?.message).toContain(
      'sections[0].limits.maxWords must be a positive number.',
    );
    expect(problems['wrong.json']?.issues?.[0]?.path).toBe('sections[0].limits.maxWords');
  });

  it('reads only template-shaped JSON from a team folder, and never shows what other files hold', () => {
    const team = tempDir();
    write(team, 'secrets.json', 'password=hunter2 not json');
    write(team, 'config.json', { password: 'hunter2' });
    write(team, 'locked.json', { ...situation, id: 'locked' });
    chmodSync(join(team, 'locked.json'), 0o000);
    write(team, 'fine.json', { ...situation, id: 'fine', name: 'Fine' });
    library = new TemplateLibrary([{ kind: 'team', dir: team }]);
    expect(library.templates.map((t) => t.id)).toEqual(
      process.getuid?.() === 0 ? ['fine', 'locked'] : ['fine'],
    );
    expect(library.problems).toEqual([]);
  });

  it('reports a team file meant as a template that does not parse: cut short, or named *.template.json', () => {
    const team = tempDir();
    const whole = JSON.stringify({ ...situation, id: 'digest', name: 'Desk digest' });
    // A copy cut off at 500 characters (a sync stopped half way), and a BOM before another cut one.
    write(team, 'digest.json', whole.slice(0, 500));
    write(team, 'bom.json', `\uFEFF${whole.slice(0, 40)}`);
    write(team, 'desk.template.json', ['not', 'a', 'template']);
    write(team, 'config.json', { password: 'hunter2' });
    write(team, 'secrets.json', 'password=hunter2 not json');
    write(team, 'fine.json', { ...situation, id: 'fine', name: 'Fine' });
    library = new TemplateLibrary([{ kind: 'team', dir: team }]);
    expect(library.templates.map((t) => t.id)).toEqual(['fine']);
    const problems = Object.fromEntries(library.problems.map((p) => [p.file.split('/').pop(), p.message]));
    expect(Object.keys(problems).sort()).toEqual(['bom.json', 'desk.template.json', 'digest.json']);
    expect(problems['digest.json']).toBe('digest.json is not valid JSON (line 1, column 501).');
    expect(problems['desk.template.json']).toMatch(/^desk\.template\.json is not a valid template: /);
    // Where the file broke, never what it holds.
    expect(JSON.stringify(library.problems)).not.toContain('hunter2');
    expect(JSON.stringify(library.problems)).not.toContain('situation');
  });

  it('reads a template saved with a byte order mark (as Windows editors save UTF-8), in every folder', () => {
    const user = tempDir();
    const team = tempDir();
    const bom = (value: unknown) => `\uFEFF${JSON.stringify(value, null, 2)}`;
    write(user, 'mine.json', bom({ ...situation, id: 'mine', name: 'Mine', version: 1 }));
    write(team, 'desk.template.json', bom({ ...situation, id: 'desk', name: 'Desk', version: 1 }));
    library = new TemplateLibrary([
      { kind: 'user', dir: user },
      { kind: 'team', dir: team },
    ]);
    expect(library.problems).toEqual([]);
    expect(library.get('mine').name).toBe('Mine');
    expect(library.get('desk').name).toBe('Desk');
  });

  it('says so when a team folder is missing', () => {
    library = new TemplateLibrary([{ kind: 'team', dir: '/nonexistent/share' }]);
    expect(library.problems[0]?.message).toBe('The team folder /nonexistent/share cannot be found.');
  });

  it('sees a template dropped into a watched team folder', async () => {
    const team = tempDir();
    library = new TemplateLibrary([{ kind: 'team', dir: team }]);
    library.watch();
    const before = library.revision;
    write(team, 'late.json', { ...situation, id: 'late', name: 'Late arrival' });
    await expect.poll(() => library?.revision, { timeout: 5000 }).toBeGreaterThan(before);
    expect(library.get('late').name).toBe('Late arrival');
  });

  it('reads a templates folder made after watching began when the templates are next listed, and watches it', async () => {
    // A new analyst's own folder did not exist when the app started: the broken files put in it were
    // reported only once a template was imported there.
    const user = join(tempDir(), 'templates');
    library = new TemplateLibrary([
      { kind: 'built-in', dir: templatesDir },
      { kind: 'user', dir: user },
    ]);
    library.watch();
    write(user, 'cut-short.json', '{ "id": "cut", "sections": [');
    expect(library.problems).toEqual([]);
    library.rescanUnwatched();
    expect(library.problems.map((p) => p.file)).toEqual([join(user, 'cut-short.json')]);
    // Watched from then on: a file dropped in later is seen without asking.
    const before = library.revision;
    write(user, 'late.json', { ...situation, id: 'late', name: 'Late arrival' });
    await expect.poll(() => library?.revision, { timeout: 5000 }).toBeGreaterThan(before);
    expect(library.get('late').name).toBe('Late arrival');
  });

  it('saves a user template atomically and refuses an invalid one', async () => {
    const user = tempDir();
    library = new TemplateLibrary([{ kind: 'user', dir: user }]);
    const entry = await library.saveUserTemplate(
      JSON.stringify({ ...situation, id: 'desk-brief', name: 'Desk brief' }),
    );
    expect(entry.origin.file).toBe(join(user, 'desk-brief.json'));
    expect(JSON.parse(readFileSync(join(user, 'desk-brief.json'), 'utf8'))).toMatchObject({
      id: 'desk-brief',
    });
    await expect(library.saveUserTemplate(JSON.stringify({ ...situation, id: '../escape' }))).rejects.toThrow(
      /id must be lower-case/,
    );
  });
});

describe('team folders from settings', () => {
  it('adds a team folder through the API, validates it, and lists its templates', async () => {
    const { freshServices } = await import('../../helpers/fixtures');
    const services = freshServices();
    const handlers = services.handlers();
    const team = tempDir();
    write(team, 'desk.json', { ...situation, id: 'desk', name: 'Desk brief', team: 'Europe desk' });
    await expect(handlers['settings:update']({ teamFolders: ['relative/path'] })).rejects.toThrow(
      'must be a full path',
    );
    // A file, or a folder that does not exist, is not a team folder.
    await expect(handlers['settings:update']({ teamFolders: [join(team, 'desk.json')] })).rejects.toThrow(
      'is not a folder that exists',
    );
    await expect(handlers['settings:update']({ teamFolders: [join(team, 'nowhere')] })).rejects.toThrow(
      'is not a folder that exists',
    );
    expect(await handlers['settings:update']({ teamFolders: [team] })).toEqual({ teamFolders: [team] });
    const listing = await handlers['templates:list']({});
    expect(listing.entries.find((e) => e.template.id === 'desk')?.origin).toMatchObject({
      kind: 'team',
      folder: team,
    });
    expect(await handlers['settings:get']({})).toEqual({ teamFolders: [team] });
    services.close();
    const reopened = freshServices(services.options.dataDir);
    expect(reopened.templates.get('desk').team).toBe('Europe desk');
    reopened.close();
  });
});

describe('a briefing layout saved as a template', () => {
  it('is yours (not the team’s it came from), leaves parked content out, and saved again under its id is one version on', async () => {
    const { freshServices } = await import('../../helpers/fixtures');
    const services = freshServices();
    const handlers = services.handlers();
    const team = tempDir();
    write(team, 'desk.json', { ...situation, id: 'desk', name: 'Desk brief', team: 'Europe desk' });
    await handlers['settings:update']({ teamFolders: [team] });
    const briefing = await handlers['briefings:create']({
      templateId: 'desk',
      title: 'T',
      date: '2026-01-10',
    });
    // Content under a heading the template lacks (left by a template switch): parked, not a section.
    await handlers['briefings:update']({
      id: briefing.id,
      content: {
        ...briefing,
        sections: [
          { id: 'gone', heading: 'Gone', blocks: [{ id: 'p', content: [{ type: 'text', text: 'x' }] }] },
        ],
      },
    });
    const first = await handlers['templates:from-briefing']({
      briefingId: briefing.id,
      id: 'mine',
      name: 'Mine',
    });
    expect(first.origin.kind).toBe('user');
    expect(first.template.team).toBeUndefined();
    expect(first.template.version).toBe(1);
    expect(first.template.sections.map((s) => s.id)).toEqual(
      (situation.sections as Array<{ id: string }>).map((s) => s.id),
    );
    const again = await handlers['templates:from-briefing']({
      briefingId: briefing.id,
      id: 'mine',
      name: 'Mine',
    });
    expect(again.template.version).toBe(2);
    services.close();
  });
});
