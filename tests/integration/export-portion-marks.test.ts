import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../electron/services/services';
import { block } from '../helpers/builders';
import { briefing as cli, buildCliIfStale } from '../helpers/cli';
import { freshServices, repoRoot, tempDir } from '../helpers/fixtures';
import { docxPart, pandocNotes, pandocPlain, pdfText } from '../helpers/readers';

/**
 * Portion marks and release versions, read back by pandoc (DOCX) and poppler (PDF): a template that
 * prints marks, facts marked OFFICIAL-SENSITIVE and SECRET, a briefing citing them.
 */
let services: Services;
let briefingId = '';
const out = tempDir('briefing-marks-');
const file = (name: string) => join(out, name);
const flat = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  services = freshServices();
  const { store } = services;
  const base = JSON.parse(readFileSync(join(repoRoot, 'templates', 'situation-brief.json'), 'utf8')) as {
    style?: Record<string, unknown>;
  };
  const marked = {
    ...base,
    id: 'marked-brief',
    name: 'Marked brief',
    style: { ...base.style, portionMarks: true },
  };
  await services.templates.saveUserTemplate(JSON.stringify(marked), 'marked-brief.json');
  const template = services.templates.get('marked-brief');
  const reuters = store.createSource({ title: 'Talks stall', outlet: 'Reuters', grade: 'A' });
  const cable = store.createSource({ title: 'Embassy cable 41', outlet: 'Embassy Kyiv', grade: 'B' });
  const open = store.createFact({ sourceId: reuters.id, statement: 'Talks stalled.' });
  const sensitive = store.createFact({
    sourceId: reuters.id,
    statement: 'The envoy briefed ministers.',
    classification: 'OFFICIAL-SENSITIVE',
  });
  const secret = store.createFact({
    sourceId: cable.id,
    statement: 'The cable names the negotiator.',
    classification: 'secret',
  });
  const briefing = store.createBriefing(
    { templateId: template.id, title: 'Marked talks', date: '2025-12-16' },
    template,
  );
  briefingId = briefing.id;
  store.updateBriefing(
    briefing.id,
    {
      ...briefing,
      classification: 'secret',
      sections: [
        { id: 'bottom-line', blocks: [block('p1', 'The talks stalled.', [open.id])] },
        {
          id: 'key-developments',
          blocks: [
            block('p2', 'Ministers were briefed.', [sensitive.id, open.id]),
            block('p3', 'The negotiator is known.', [secret.id]),
            block('p4', 'Downgraded by hand.', [open.id], { marking: 'official-sensitive' }),
          ],
        },
      ],
    },
    template,
  );
  for (const [name, release] of [
    ['full', undefined],
    ['release', 'official-sensitive'],
  ] as const) {
    for (const format of ['docx', 'pdf'] as const) {
      const exported = await services.exportBriefing(briefingId, format, undefined, release);
      writeFileSync(file(`${name}.${format}`), exported.bytes);
      if (release) expect(exported.fileName).toBe(`Marked-talks-release-official-sensitive.${format}`);
    }
  }
});
afterAll(() => services.close());

describe('portion marks in the exports', () => {
  it('prints each paragraph’s mark before it: the highest it cites, the lowest where nothing is marked, or the one set by hand', () => {
    for (const text of [flat(pandocPlain(file('full.docx'))), flat(pdfText(file('full.pdf')))]) {
      expect(text).toMatch(/\(U\) The talks stalled\./);
      expect(text).toMatch(/\(OS\) Ministers were briefed\./);
      expect(text).toMatch(/\(S\) The negotiator is known\./);
      expect(text).toMatch(/\(OS\) Downgraded by hand\./);
    }
    expect(flat(pdfText(file('full.pdf')))).toMatch(/(^|[^-])SECRET/);
  });

  it('leaves out of a release version what is marked above its level, with its notes and sources, under its banner', () => {
    const banner = (docx: string) => flat(docxPart(docx, 'word/header1.xml').replace(/<[^>]+>/g, ' '));
    const pdf = flat(pdfText(file('release.pdf')));
    for (const text of [flat(pandocPlain(file('release.docx'))), pdf]) {
      expect(text).toMatch(/\(OS\) Ministers were briefed\./);
      expect(text).not.toContain('The negotiator is known');
      expect(text).not.toContain('Embassy cable 41');
    }
    expect(banner(file('full.docx'))).toContain('SECRET');
    for (const text of [banner(file('release.docx')), pdf]) {
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text).not.toMatch(/(^|[^-])SECRET/);
    }
    // Notes renumbered: the full brief has 4 (p2's two chips side by side are one note), the release 3
    // (the secret paragraph's note is gone).
    expect(pandocNotes(file('full.docx'))).toHaveLength(4);
    expect(pandocNotes(file('release.docx'))).toHaveLength(3);
  });

  it('warns when the banner is below the content', async () => {
    const briefing = services.store.getBriefing(briefingId);
    services.store.updateBriefing(
      briefingId,
      { ...briefing, classification: 'official' },
      services.templates.get('marked-brief'),
    );
    const findings = await services.checkBriefing(briefingId);
    expect(findings.find((f) => f.code === 'banner-below-content')?.message).toContain(
      'The banner is OFFICIAL, but “The negotiator is known.” in “Key developments” is marked SECRET',
    );
  });
});

