import type { TemplateEntry } from '../../../../electron/contract/api';
import { refreshTemplates } from '../../app/actions';
import { call } from '../../api/client';

/** A short, stable tag for a name with no Latin letter or digit (its id cannot be spelled from it). */
const nameTag = (name: string) => {
  let h = 0x811c9dc5;
  for (const c of name.normalize('NFC')) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(36);
};

/**
 * A template id from a name: lower case, words joined by hyphens ("My digest layout" → my-digest-layout);
 * a name in another script gets a tag of its own ("قالبي الخاص" → template-…), so two such names never share one.
 */
export const templateIdFrom = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50) || `template-${nameTag(name)}`;

const sameName = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0;

/**
 * Where a layout saved under `name` goes: over your own template of that name (`replaces`), or under an id
 * no template has — never over a built-in or team template, nor one of yours with another name.
 */
export function templateTarget(
  name: string,
  entries: readonly TemplateEntry[],
): { id: string; replaces?: TemplateEntry } {
  const base = templateIdFrom(name);
  const mine = entries.find((e) => e.template.id === base && e.origin.kind === 'user');
  if (mine && sameName(mine.template.name, name)) return { id: base, replaces: mine };
  let id = base;
  for (let n = 2; entries.some((e) => e.template.id === id); n++) id = `${base}-${n}`;
  return { id };
}

/** Saves the briefing's layout (its sections as they stand) as a template named `name`; what to tell the user. */
export async function saveLayoutAsTemplate(
  briefingId: string,
  name: string,
  entries: readonly TemplateEntry[],
): Promise<string> {
  const { id, replaces } = templateTarget(name, entries);
  const entry = await call('templates:from-briefing', { briefingId, id, name });
  await refreshTemplates();
  return replaces
    ? `Replaced your template “${entry.template.name}” with this layout (version ${entry.template.version}).`
    : `Saved the layout as the template “${entry.template.name}”.`;
}
