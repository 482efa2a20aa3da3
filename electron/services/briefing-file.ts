import { z } from 'zod';
import { jsonErrorPlace } from '../core/json-error';
import { AppError, briefingExistsError, fromZodError } from '../core/errors';
import {
  Briefing,
  citedFactIds,
  copyTitle,
  Fact,
  Id,
  SourceInput,
  sourceInputOf,
  sourceRecord,
  type BriefingSection,
  type Source,
} from '../core/schemas';
import { Template } from '../core/template';
import type { OnExisting } from '../contract/api';
import type { LibraryStore } from './store/library-store';

/**
 * The version this app writes: 2 carries each block's `content` (chips in place, formatting, lists); 3
 * carries each source's whole CSL item (authors, editors, DOI, partial dates, every variable). The
 * briefing's `id` (so opening the file again can offer to replace it) is optional within version 3:
 * older files lack it and older readers drop it, so the version is unchanged.
 */
export const BRIEFING_FILE_VERSION = 3;
/** What every briefing file says it is, first. */
const FILE_FORMAT = 'briefing-builder-briefing';

/**
 * A source as a briefing file carries it: version 3 has its `item`; versions 1 and 2 the older fields
 * (title, outlet, authors, published, url…), read as a form's fields. Either way it is read as a
 * SourceInput (checked where the file is parsed), keeping the id the file's facts point at.
 */
const FileSource = z.looseObject({ id: Id }).transform((raw, ctx) => {
  const input = SourceInput.safeParse(sourceInputOf(raw));
  if (!input.success) {
    for (const issue of input.error.issues)
      ctx.addIssue({ ...issue, code: 'custom', message: issue.message });
    return z.NEVER;
  }
  return { id: raw.id, raw, input: input.data };
});

/**
 * A portable briefing (`.briefing.json`): the briefing, its template, and the facts and sources it
 * cites, so a colleague can open it on another machine. Version 1 files (blocks as `text` + `factIds`)
 * are still read: each block becomes its text followed by its chips.
 */
export const BriefingFile = z.object({
  format: z.literal(FILE_FORMAT, { error: 'is not a Briefing Builder briefing file.' }),
  version: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: 'must be 1, 2 or 3 (this app reads version 1 to 3 briefing files).',
  }),
  briefing: Briefing.omit({ id: true, createdAt: true, updatedAt: true }).extend({ id: Id.optional() }),
  template: Template,
  facts: z.array(Fact).max(100_000),
  sources: z.array(FileSource).max(100_000),
});
export type BriefingFile = z.infer<typeof BriefingFile>;
/** The sources a parsed briefing file carries, as Source records under the ids its facts cite. */
export const fileSources = (file: BriefingFile): Source[] =>
  file.sources.map((s) => sourceRecord(s.id, s.input));

/** A briefing file as written: its sources are Source records. */
export type BriefingFileOut = Omit<z.input<typeof BriefingFile>, 'sources'> & { sources: Source[] };

export async function briefingToFile(
  store: LibraryStore,
  briefingId: string,
  template: Template,
): Promise<BriefingFileOut> {
  const { createdAt: _c, updatedAt: _u, ...briefing } = await store.getBriefing(briefingId);
  const facts = await store.getFacts(citedFactIds(briefing.sections));
  const sources: Source[] = [];
  for (const id of new Set(facts.map((f) => f.sourceId))) {
    const source = await store.getSource(id);
    if (source) sources.push(source);
  }
  return {
    format: FILE_FORMAT,
    version: BRIEFING_FILE_VERSION,
    briefing,
    template,
    facts,
    sources,
  };
}

export function parseBriefingFile(text: string): BriefingFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_file', `The briefing file is not valid JSON${jsonErrorPlace(text, error)}.`);
  }
  // Another kind of JSON file altogether: one sentence, not a list of every field it lacks.
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== FILE_FORMAT)
    throw new AppError(
      'invalid_file',
      `The briefing file is not valid: it is not a Briefing Builder briefing file (those have "format": "${FILE_FORMAT}"). Open a .briefing.json file saved by the app.`,
      'format',
    );
  const parsed = BriefingFile.safeParse(json);
  if (!parsed.success) {
    const e = fromZodError(parsed.error);
    throw new AppError('invalid_file', `The briefing file is not valid: ${e.message}`, e.path, e.issues);
  }
  return parsed.data;
}

/** The live briefing in the store that a file's briefing is (same id), if any. */
export async function briefingInStore(
  store: LibraryStore,
  file: BriefingFile,
): Promise<Briefing | undefined> {
  const id = file.briefing.id;
  if (id === undefined) return undefined;
  try {
    return await store.getBriefing(id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  }
}

/**
 * Brings a briefing file into the store in one transaction. Sources and facts already in the store
 * are matched (by id, then by URL or title + outlet + date for sources, and by statement + quote for
 * facts) instead of duplicated; citations are re-pointed at the matched ids. When the file's briefing
 * is in the store, `onExisting` decides: `ask` refuses (briefing_exists, nothing written), `replace`
 * overwrites its content (as a save from the editor would, on `template`), `copy` adds a new briefing
 * titled as a copy. A briefing not in the store keeps the file's id, so opening the file again asks.
 */
export function importBriefingFile(
  library: LibraryStore,
  file: BriefingFile,
  template: Template,
  onExisting: OnExisting = 'ask',
): Promise<Briefing> {
  return library.transaction(async (store) => {
    const existing = await briefingInStore(store, file);
    if (existing && onExisting === 'ask') throw briefingExistsError(existing.title, existing.updatedAt);
    const sourceIds = new Map<string, string>();
    for (const s of file.sources) {
      const existing =
        (await store.getSource(s.id))?.id ?? (await store.findDuplicateSource(s.input.item))?.id;
      sourceIds.set(s.id, existing ?? (await store.createSource(s.input)).id);
    }
    const factIds = new Map<string, string>();
    for (const f of file.facts) {
      const sourceId = sourceIds.get(f.sourceId);
      if (!sourceId)
        throw new AppError(
          'invalid_file',
          `The fact "${f.statement.slice(0, 50)}" cites a source the file does not carry.`,
          'facts',
        );
      const existing =
        (await store.getFact(f.id))?.id ?? (await store.findFact(sourceId, f.statement, f.quote));
      const { id: _id, createdAt: _c, updatedAt: _u, ...input } = f;
      factIds.set(f.id, existing ?? (await store.createFact({ ...input, sourceId })).id);
    }
    const sections: BriefingSection[] = file.briefing.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => ({
        ...b,
        content: b.content.map((run) => {
          if (run.type !== 'cite') return run;
          const mapped = factIds.get(run.factId);
          if (!mapped)
            throw new AppError(
              'invalid_file',
              `A paragraph cites a fact the file does not carry (${run.factId}).`,
              'briefing.sections',
            );
          return { ...run, factId: mapped };
        }),
      })),
    }));
    const { id, templateId: _t, ...content } = file.briefing;
    if (!existing) return store.insertBriefing({ ...content, id, templateId: template.id, sections });
    if (onExisting === 'copy')
      return store.insertBriefing({
        ...content,
        title: copyTitle(content.title),
        templateId: template.id,
        sections,
      });
    // Replace: the briefing moves to the file's template, then takes the file's content through the
    // store's own save (classification checked, every citation known, its version moved on).
    // Over the version just read, as an editor's save is: one saved in between is refused, not lost.
    const base =
      existing.templateId !== template.id
        ? await store.switchTemplate(existing.id, template, content.classification)
        : existing;
    return store.updateBriefing(existing.id, { ...content, sections }, template, base.updatedAt);
  });
}
