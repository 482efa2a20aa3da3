import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockFactIds, type BriefingSection } from '../../electron/core/schemas';
import { createSampleBriefing } from '../../electron/services/sample';
import type { Services } from '../../electron/services/services';
import { articleText, freshServices, repoRoot, tempDir } from '../helpers/fixtures';
import { block } from '../helpers/builders';
import { libreOfficePdfs, pandocNotes, pandocPlain, pdfFonts, pdfText } from '../helpers/readers';

let services: Services;
const out = tempDir('briefing-templates-');
const briefings = new Map<string, string>();

/** A briefing per built-in template, its sections filled from the sample facts in turn. */
beforeAll(async () => {
  services = freshServices();
  const sampleId = await createSampleBriefing(services, articleText());
  const facts = services.store.getFacts(
    services.store.getBriefing(sampleId).sections.flatMap((s) => s.blocks.flatMap(blockFactIds)),
  );
  for (const template of services.templates.templates) {
    const b = services.store.createBriefing(
      { templateId: template.id, title: `Berlin talks — ${template.name}`, date: '2025-12-16' },
      template,
    );
    let next = 0;
    const sections: BriefingSection[] = template.sections.map((s, i) => ({
      id: s.id,
      blocks: [0, 1].map((j) => {
        const fact = facts[next++ % facts.length];
        return block(
          `${s.id}-${j}`,
          fact?.statement ?? '',
          fact ? [fact.id] : [],
          i === template.sections.length - 1 && j === 1 ? { isAssessment: true } : {},
        );
      }),
    }));
    const frontMatter = {
      recipients: 'Europe desk',
      author: 'A. Analyst',
      reference: 'BB-2025-117',
      subtitle: 'Where the talks stand',
    };
    services.store.updateBriefing(b.id, { ...b, frontMatter, sections }, template);
    briefings.set(template.id, b.id);
  }
});
afterAll(() => services.close());

describe.each(['situation-brief', 'policy-options-memo', 'daily-news-digest', 'background-note'])(
  '%s',
  (templateId) => {
    it('exports DOCX that pandoc reads, with its notes or in-text citations, headings and front matter', async () => {
      const template = services.templates.get(templateId);
      const file = await services.exportBriefing(briefings.get(templateId) ?? '', 'docx');
      const path = join(out, `${templateId}.docx`);
      writeFileSync(path, file.bytes);
      const text = pandocPlain(path);
      for (const s of template.sections) expect(text).toContain(s.heading);
      const notes = pandocNotes(path);
      if (template.citations.placement === 'author-date') {
        expect(notes).toEqual([]);
        // APA (via citeproc): no author, so the title stands in for it, short (its first four words).
        expect(text).toContain('(“Zelenskyy Rules out Recognising,” 2025)');
      } else {
        expect(notes).toHaveLength(file.noteCount);
        expect(notes.length).toBeGreaterThan(0);
        if (template.citations.showGrades) expect(notes[0]).toMatch(/\[B\d\]$/);
      }
      expect(text.includes(template.citations.sourceListTitle)).toBe(template.citations.sourceList);
      if (template.frontMatter.fields.includes('recipients')) expect(text).toContain('Europe desk');
      if (template.style.headingNumbering) expect(text).toContain(`1. ${template.sections[0]?.heading}`);
      if (template.sections.some((s) => s.kind === 'fact-table')) expect(text).toMatch(/Who said it/);
      expect(text).toContain('Assessment:');
      if (template.style.tableOfContents) {
        // The TOC field is written with its entries, before the first section's heading.
        const toc = text.slice(
          text.indexOf('Contents'),
          text.lastIndexOf(template.sections[0]?.heading ?? '?'),
        );
        for (const s of template.sections) expect(toc).toContain(s.heading);
        expect(toc).toContain(template.citations.sourceListTitle);
        expect(toc).not.toContain('Where the talks stand');
      }
    });

    it('exports a PDF that pdftotext reads, fonts embedded', async () => {
      const template = services.templates.get(templateId);
      const file = await services.exportBriefing(briefings.get(templateId) ?? '', 'pdf');
      const path = join(out, `${templateId}.pdf`);
      writeFileSync(path, file.bytes);
      const text = pdfText(path).replace(/\s+/g, ' ');
      for (const s of template.sections) expect(text).toContain(s.heading);
      expect(text).toContain(
        template.classifications.find((c) => c.id === template.defaultClassification)?.label ?? '?',
      );
      expect(text).toMatch(/Page 1 of \d/);
      if (template.style.tableOfContents) {
        // pdfmake's TOC: each heading with the page it landed on.
        const pages = pdfText(path).split('\f');
        const first = pages[0] ?? '';
        expect(first).toContain('Contents');
        for (const [i, s] of template.sections.entries()) {
          const line = new RegExp(`${i + 1}\\. ${s.heading}\\s+(\\d+)\\s*$`, 'm').exec(first);
          expect(line, s.heading).not.toBeNull();
          const page = Number(line?.[1]);
          expect(pages[page - 1]?.split('Contents').at(-1)).toContain(s.heading);
        }
      }
      expect(pdfFonts(path).filter((f) => !f.embedded)).toEqual([]);
      // One render model feeds both: the PDF carries the very note texts pandoc finds in the DOCX.
      const docxNotes = pandocNotes(join(out, `${templateId}.docx`));
      expect(docxNotes).toHaveLength(file.noteCount);
      // Notes may run over a page break (page furniture in between): compare each note's ends.
      for (const note of docxNotes.map((n) => n.replace(/\s+/g, ' '))) {
        expect(text).toContain(note.slice(0, 60));
        expect(text).toContain(note.slice(-20));
      }
      expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Author:\s+A\. Analyst/);
    });
  },
);

