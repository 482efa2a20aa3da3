import { blockFactIds, type Briefing, type Source } from '../../../../electron/core/schemas';
import { call } from '../../api/client';
import { NO_IN_TEXT, update, useApp, type AppState, type InTextCitations } from '../../app/store';
import { authorDateText } from '../library/source-label';
import { previewRequest } from '../preview/preview-request';
import { factIdsOf } from './note-numbers';

/**
 * Author-date chips show the in-text citation the export prints ("(Toksabay & Spicer, 2025, para. 2)",
 * "(“Gulf Mediators Push,” 2025, para. 4)"), as the template's style formats it in the main process: the
 * render model the preview and the exporters use gives each block's citations (`inText`). It is asked for
 * once the briefing has rested after a change to what it cites (chips, their facts and sources, the
 * template), never for typing alone; until it comes, a chip shows the author and year read off its source.
 */

/** How long the briefing rests before its citations are formatted (as the preview's wait). */
const REST_MS = 300;

/**
 * What an author-date chip shows: its citation as the export prints it, when formatted for the chips the
 * block has now (the same fact at its place), else the author and year read off the source.
 */
export function chipInText(
  inText: InTextCitations,
  blockId: string | null,
  ordinal: number,
  factId: string,
  source: Source | undefined,
): string {
  const block = blockId ? inText.get(blockId) : undefined;
  const text = block?.factIds[ordinal] === factId ? block.texts[ordinal] : undefined;
  return text ?? authorDateText(source);
}

/**
 * What the chips' citations depend on: the template, each block's chips (facts in order, by block), and
 * the facts and sources as the app has them (an edited source or a fact's new locator changes them).
 */
function citationKey(s: AppState, ids: { facts: number; sources: number }): string | null {
  const draft = s.history.present;
  if (!draft || s.template?.citations.placement !== 'author-date') return null;
  const parts = [`${draft.id}|${s.template.id}@${s.template.version}|${ids.facts}|${ids.sources}`];
  for (const section of draft.sections)
    for (const block of section.blocks) {
      const factIds = factIdsOf(block);
      if (factIds.length > 0) parts.push(`${block.id}:${factIds.join(',')}`);
    }
  return parts.join(' ');
}

/** The block texts of `model.inText`, with the facts each block's chips cite in `draft`. */
function citationsOf(draft: Briefing, inText: Record<string, string[]> | undefined): InTextCitations {
  const out = new Map<string, { factIds: readonly string[]; texts: readonly string[] }>();
  if (!inText) return out;
  for (const section of draft.sections)
    for (const block of section.blocks) {
      const texts = inText[block.id];
      if (texts) out.set(block.id, { factIds: blockFactIds(block), texts });
    }
  return out;
}

/**
 * Keeps the store's `inText` up to date with the open briefing: once it has rested after a change, and
 * only when what its chips cite changed, the main process formats them (`briefings:preview`, the render
 * model as exported). Returns the function that stops it.
 */
export function watchInTextCitations(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let lastKey: string | null = null;
  let asked = 0;
  const ids = { facts: 0, sources: 0 };
  const format = () => {
    const s = useApp.getState();
    const key = citationKey(s, ids);
    if (key === lastKey) return;
    lastKey = key;
    const draft = s.history.present;
    const seq = ++asked;
    if (key === null || !draft) {
      if (s.inText !== NO_IN_TEXT) update(() => ({ inText: NO_IN_TEXT }));
      return;
    }
    call('briefings:preview', previewRequest(draft))
      .then((model) => {
        if (seq === asked) update(() => ({ inText: citationsOf(draft, model.inText) }));
      })
      // Content the store would refuse (the editor says why): the chips keep what they show, and the
      // next change asks again.
      .catch(() => {
        if (seq === asked) lastKey = null;
      });
  };
  const onTimer = () => {
    const wait = dueAt - performance.now();
    if (wait > 1) timer = setTimeout(onTimer, wait);
    else {
      timer = undefined;
      format();
    }
  };
  const stop = useApp.subscribe((s, prev) => {
    if (s.knownFacts !== prev.knownFacts) ids.facts++;
    if (s.sources !== prev.sources) ids.sources++;
    if (
      s.history.present === prev.history.present &&
      s.template === prev.template &&
      s.knownFacts === prev.knownFacts &&
      s.sources === prev.sources
    )
      return;
    if (s.history.present?.id !== prev.history.present?.id && s.inText !== NO_IN_TEXT)
      // Another briefing: none of the last one's citations.
      queueMicrotask(() => update(() => ({ inText: NO_IN_TEXT })));
    dueAt = performance.now() + REST_MS;
    timer ??= setTimeout(onTimer, REST_MS);
  });
  format();
  return () => {
    stop();
    clearTimeout(timer);
  };
}
