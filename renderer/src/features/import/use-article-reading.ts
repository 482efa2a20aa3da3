import { useCallback, useRef, useState } from 'react';
import type { contract } from '../../../../electron/contract/api';
import type { z } from 'zod';
import { ApiError, call, newExportId, watchExport } from '../../api/client';
import type { Reading } from './ReadingProgress';

type ReadInput = Omit<z.input<(typeof contract)['import:article-candidates']['input']>, 'exportId'>;
type ReadOutput = z.output<(typeof contract)['import:article-candidates']['output']>;

/**
 * Reading an article for its candidate facts: the run's progress, pushed by the app as it reads, and
 * Stop. `read` resolves to the candidates, or to null when the run was stopped; other failures throw.
 */
export function useArticleReading() {
  const [running, setRunning] = useState<Reading | null>(null);
  const [isStopped, setStopped] = useState(false);
  /**
   * Runs the analyst stopped. A Stop can land after the app finished reading but before its answer
   * arrives (the cancel then finds nothing running): that answer is dropped, so Stop always stops.
   */
  const stoppedRuns = useRef(new Set<string>());
  const runningId = useRef<string | null>(null);

  const read = useCallback(async (input: ReadInput): Promise<ReadOutput | null> => {
    setStopped(false);
    const exportId = newExportId();
    runningId.current = exportId;
    setRunning({ id: exportId, done: 0 });
    // Listening before the call starts, so no early event is missed.
    const unwatch = await watchExport(exportId, (e) => {
      if (e.stage === 'propose')
        setRunning((r) => (r?.id === exportId ? { ...r, done: e.done / e.total } : r));
    });
    try {
      const r = await call('import:article-candidates', { ...input, exportId });
      if (!stoppedRuns.current.has(exportId)) return r;
      setStopped(true);
      return null;
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'cancelled')) throw e;
      setStopped(true);
      return null;
    } finally {
      stoppedRuns.current.delete(exportId);
      unwatch();
      runningId.current = null;
      setRunning(null);
    }
  }, []);

  const stop = useCallback(async () => {
    const id = runningId.current;
    if (!id) return;
    stoppedRuns.current.add(id);
    await call('import:article-cancel', { exportId: id }).catch(() => undefined);
  }, []);

  const forgetStop = useCallback(() => setStopped(false), []);
  return { running, isStopped, read, stop, forgetStop };
}
