-- A source is a CSL-JSON item: item_json holds the whole item (every variable, unknown ones kept).
-- The older columns (title, outlet, csl_type, authors_json, published, accessed, url, language) stay as
-- columns the store derives from the item on every write, for lists, filters and sorting; the item is
-- the one the user edits. Dates become partial dates (2019, 2019-03, 1990~, 2019/2020): *_start/*_end
-- are the first and last day they cover, which filters and sorting compare. doi, isbn and match_key
-- find duplicates; search_text is what a fact is found by through its source (title, outlet, names, DOI).
ALTER TABLE sources ADD COLUMN item_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(item_json));
ALTER TABLE sources ADD COLUMN doi TEXT;
ALTER TABLE sources ADD COLUMN isbn TEXT;
ALTER TABLE sources ADD COLUMN match_key TEXT;
ALTER TABLE sources ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN issued_start TEXT;
ALTER TABLE sources ADD COLUMN issued_end TEXT;
ALTER TABLE facts ADD COLUMN event_start TEXT;
ALTER TABLE facts ADD COLUMN event_end TEXT;

-- The item of every existing source, from its columns. 'Unknown outlet' was the old importers'
-- placeholder for "none", not a name: it is not carried into the item.
UPDATE sources SET item_json = json_object('id', id, 'type', csl_type, 'title', title);
UPDATE sources SET item_json = json_set(item_json, '$."container-title"', outlet)
WHERE outlet NOT IN ('', 'Unknown outlet') AND csl_type IN ('article', 'article-journal', 'article-magazine',
  'article-newspaper', 'broadcast', 'chapter', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'interview',
  'legal_case', 'paper-conference', 'post', 'post-weblog', 'review', 'review-book', 'webpage');
UPDATE sources SET item_json = json_set(item_json, '$.publisher', outlet)
WHERE outlet NOT IN ('', 'Unknown outlet') AND json_extract(item_json, '$."container-title"') IS NULL;
UPDATE sources SET outlet = '' WHERE outlet = 'Unknown outlet';
UPDATE sources SET item_json = json_set(item_json, '$.author', json(authors_json)) WHERE authors_json <> '[]';
UPDATE sources SET item_json = json_set(item_json, '$.issued', json_object('date-parts', json_array(json_array(
  CAST(substr(published, 1, 4) AS INTEGER), CAST(substr(published, 6, 2) AS INTEGER),
  CAST(substr(published, 9, 2) AS INTEGER)))))
WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';
UPDATE sources SET item_json = json_set(item_json, '$.accessed', json_object('date-parts', json_array(json_array(
  CAST(substr(accessed, 1, 4) AS INTEGER), CAST(substr(accessed, 6, 2) AS INTEGER),
  CAST(substr(accessed, 9, 2) AS INTEGER)))))
WHERE accessed GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';
UPDATE sources SET item_json = json_set(item_json, '$.URL', url) WHERE url IS NOT NULL;
UPDATE sources SET item_json = json_set(item_json, '$.language', language) WHERE language IS NOT NULL;
-- Older stores hold full days only, so a day's bounds are the day. match_key is filled in by the store
-- when it opens (it folds accents and punctuation, which SQL cannot do well).
UPDATE sources SET issued_start = published, issued_end = published WHERE published IS NOT NULL;
UPDATE sources SET search_text = concat_ws(' ', title, nullif(outlet, ''), (
  SELECT group_concat(concat_ws(' ', json_extract(value, '$.given'), json_extract(value, '$.family'),
    json_extract(value, '$.literal')), ' ')
  FROM json_each(authors_json)));
UPDATE facts SET event_start = event_date, event_end = event_date WHERE event_date IS NOT NULL;

CREATE INDEX sources_doi ON sources(doi) WHERE doi IS NOT NULL;
CREATE INDEX sources_isbn ON sources(isbn) WHERE isbn IS NOT NULL;
CREATE INDEX sources_match_key ON sources(match_key) WHERE match_key IS NOT NULL;
CREATE INDEX facts_event_start ON facts(event_start);

-- The search index's source column now holds the source's search_text, not its title alone.
DROP TRIGGER facts_fts_insert;
CREATE TRIGGER facts_fts_insert AFTER INSERT ON facts
WHEN (SELECT deferred FROM search_index_control WHERE id = 1) = 0
BEGIN
  INSERT INTO facts_fts (rowid, statement, quote, speaker, tags, source_title)
  VALUES (
    new.rowid,
    new.statement,
    coalesce(new.quote, ''),
    concat_ws(' ', new.speaker, new.speaker_role, new.relayed_by),
    coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM fact_tags WHERE fact_id = new.id), ''),
    coalesce((SELECT search_text FROM sources WHERE id = new.source_id), '')
  );
END;

DROP TRIGGER facts_fts_update;
CREATE TRIGGER facts_fts_update AFTER UPDATE OF statement, quote, speaker, speaker_role, relayed_by, source_id ON facts
WHEN old.statement IS NOT new.statement OR old.quote IS NOT new.quote OR old.speaker IS NOT new.speaker
  OR old.speaker_role IS NOT new.speaker_role OR old.relayed_by IS NOT new.relayed_by
  OR old.source_id IS NOT new.source_id
BEGIN
  UPDATE facts_fts SET
    statement = new.statement,
    quote = coalesce(new.quote, ''),
    speaker = concat_ws(' ', new.speaker, new.speaker_role, new.relayed_by),
    source_title = coalesce((SELECT search_text FROM sources WHERE id = new.source_id), '')
  WHERE rowid = new.rowid;
END;

DROP TRIGGER sources_fts_title;
CREATE TRIGGER sources_fts_search_text AFTER UPDATE OF search_text ON sources
WHEN old.search_text IS NOT new.search_text BEGIN
  UPDATE facts_fts SET source_title = new.search_text
  WHERE rowid IN (SELECT rowid FROM facts WHERE source_id = new.id);
END;

DELETE FROM facts_fts;

-- Index the facts a store already holds.
INSERT INTO facts_fts (rowid, statement, quote, speaker, tags, source_title)
SELECT
  f.rowid,
  f.statement,
  coalesce(f.quote, ''),
  concat_ws(' ', f.speaker, f.speaker_role, f.relayed_by),
  coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM fact_tags WHERE fact_id = f.id), ''),
  coalesce(s.search_text, '')
FROM facts f LEFT JOIN sources s ON s.id = f.source_id;