describe('LibreOffice opens every DOCX', () => {
  it("converts each built-in template's DOCX to PDF, footnotes at the foot of their page", async () => {
    const dir = tempDir('briefing-lo-');
    const ids = [...briefings.keys()];
    const files: string[] = [];
    for (const id of ids) {
      const path = join(dir, `${id}.docx`);
      writeFileSync(path, (await services.exportBriefing(briefings.get(id) ?? '', 'docx')).bytes);
      files.push(path);
    }
    libreOfficePdfs(files, { outdir: dir });
    for (const id of ids) {
      const pdf = join(dir, `${id}.pdf`);
      expect(existsSync(pdf), `${id}.pdf`).toBe(true);
      const template = services.templates.get(id);
      const pages = pdfText(pdf).split('\f');
      const model = (await services.exportBriefing(briefings.get(id) ?? '', 'docx')).noteCount;
      if (template.citations.placement !== 'footnotes') continue;
      expect(model).toBeGreaterThan(0);
      // The first note sits on page 1, below the body text and above the page footer.
      const first = pages[0]?.replace(/\s+/g, ' ') ?? '';
      const noteStart = pandocNotes(files[ids.indexOf(id)] ?? '')[0]?.slice(0, 25) ?? '?';
      const at = first.indexOf(noteStart);
      expect(at, `${id}: note 1 on page 1`).toBeGreaterThan(
        first.indexOf(template.sections[0]?.heading ?? '?'),
      );
      expect(first.indexOf('Page 1 of')).toBeGreaterThan(at);
    }
  }, 150_000);
});

describe('template rules at export', () => {
  it('blocks export while a field the template requires is empty, and says which', async () => {
    const id = briefings.get('policy-options-memo') ?? '';
    const b = services.store.getBriefing(id);
    const template = services.templates.get('policy-options-memo');
    services.store.updateBriefing(id, { ...b, frontMatter: { ...b.frontMatter, recipients: '' } }, template);
    await expect(services.exportBriefing(id, 'pdf')).rejects.toThrow(
      'The template requires Recipients; it is empty.',
    );
    services.store.updateBriefing(id, b, template);
    await expect(services.exportBriefing(id, 'pdf')).resolves.toBeDefined();
  });
});

