// Saving: the article becomes a source and the accepted candidates its facts, in one transaction.
import type { z } from 'zod';
import { FactInput, SourceInput } from '../../../core/schemas';
import type { ImportReport, contract } from '../../../contract/api';
import type { Store } from '../../store/store';
import { ImportBatch, rowError } from '../batch';

export type ArticleImportInput = z.input<(typeof contract)['import:article']['input']>;

/** Saves the article as a source and the accepted facts, in one transaction. */
export function importArticle(store: Store, input: ArticleImportInput): ImportReport {
  const source = SourceInput.safeParse(input.source);
  if (!source.success) throw rowError('Source', source.error, 'source');
  const batch = new ImportBatch(store);
  return batch.run(() => {
    // Importing the same article again adds only the facts that are new.
    const { id } = batch.addSource(source.data, undefined, 'Article');
    input.facts.forEach((fact, index) => {
      const parsed = FactInput.safeParse({ ...fact, sourceId: id });
      if (!parsed.success) throw rowError(`Fact ${index + 1}`, parsed.error, `facts.${index}`);
      batch.addFact(parsed.data, index + 1, `Fact ${index + 1}`);
    });
  });
}
