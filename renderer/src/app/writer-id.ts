/**
 * This editor session's name for its briefing saves (`writerId`): random per tab or window, the same
 * after a reload, so the store never refuses the tab's own saves against each other (a save sent as
 * the page left, or the draft brought back after a reload, from an older version than its own last
 * save). Another tab is another writer, whose saves in between still refuse them.
 *
 * Kept in sessionStorage across a reload, but taken out while the page is open and put back only as it
 * leaves: a tab duplicated from this one (which copies sessionStorage) gets a writer id of its own.
 */
const WRITER_KEY = 'briefing-writer-id';
/** The number of this writer's last save, kept as each is sent (see `nextSaveSeq`). */
const SEQ_KEY = 'briefing-writer-seq';

function newWriterId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The writer id kept by the page before this one (a reload), with the number of its last save. */
function takeWriter(): { id: string; seq: number } {
  try {
    const kept = sessionStorage.getItem(WRITER_KEY);
    sessionStorage.removeItem(WRITER_KEY);
    const seq = Number(sessionStorage.getItem(SEQ_KEY) ?? 'NaN');
    // Without its save number the id is not reused: the store would ignore this page's first saves.
    if (kept && /^[0-9a-f]{32}$/.test(kept) && Number.isSafeInteger(seq) && seq >= 0)
      return { id: kept, seq };
  } catch {
    // Storage refused: a writer id for this page only.
  }
  return { id: newWriterId(), seq: 0 };
}

const taken = takeWriter();

/** This tab's (or window's) writer id. */
export const writerId: string = taken.id;

let lastSeq = taken.seq;

/**
 * The number of this writer's next save (`writerSeq`): each save sent takes one, larger than the last,
 * after a reload too, so the store can ignore a save that arrives after a later one of this writer (an
 * autosave still on its way when the page left). Kept as it is taken: the save sent as the page leaves
 * takes one after the id is put back.
 */
export function nextSaveSeq(): number {
  lastSeq += 1;
  try {
    sessionStorage.setItem(SEQ_KEY, String(lastSeq));
  } catch {
    // Storage refused: the id is not put back either, so a reloaded page is a new writer.
  }
  return lastSeq;
}

const putBack = () => {
  try {
    sessionStorage.setItem(WRITER_KEY, writerId);
  } catch {
    // Storage refused: the reloaded page is a new writer (a save of this one may then be refused).
  }
};
window.addEventListener('pagehide', putBack);
// Back from the back/forward cache: open again, so out of sessionStorage again.
window.addEventListener('pageshow', (e) => {
  if (e.persisted) sessionStorage.removeItem(WRITER_KEY);
});
