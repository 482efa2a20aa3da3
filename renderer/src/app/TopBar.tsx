import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../electron/contract/api';
import { ModalFrame } from '../ui/modal-frame';

type Theme = 'system' | 'light' | 'dark';
const THEME_KEY = 'briefing-theme';
const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };

const SHORTCUTS: Array<[string, string]> = [
  ['Ctrl/⌘ + K', 'Search the library'],
  ['Ctrl/⌘ + Z', 'Undo (the whole briefing)'],
  ['Ctrl/⌘ + Y or Ctrl/⌘ + Shift + Z', 'Redo'],
  ['Ctrl/⌘ + E', 'Export: format, file name, classification and the pre-export check'],
  ['Tab / Shift + Tab', 'Move between controls; every action is a button or field'],
  ['Enter or Space on a fact', 'Open it to edit every field'],
  ['Escape in a fact or source form', 'Close it (asks first when it holds unsaved changes)'],
  ['Drag a fact onto a section', 'Into a sentence: a chip there; between paragraphs: a new paragraph'],
  ['“Add to briefing” on a fact', 'A new paragraph with its statement and chip, at the end of the section'],
  ['“Cite at cursor” on a fact', 'A chip at the caret of the section you were writing in'],
  ['Ctrl/⌘ + B, Ctrl/⌘ + I', 'Bold, italic (in a section)'],
  ['Ctrl/⌘ + Shift + K', 'Link: add, change or remove the link at the selection'],
  ['Ctrl/⌘ + Shift + 8 / 7', 'Bulleted / numbered list'],
  ['Ctrl/⌘ + Shift + 9', 'Mark the paragraph as assessment (or unmark it)'],
  ['Alt + ↑ / ↓', 'Move the paragraph up / down'],
  ['← / → onto a chip, then Enter', 'Open the cited fact and its source (Delete removes the chip)'],
  ['Shift + Tab from a section', 'Its formatting toolbar (← / → between the buttons)'],
  ['?', 'This list'],
];

function readTheme(): Theme {
  const t = localStorage.getItem(THEME_KEY);
  return t === 'light' || t === 'dark' ? t : 'system';
}

/** The app bar: name, mode, light/dark theme, and the keyboard help sheet. */
export function TopBar({ info }: { info: AppInfo | null }) {
  const [theme, setTheme] = useState<Theme>(readTheme);
  const [isHelpOpen, setHelpOpen] = useState(false);

  // The stylesheet knows only light and dark: "system" is resolved here, and follows the system's changes.
  useEffect(() => {
    localStorage.setItem(THEME_KEY, theme);
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme =
        theme === 'system' ? (media.matches ? 'dark' : 'light') : theme;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const isTyping = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key === '?' && !isTyping) setHelpOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <header className="topbar">
      <h1>Briefing Builder</h1>
      {info ? (
        <span className="muted" title={`Store: ${info.dataDir}`}>
          {info.mode === 'browser' ? 'Browser mode' : 'Desktop'} · v{info.version}
        </span>
      ) : null}
      <span className="spacer" />
      <button
        type="button"
        className="topbar-button"
        onClick={() => setTheme(NEXT[theme])}
        aria-label={`Theme: ${theme}. Switch to ${NEXT[theme]}`}
      >
        Theme: {theme}
      </button>
      <button
        type="button"
        className="topbar-button"
        onClick={() => setHelpOpen(true)}
        aria-label="Keyboard shortcuts"
      >
        ?
      </button>
      {isHelpOpen ? (
        <ModalFrame
          title="Keyboard shortcuts"
          initialFocus="[data-close]"
          onDismiss={() => setHelpOpen(false)}
        >
          <table className="shortcuts">
            <tbody>
              {SHORTCUTS.map(([keys, what]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" data-close onClick={() => setHelpOpen(false)}>
              Close
            </button>
          </div>
        </ModalFrame>
      ) : null}
    </header>
  );
}
