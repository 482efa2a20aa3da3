import { useState } from 'react';
import { plural } from '../../../../electron/core/plural';
import type { SectionMove } from '../../../../electron/core/section-mapping';
import type { MarkingOnSwitch } from '../../../../electron/core/switch-marking';
import type { Template } from '../../../../electron/core/template';
import { ModalFrame } from '../../ui/modal-frame';

interface Props {
  /** The template the briefing is leaving (for its name). */
  fromName: string;
  to: Template;
  /** The proposal: where each section with content goes. */
  proposal: readonly SectionMove[];
  /** What becomes of the briefing's marking: kept, or the writer's choice among the new template's. */
  marking: MarkingOnSwitch;
  /** `classification`: the marking chosen here (absent when the briefing's is kept). */
  onAccept: (moves: SectionMove[], classification?: string) => void;
  onCancel: () => void;
}

const PARK = '';

/** Why the proposal put a section where it did, in the writer's words. */
function reasonText(move: SectionMove, chosen: string | null, to: Template): string {
  if (chosen === null) return move.to === null ? 'No matching section: parked.' : 'Parked by you.';
  if (chosen !== move.to) return 'Chosen by you.';
  const heading = to.sections.find((t) => t.id === chosen)?.heading ?? chosen;
  switch (move.reason) {
    case 'id':
      return 'Same section.';
    case 'heading':
      return 'Same heading.';
    case 'meaning':
      return `“${move.heading}” reads as “${heading}”.`;
    case 'nearest':
      return `No section like “${move.heading}”: “${heading}” is the nearest.`;
    default:
      return '';
  }
}

/**
 * The one question a template switch asks: where each section's content goes. Every section with
 * content is listed with the proposed target (same id, same heading, same meaning); the writer accepts
 * it all, or changes any row to another section or to "Park" (kept aside, placed later). When the new
 * template does not have the briefing's marking, the dialog says so and asks for one of its markings,
 * with none chosen in advance: a marking is never lowered without the writer choosing it. Nothing is
 * switched until "Switch template".
 */
export function TemplateSwitchDialog({ fromName, to, proposal, marking, onAccept, onCancel }: Props) {
  const [classification, setClassification] = useState('');
  const needsMarking = marking.kind === 'choose' && classification === '';
  const [choices, setChoices] = useState<Record<string, string | null>>(() =>
    Object.fromEntries(proposal.map((m) => [m.from, m.to])),
  );
  const chosen = (m: SectionMove) => choices[m.from] ?? null;
  const parkedCount = proposal.filter((m) => chosen(m) === null).length;
  const filled = new Set(proposal.map(chosen).filter((t): t is string => t !== null));
  const empty = to.sections.filter((t) => !filled.has(t.id));

  return (
    <ModalFrame
      className="switch-dialog"
      title={<>Switch to {to.name}</>}
      description={
        <>
          Where the content of {fromName} goes. Change any section&apos;s target, or park it to place later;
          parked text keeps its citations and is never lost.
        </>
      }
      initialFocus={marking.kind === 'choose' ? '#switch-marking' : '[data-accept]'}
      onDismiss={onCancel}
    >
      {marking.kind === 'choose' ? (
        <div className="switch-marking field">
          <p id="switch-marking-why" className="warning" data-testid="switch-marking-warning">
            <strong>{marking.message}</strong> Choose its marking on {to.name}
            {marking.isLowering ? ': any of them is lower than ' + marking.current : ''}. Nothing is lowered
            unless you choose it.
          </p>
          <label htmlFor="switch-marking">Marking on {to.name}</label>
          <select
            id="switch-marking"
            aria-describedby="switch-marking-why"
            value={classification}
            onChange={(e) => setClassification(e.target.value)}
          >
            <option value="" disabled>
              Choose a marking…
            </option>
            {marking.options.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {proposal.length > 0 ? (
        <table className="switch-map">
          <thead>
            <tr>
              <th scope="col">Section now</th>
              <th scope="col">Goes to</th>
            </tr>
          </thead>
          <tbody>
            {proposal.map((m) => (
              <tr key={m.from} data-testid="switch-row">
                <th scope="row">
                  <span className="switch-from">{m.heading}</span>
                  <span className="muted">
                    {plural(m.blockCount, 'paragraph', 'paragraphs')},{' '}
                    {plural(m.citationCount, 'citation', 'citations')}
                    {m.uncitedCount > 0 ? `, ${m.uncitedCount} citing no fact` : ''}
                  </span>
                </th>
                <td>
                  <select
                    aria-label={`Where “${m.heading}” goes`}
                    value={chosen(m) ?? PARK}
                    onChange={(e) =>
                      setChoices((c) => ({ ...c, [m.from]: e.target.value === PARK ? null : e.target.value }))
                    }
                  >
                    {to.sections.map((t) => {
                      const unheld = t.kind === 'fact-table' && m.uncitedCount > 0;
                      return (
                        <option key={t.id} value={t.id} disabled={unheld}>
                          {t.heading}
                          {unheld ? ' (a fact table: cite a fact in every paragraph first)' : ''}
                        </option>
                      );
                    })}
                    <option value={PARK}>Park (keep aside)</option>
                  </select>
                  <span className="switch-reason muted">{reasonText(m, chosen(m), to)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {empty.length > 0 ? (
        <p className="muted">Starts empty: {empty.map((t) => t.heading).join(', ')}.</p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          data-accept
          disabled={needsMarking}
          onClick={() =>
            onAccept(
              proposal.map((m) => ({ ...m, to: chosen(m) })),
              classification === '' ? undefined : classification,
            )
          }
        >
          Switch template{parkedCount > 0 ? ` (${plural(parkedCount, 'section', 'sections')} parked)` : ''}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalFrame>
  );
}
