-- Sources are matched on their address too (core/source-item.ts urlMatchKey): a reference file's entry at
-- the URL of a source the article importer made is that source, however the URL is written (scheme,
-- host case, `www.`, trailing slash, fragment, tracking parameters). The key is the app's own folding of
-- a URL, which SQL cannot do: the rows with a URL have their match_key cleared here and their derived
-- columns, url_key among them, written again by the app when it opens the store
-- (Store.fillDerivedColumns), as 0011's rows were.
ALTER TABLE sources ADD COLUMN url_key TEXT;
CREATE INDEX sources_url_key ON sources(url_key) WHERE url_key IS NOT NULL;
UPDATE sources SET match_key = NULL WHERE coalesce(url, '') <> '';
