import type { MouseEvent } from 'react';

/** What each link moves to: the first place to type in its pane, else its first control, else the pane. */
const TARGETS = {
  briefing: { pane: 'main .pane.editor', first: '[contenteditable="true"]' },
  library: { pane: '#library-pane', first: '#library-search' },
} as const;

const FOCUSABLE = 'input, select, textarea, button, [contenteditable="true"], a[href], [tabindex="0"]';

function moveFocus(to: keyof typeof TARGETS): void {
  const { pane, first } = TARGETS[to];
  const root = document.querySelector<HTMLElement>(pane);
  if (!root) return;
  const target =
    root.querySelector<HTMLElement>(first) ??
    [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => !el.matches(':disabled')) ??
    root;
  if (target === root && !root.hasAttribute('tabindex')) root.tabIndex = -1;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

/**
 * The page's first focusable elements, shown only when focused: past the library's many controls (every
 * fact card holds several) to the briefing being written, or to the library's search. The address's
 * fragment is the session's (#token=…): the links move focus themselves and leave it alone.
 */
export function SkipLinks() {
  const skip = (to: keyof typeof TARGETS) => (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    moveFocus(to);
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a href="#editor-heading" className="skip-link" onClick={skip('briefing')}>
        Skip to briefing
      </a>
      <a href="#library-heading" className="skip-link" onClick={skip('library')}>
        Skip to library
      </a>
    </nav>
  );
}
