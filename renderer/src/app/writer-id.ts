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

function newWriterId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function takeWriterId(): string {
  try {
    const kept = sessionStorage.getItem(WRITER_KEY);
    sessionStorage.removeItem(WRITER_KEY);
    if (kept && /^[0-9a-f]{32}$/.test(kept)) return kept;
  } catch {
    // Storage refused: a writer id for this page only.
  }
  return newWriterId();
}

/** This tab's (or window's) writer id. */
export const writerId: string = takeWriterId();

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
