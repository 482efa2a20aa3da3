-- Sources are matched on their address too (core/source-item.ts urlMatchKey), as in the local store's
-- 0013: a reference file's entry at the URL of a source the article importer made is that source, however
-- the URL is written (scheme, host case, `www.`, trailing slash, fragment, tracking parameters). The key
-- is the app's own folding of a URL (it parses the URL as browsers do), so the rows a library has are
-- keyed by the app in the same transaction, right after this (migrations.ts, the migration's `fill`).
ALTER TABLE sources ADD COLUMN url_key text;
CREATE INDEX sources_url_key ON sources (url_key) WHERE url_key IS NOT NULL;
