import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

export interface PaneWidths {
  library: number;
  preview: number;
}

const STORAGE_KEY = 'briefing-pane-widths';
export const PANE_LIMITS = {
  library: { min: 300, max: 900, initial: 460 },
  preview: { min: 280, max: 900, initial: 420 },
  /** The briefing in the middle keeps at least this much. */
  editorMin: 420,
} as const;
const STEP = 16;
const BIG_STEP = 80;

const clamp = (n: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, n)));

function readStored(): PaneWidths {
  const fallback = { library: PANE_LIMITS.library.initial, preview: PANE_LIMITS.preview.initial };
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<PaneWidths> | null;
    if (!raw) return fallback;
    const pick = (v: unknown, pane: 'library' | 'preview') =>
      typeof v === 'number' && Number.isFinite(v)
        ? clamp(v, PANE_LIMITS[pane].min, PANE_LIMITS[pane].max)
        : fallback[pane];
    return { library: pick(raw.library, 'library'), preview: pick(raw.preview, 'preview') };
  } catch {
    return fallback;
  }
}

/** The side panes' widths in pixels, remembered in localStorage (per user profile) across launches. */
export function usePaneWidths() {
  const [widths, setWidths] = useState<PaneWidths>(readStored);
  const set = useCallback((pane: keyof PaneWidths, px: number) => {
    setWidths((old) => {
      const next = { ...old, [pane]: clamp(px, PANE_LIMITS[pane].min, PANE_LIMITS[pane].max) };
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [widths, set] as const;
}

interface SplitterProps {
  /** Which pane this handle resizes. */
  pane: keyof PaneWidths;
  label: string;
  controls: string;
  value: number;
  /** The widest the pane may be right now (so the briefing keeps its minimum). */
  max: number;
  onChange: (px: number) => void;
}

/**
 * A vertical drag handle between two panes: pointer drag, or focus it and use ArrowLeft/ArrowRight
 * (Shift for bigger steps), Home/End. The value is the width of the pane it resizes.
 */
export function PaneSplitter({ pane, label, controls, value, max, onChange }: SplitterProps) {
  const { min } = PANE_LIMITS[pane];
  const upper = Math.max(min, max);
  // Dragging right widens the library (left of its handle) but narrows the preview (right of its handle).
  const sign = pane === 'library' ? 1 : -1;
  const drag = useRef<{ x: number; start: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    drag.current = { x: e.clientX, start: value };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onChange(clamp(drag.current.start + sign * (e.clientX - drag.current.x), min, upper));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    let next: number | null = null;
    if (e.key === 'ArrowLeft') next = value - sign * step;
    else if (e.key === 'ArrowRight') next = value + sign * step;
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = upper;
    if (next === null) return;
    e.preventDefault();
    onChange(clamp(next, min, upper));
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={upper}
      aria-valuetext={`${value} pixels`}
      tabIndex={0}
      data-pane={pane}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
