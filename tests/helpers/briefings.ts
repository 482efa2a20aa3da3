import type { Briefing } from '../../electron/core/schemas';
import type { Template } from '../../electron/core/template';
import type { LibraryStore } from '../../electron/services/store/library-store';

/**
 * A situation brief whose first section is one paragraph, `text` then a chip citing `factId`, saved in
 * `store` (either engine).
 */
export async function briefingCiting(
  store: LibraryStore,
  template: Template,
  factId: string,
  { title, text }: { title: string; text: string },
): Promise<Briefing> {
  const created = await store.createBriefing(
    { templateId: template.id, title, date: '2025-12-16' },
    template,
  );
  const sections = created.sections.map((s, i) =>
    i === 0
      ? {
          ...s,
          blocks: [
            {
              id: 'b1',
              content: [
                { type: 'text' as const, text },
                { type: 'cite' as const, factId },
              ],
            },
          ],
        }
      : s,
  );
  return store.updateBriefing(created.id, { ...created, sections }, template);
}
