import { plural } from './plural';

/** A backed-up template and what a restore does with it (the contract's BackupTemplate). */
interface TemplateInBackup {
  file: string;
  id?: string | undefined;
  name?: string | undefined;
  action: 'added' | 'unchanged' | 'kept-both';
  as?: { file: string; id?: string | undefined; name?: string | undefined } | undefined;
}

const label = (t: TemplateInBackup) => (t.name ? `“${t.name}”` : t.file);

/**
 * What a restore does (`isDone` false: will do) with a backup's templates, in one sentence per kind:
 * "Your templates: 2 brought back (“Weekly”, “Desk note”); 1 already here; “Daily” differs from yours
 * with the same id: both are kept, the backup's as “Daily (restored)”."
 */
export function restoredTemplatesText(
  templates: readonly TemplateInBackup[] | undefined,
  isDone = true,
): string {
  if (!templates)
    return 'Your templates: this backup was made before backups held them; the templates folder is left as it is.';
  if (templates.length === 0) return 'Your templates: the backup holds none of your own.';
  const added = templates.filter((t) => t.action === 'added');
  const same = templates.filter((t) => t.action === 'unchanged');
  const both = templates.filter((t) => t.action === 'kept-both');
  const parts: string[] = [];
  if (added.length > 0)
    parts.push(
      `${plural(added.length, isDone ? 'brought back' : 'to bring back', isDone ? 'brought back' : 'to bring back')} (${added.map(label).join(', ')})`,
    );
  if (same.length > 0) parts.push(`${plural(same.length, 'already here', 'already here')}`);
  for (const t of both)
    parts.push(
      `${label(t)} differs from yours with the same ${t.as?.id ? 'id' : 'file name'}: both ${isDone ? 'are' : 'will be'} kept, the backup's as ${t.as?.name ? `“${t.as.name}”` : t.as?.file}`,
    );
  return `Your templates: ${parts.join('; ')}.`;
}
