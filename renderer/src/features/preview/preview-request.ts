import type { ChannelInput } from '../../../../electron/contract/api';
import { briefingContent } from '../../../../electron/core/briefing-edit';
import type { Briefing } from '../../../../electron/core/schemas';

/**
 * The `briefings:preview` request for a draft as the editor has it (unsaved content, and the template
 * it is on, a switch not saved yet included): the preview pane and the in-text citation chips ask alike.
 */
export const previewRequest = (draft: Briefing): ChannelInput<'briefings:preview'> => ({
  id: draft.id,
  content: briefingContent(draft),
  templateId: draft.templateId,
});