describe('portable briefing file and the CLI', () => {
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [join(repoRoot, 'bin', 'briefing.mjs'), ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });

  it('a colleague opens the .briefing.json: same notes, facts matched not duplicated', async () => {
    const id = briefings.get('situation-brief') ?? '';
    const handlers = services.handlers();
    const file = await handlers['briefings:export-file']({ id });
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(file.fileName).toMatch(/\.briefing\.json$/);

    const colleague = freshServices();
    const opened = await colleague.importBriefingFile(text);
    const theirs = await colleague.exportBriefing(opened.id, 'docx');
    const ours = await services.exportBriefing(id, 'docx');
    const a = join(out, 'ours.docx');
    const b = join(out, 'theirs.docx');
    writeFileSync(a, ours.bytes);
    writeFileSync(b, theirs.bytes);
    expect(pandocNotes(b)).toEqual(pandocNotes(a));
    const facts = colleague.store.stats().facts;
    // Opened again: it is the same briefing, so the colleague is asked; as a copy, facts still matched.
    await expect(colleague.importBriefingFile(text)).rejects.toMatchObject({ code: 'briefing_exists' });
    await colleague.importBriefingFile(text, 'copy');
    expect(colleague.store.stats()).toMatchObject({ facts, briefings: 2 });
    colleague.close();

    const path = join(out, 'berlin.briefing.json');
    writeFileSync(path, text);
    if (!existsSync(join(repoRoot, 'dist', 'node', 'cli.mjs')))
      throw new Error('Run `npm run build` first (npm test does).');
    const built = join(out, 'built.pdf');
    expect(cli('build', path, '--out', built)).toContain(built);
    expect(pdfText(built)).toContain('Key developments');

    // A cited fact retracted since: the template (by default) refuses to build it, naming why.
    const file2 = JSON.parse(text) as {
      facts: Array<{ status: string; updatedAt: string }>;
      template: { citations: Record<string, unknown> };
    };
    for (const f of file2.facts) {
      f.status = 'retracted';
      f.updatedAt = '2026-11-30T09:00:00.000Z';
    }
    const retracted = join(out, 'retracted.briefing.json');
    writeFileSync(retracted, JSON.stringify(file2));
    const build = (input: string, output: string) =>
      spawnSync(process.execPath, [join(repoRoot, 'bin', 'briefing.mjs'), 'build', input, '--out', output], {
        encoding: 'utf8',
      });
    const refused = build(retracted, join(out, 'retracted.pdf'));
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/does not allow export yet: In “.+”: “.+” cites a RETRACTED fact/);
    expect(existsSync(join(out, 'retracted.pdf'))).toBe(false);

    // A template that makes it a warning: it builds, the CLI says so first, and each note says so.
    file2.template.citations.retracted = 'warn';
    writeFileSync(retracted, JSON.stringify(file2));
    for (const format of ['pdf', 'docx'] as const) {
      const output = join(out, `retracted.${format}`);
      const run = build(retracted, output);
      expect(run.status).toBe(0);
      expect(run.stderr.split('\n')[0]).toMatch(/^warning: In “.+”: “.+” cites a RETRACTED fact/);
      const notes = format === 'pdf' ? pdfText(output).replace(/\s+/g, ' ') : pandocNotes(output).join('\n');
      expect(notes.match(/\[Retracted 2026-11-30\]/g)?.length).toBe(pandocNotes(a).length);
    }
  });

  it('lists, validates and exports templates', () => {
    const list = cli('templates', 'list', '--data', tempDir());
    expect(list).toMatch(/situation-brief\s+v2\s+built-in\s+Situation brief/);
    const json = JSON.parse(cli('templates', 'list', '--json', '--data', tempDir())) as {
      entries: unknown[];
    };
    expect(json.entries.length).toBeGreaterThanOrEqual(4);
    const exported = join(out, 'exported.json');
    cli('templates', 'export', 'daily-news-digest', '--out', exported, '--data', tempDir());
    expect(cli('templates', 'validate', exported)).toContain('valid template "Daily news digest"');
    const bad = join(out, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        id: 'Bad Id',
        name: '',
        version: 0,
        classifications: [],
        defaultClassification: 'x',
        sections: [],
        citations: {},
      }),
    );
    let stderr = '';
    let status = 0;
    try {
      cli('templates', 'validate', bad);
    } catch (e) {
      stderr = String((e as { stderr: string }).stderr);
      status = (e as { status: number }).status;
    }
    expect(status).toBe(1);
    expect(stderr).toContain('id must be lower-case letters, digits and dashes.');
    expect(stderr).toContain('version must be a positive number.');
    expect(stderr).toContain('sections must have at least one section.');
  });
});
