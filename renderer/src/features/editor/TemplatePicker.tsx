import { useState } from 'react';
import {
  proposeSectionMapping,
  switchedBriefing,
  type SectionMove,
} from '../../../../electron/core/section-mapping';
import { markingOnSwitch, type MarkingOnSwitch } from '../../../../electron/core/switch-marking';
import type { Template } from '../../../../electron/core/template';
import { change, undo } from '../../app/actions';
import { currentDraft, update, useApp } from '../../app/store';
import { TemplateSwitchDialog } from './TemplateSwitchDialog';

/**
 * The briefing's template, and switching it. Switching asks one question first: where each section's
 * content goes (the core's proposal: same id, same heading, same meaning; the rest parked), and, when
 * the new template does not have the briefing's marking, which of its markings to take. The switch
 * is then one step of the document's history: Ctrl+Z puts the briefing back on the previous template,
 * its sections as they were.
 */
export function TemplatePicker({ template, isBusy }: { template: Template; isBusy: boolean }) {
  const templates = useApp((s) => s.templates);
  const templateId = useApp((s) => s.history.present?.templateId);
  const [switching, setSwitching] = useState<{
    to: Template;
    proposal: SectionMove[];
    marking: MarkingOnSwitch;
  } | null>(null);

  const switchTo = (to: Template, moves: SectionMove[], classification?: string) => {
    setSwitching(null);
    const draft = currentDraft();
    if (!draft) return;
    const next = switchedBriefing(draft, template, to, moves, classification);
    change(next);
    const parked = moves.filter((m) => m.to === null).length;
    const was = template.classifications.find((c) => c.id === draft.classification)?.label;
    const now = to.classifications.find((c) => c.id === next.classification)?.label;
    const marked = was && now && was !== now ? `, marked ${now} (was ${was})` : '';
    update(() => ({
      editorMessage: {
        text: `Switched to ${to.name}${marked}${parked > 0 ? `: ${parked === 1 ? 'one section' : `${parked} sections`} parked at the end` : ''}.`,
        isError: false,
        about: next,
        action: { label: `Undo: back to ${template.name}`, run: undo },
      },
    }));
  };

  const askSwitch = (id: string) => {
    const to = templates.find((t) => t.id === id);
    const draft = currentDraft();
    if (!to || !draft || id === draft.templateId) return;
    const proposal = proposeSectionMapping(draft.sections, template, to);
    const marking = markingOnSwitch(draft.classification, template, to);
    // Nothing to ask: no content to place, and the marking carries over.
    if (proposal.length === 0 && marking.kind === 'kept') switchTo(to, []);
    else setSwitching({ to, proposal, marking });
  };

  return (
    <div className="field">
      <label htmlFor="briefing-template">Template</label>
      <select
        id="briefing-template"
        value={templateId}
        disabled={isBusy}
        onChange={(e) => askSwitch(e.target.value)}
      >
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      {switching ? (
        <TemplateSwitchDialog
          fromName={template.name}
          to={switching.to}
          proposal={switching.proposal}
          marking={switching.marking}
          onAccept={(moves, classification) => switchTo(switching.to, moves, classification)}
          onCancel={() => setSwitching(null)}
        />
      ) : null}
    </div>
  );
}
