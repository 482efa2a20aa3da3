/** The proposal running now: its id (for Stop) and the share done, pushed by the app as it reads. */
export interface Reading {
  id: string;
  done: number;
}

/** "Finding attributed facts… 40%" with its bar and Stop, or what a Stop left. */
export function ReadingProgress({
  running,
  isStopped,
  stoppedText = 'Stopped: nothing was proposed and nothing saved. Find attributed facts again when you are ready.',
  onStop,
}: {
  running: Reading | null;
  isStopped: boolean;
  /** What a Stop left, where the analyst is. */
  stoppedText?: string;
  onStop: () => void;
}) {
  if (running)
    return (
      <p className="hint" role="status">
        Finding attributed facts… {Math.round(running.done * 100)}%{' '}
        <progress aria-label="Finding attributed facts" value={running.done} max={1} />{' '}
        <button type="button" className="secondary" onClick={onStop}>
          Stop
        </button>
      </p>
    );
  if (isStopped)
    return (
      <p className="hint" role="status">
        {stoppedText}
      </p>
    );
  return null;
}