describe('a marking the template does not have', () => {
  it('is left out of a release version (the banner is never lower than what is printed) and blocks the full brief', async () => {
    const { store } = services;
    // The daily news digest's markings stop at OFFICIAL; the fact is marked SECRET.
    const template = services.templates.get('daily-news-digest');
    const wire = store.createSource({ title: 'Gulf mediators push', outlet: 'Reuters', grade: 'C' });
    const open = store.createFact({ sourceId: wire.id, statement: 'Mediators met in Doha.' });
    const secret = store.createFact({
      sourceId: store.createSource({ title: 'Station report 7', outlet: 'Station Doha', grade: 'B' }).id,
      statement: 'The spokesman named the hostages.',
      classification: 'SECRET',
    });
    const digest = store.createBriefing(
      { templateId: template.id, title: 'Digest', date: '2025-12-16' },
      template,
    );
    store.updateBriefing(
      digest.id,
      {
        ...digest,
        classification: 'official',
        sections: [
          {
            id: 'headlines',
            blocks: [
              block('d1', 'Mediators met.', [open.id]),
              block('d2', 'The spokesman spoke of hostages.', [secret.id]),
            ],
          },
        ],
      },
      template,
    );
    const findings = await services.checkBriefing(digest.id, 'official');
    expect(findings.find((f) => f.code === 'release-leaves-out')?.message).toContain(
      '“SECRET”, which this template does not have, counts as above every level.',
    );
    for (const format of ['pdf', 'docx'] as const) {
      const exported = await services.exportBriefing(digest.id, format, undefined, 'official');
      writeFileSync(file(`digest-release.${format}`), exported.bytes);
    }
    for (const text of [
      flat(pdfText(file('digest-release.pdf'))),
      flat(pandocPlain(file('digest-release.docx'))),
    ]) {
      expect(text).toContain('Mediators met.');
      expect(text).not.toContain('hostages');
      expect(text).not.toContain('Station report 7');
    }
    expect(flat(pdfText(file('digest-release.pdf')))).toContain('OFFICIAL');
    await expect(services.exportBriefing(digest.id, 'pdf')).rejects.toThrow(
      /“SECRET”, which this template does not have .* so no banner of it covers the paragraph/,
    );
  });
});

describe('briefing build --release', () => {
  it(
    'renders a release version of a briefing file, refusing a level the template lacks',
    { timeout: 120_000 },
    async () => {
      const exported = await services.handlers()['briefings:export-file']({ id: briefingId });
      const briefingFile = file('marked.briefing.json');
      writeFileSync(briefingFile, Buffer.from(exported.dataBase64, 'base64'));
      const docx = file('cli-release.docx');
      buildCliIfStale();
      const ok = cli('build', briefingFile, '--out', docx, '--release', 'OFFICIAL');
      expect(ok.code, ok.err).toBe(0);
      const text = flat(pandocPlain(docx));
      expect(text).toMatch(/\(U\) The talks stalled\./);
      expect(text).not.toContain('Ministers were briefed');
      const bad = cli('build', briefingFile, '--out', file('x.docx'), '--release', 'cosmic');
      expect(bad.code).not.toBe(0);
      expect(bad.err).toContain('"cosmic" is not a classification of the template "Marked brief"');
      expect(execFileSync('ls', [out], { encoding: 'utf8' })).not.toContain('x.docx');
    },
  );
});
