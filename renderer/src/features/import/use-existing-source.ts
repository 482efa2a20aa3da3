import { useEffect, useState } from 'react';
import type { ImportDuplicate } from '../../../../electron/contract/api';
import { partialToCslDate } from '../../../../electron/core/partial-date';
import { call } from '../../api/client';
import { SOURCE_CHECK_PAUSE_MS } from '../../ui/limits';

export type ExistingSource = NonNullable<ImportDuplicate['match']>;

interface ArticleMeta {
  title: string;
  outlet: string;
  published: string;
  url: string;
}

/**
 * The source already in the library that the article would be saved onto, if any: asked of the app's
 * own duplicate rule (same URL, or same title and year, as every import matches sources) through the
 * source import's preview, which writes nothing. Asked once the fields rest, and again when they change.
 */
export function useExistingSource(meta: ArticleMeta, isActive: boolean): ExistingSource | null {
  const [found, setFound] = useState<{ for: string; match: ExistingSource | null } | null>(null);
  const title = meta.title.trim();
  const url = meta.url.trim();
  const issued = partialToCslDate(meta.published.trim());
  const item = {
    id: 'article',
    // As the article's source is saved (core/schemas SourceInput): a newspaper article.
    type: 'article-newspaper',
    title,
    ...(meta.outlet.trim() ? { 'container-title': meta.outlet.trim() } : {}),
    ...(url ? { URL: url } : {}),
    ...(issued ? { issued } : {}),
  };
  const text = JSON.stringify([item]);
  const isAskable = isActive && (title !== '' || url !== '');
  useEffect(() => {
    if (!isAskable) return;
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      call('import:sources-preview', { format: 'csl-json', text })
        .then((p) => {
          if (isCurrent) setFound({ for: text, match: p.duplicates[0]?.match ?? null });
        })
        .catch(() => undefined);
    }, SOURCE_CHECK_PAUSE_MS);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [isAskable, text]);
  // An answer about other fields than these says nothing about them.
  return isAskable && found?.for === text ? found.match : null;
}
