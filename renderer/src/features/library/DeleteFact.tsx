import { useState } from 'react';
import { FACT_IN_USE } from '../../../../electron/core/errors';
import type { Fact } from '../../../../electron/core/schemas';
import { ApiError, call } from '../../api/client';
import { ConfirmDialog } from '../../ui/confirm-dialog';

/**
 * Deleting a fact from its form: asked first, and final (not undoable: the store keeps its history
 * only). One a briefing cites (or, in a team library, a colleague may) is not deleted: the store's
 * answer names the briefings, and **Retract instead** starts a retraction in the form. The store is
 * asked before the question (`checkOnly`), so a delete it would refuse is said at once, not after a
 * "Delete for good?" answered for nothing.
 */
export function DeleteFact(props: { fact: Fact; onDeleted: (f: Fact) => void; onRetract: () => void }) {
  const [isAsking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; isInUse: boolean } | null>(null);
  const isRetracted = props.fact.status === 'retracted';

  const refused = (error: unknown) =>
    setRefusal({
      message: error instanceof Error ? error.message : String(error),
      isInUse: error instanceof ApiError && error.code === FACT_IN_USE,
    });

  async function ask() {
    setBusy(true);
    setRefusal(null);
    try {
      await call('facts:delete', { id: props.fact.id, checkOnly: true });
      setAsking(true);
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setAsking(false);
    setBusy(true);
    setRefusal(null);
    try {
      await call('facts:delete', { id: props.fact.id });
      props.onDeleted(props.fact);
    } catch (error) {
      // Cited or changed by someone meanwhile: said as before.
      refused(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {refusal ? (
        <div className="form-alert" role="alert" data-testid="fact-not-deleted">
          <p>{refusal.message}</p>
          {refusal.isInUse && !isRetracted ? (
            <div className="actions">
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setRefusal(null);
                  props.onRetract();
                }}
              >
                Retract instead
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void ask()}>
          Delete fact…
        </button>
      </div>
      {isAsking ? (
        <ConfirmDialog
          question="Delete this fact for good?"
          detail={`“${props.fact.statement}” is removed from the library. This cannot be undone (its history is kept). A fact a briefing cites is not deleted: you can retract it instead.`}
          confirmLabel="Delete fact"
          cancelLabel="Keep it"
          onConfirm={() => void remove()}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </>
  );
}
