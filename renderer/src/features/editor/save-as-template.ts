import type { Template } from '../../../../electron/core/template';
import { refreshTemplates } from '../../app/actions';
import { call } from '../../api/client';

/** A template id from a name: lower case, words joined by hyphens. */
export const templateIdFrom = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'my-template';

/**
 * Saves the briefing's layout (its sections as they stand) as a new template, named by the user.
 * Returns what to tell them, or null when they cancelled.
 */
export async function saveLayoutAsTemplate(briefingId: string, template: Template): Promise<string | null> {
  const name = window.prompt('Name of the new template', `${template.name} (my layout)`);
  if (!name) return null;
  const entry = await call('templates:from-briefing', { briefingId, id: templateIdFrom(name), name });
  await refreshTemplates();
  return `Saved the layout as the template “${entry.template.name}”.`;
}
