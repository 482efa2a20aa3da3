import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefingSection, Fact, Source } from '../../electron/core/schemas';
import { BRIEFING_FILE_VERSION } from '../../electron/services/briefing-file';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

/** A built-in template as its file has it (a test may change it and give it an id of its own). */
export const builtInTemplate = (id: string): { id: string } & Record<string, unknown> =>
  JSON.parse(readFileSync(join(templatesDir, `${id}.json`), 'utf8')) as { id: string } & Record<
    string,
    unknown
  >;

/**
 * A portable briefing file (`.briefing.json`), as the app writes one, on a built-in template (by id) or
 * on the template given: a test opens it (`openBriefingFile`) to have a briefing with exactly these
 * facts and sources in a fresh store.
 */
export function briefingFileBytes(
  on: string | { id: string },
  content: {
    title: string;
    date?: string;
    classification?: string;
    sections: BriefingSection[];
    sources: Source[];
    facts: Fact[];
  },
): Buffer {
  const template = typeof on === 'string' ? builtInTemplate(on) : on;
  return Buffer.from(
    JSON.stringify({
      format: 'briefing-builder-briefing',
      version: BRIEFING_FILE_VERSION,
      template,
      briefing: {
        templateId: template.id,
        title: content.title,
        date: content.date ?? '2026-01-10',
        classification: content.classification ?? 'official',
        frontMatter: {},
        sections: content.sections,
      },
      sources: content.sources,
      facts: content.facts,
    }),
  );
}
