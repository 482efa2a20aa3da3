-- Full-text search over the fact library, and saved searches.
--
-- One FTS5 row per fact, keyed by facts.rowid (stable: the facts table is only ever appended to, and
-- VACUUM / VACUUM INTO keep rowids in the SQLite this app bundles). The index keeps its own copy of the
-- text (not external content) so that the triggers below can rewrite a row without having to reproduce
-- its old values exactly, and so snippet()/highlight() work. Triggers, not application code, keep it in
-- sync: every writer (Store, the bulk importer, plain SQL) gets it for free.
--
-- detail=full is needed for "phrase" queries; bm25 needs the column sizes (columnsize=1, the default).
-- No prefix index: prefix terms are at least two characters long (see search.ts) and a prefix index
-- would slow every import for a rare kind of query.
CREATE VIRTUAL TABLE facts_fts USING fts5(
  statement,
  quote,
  speaker,       -- speaker, role and relayed-by, space-separated
  tags,          -- the fact's tags, space-separated
  source_title,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Set to 1 only inside the transaction of a bulk insert (store/bulk.ts), which then indexes all its new
-- rows with one INSERT … SELECT and sets it back to 0 before committing, so no other connection ever
-- sees it set. Why: a trigger-fired FTS5 insert runs inside a statement savepoint, and FTS5 flushes its
-- in-memory term buffer at every savepoint, writing one tiny segment per fact; that made a 100k import
-- four times slower than indexing the same rows in one statement.
CREATE TABLE search_index_control (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  deferred INTEGER NOT NULL CHECK (deferred IN (0, 1))
) STRICT;
INSERT INTO search_index_control (id, deferred) VALUES (1, 0);

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
    coalesce((SELECT title FROM sources WHERE id = new.source_id), '')
  );
END;

-- Store.updateFact sets every column; only rewrite the index row when indexed text really changed.
CREATE TRIGGER facts_fts_update AFTER UPDATE OF statement, quote, speaker, speaker_role, relayed_by, source_id ON facts
WHEN old.statement IS NOT new.statement OR old.quote IS NOT new.quote OR old.speaker IS NOT new.speaker
  OR old.speaker_role IS NOT new.speaker_role OR old.relayed_by IS NOT new.relayed_by
  OR old.source_id IS NOT new.source_id
BEGIN
  UPDATE facts_fts SET
    statement = new.statement,
    quote = coalesce(new.quote, ''),
    speaker = concat_ws(' ', new.speaker, new.speaker_role, new.relayed_by),
    source_title = coalesce((SELECT title FROM sources WHERE id = new.source_id), '')
  WHERE rowid = new.rowid;
END;

CREATE TRIGGER facts_fts_delete AFTER DELETE ON facts BEGIN
  DELETE FROM facts_fts WHERE rowid = old.rowid;
END;

-- Tag changes rewrite the fact's tags column. The WHEN clauses skip tags of a fact that does not exist
-- (deleted with it by the cascade): besides being pointless, `rowid = NULL` makes FTS5 scan every row.
CREATE TRIGGER fact_tags_fts_insert AFTER INSERT ON fact_tags
WHEN (SELECT deferred FROM search_index_control WHERE id = 1) = 0
  AND EXISTS (SELECT 1 FROM facts WHERE id = new.fact_id)
BEGIN
  UPDATE facts_fts
  SET tags = coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM fact_tags WHERE fact_id = new.fact_id), '')
  WHERE rowid = (SELECT rowid FROM facts WHERE id = new.fact_id);
END;

CREATE TRIGGER fact_tags_fts_delete AFTER DELETE ON fact_tags
WHEN EXISTS (SELECT 1 FROM facts WHERE id = old.fact_id)
BEGIN
  UPDATE facts_fts
  SET tags = coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM fact_tags WHERE fact_id = old.fact_id), '')
  WHERE rowid = (SELECT rowid FROM facts WHERE id = old.fact_id);
END;

CREATE TRIGGER fact_tags_fts_update AFTER UPDATE ON fact_tags BEGIN
  UPDATE facts_fts
  SET tags = coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM fact_tags WHERE fact_id = old.fact_id), '')
  WHERE rowid = (SELECT rowid FROM facts WHERE id = old.fact_id);
  UPDATE facts_fts
  SET tags = coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM fact_tags WHERE fact_id = new.fact_id), '')
  WHERE rowid = (SELECT rowid FROM facts WHERE id = new.fact_id);
END;

CREATE TRIGGER sources_fts_title AFTER UPDATE OF title ON sources WHEN old.title IS NOT new.title BEGIN
  UPDATE facts_fts SET source_title = new.title
  WHERE rowid IN (SELECT rowid FROM facts WHERE source_id = new.id);
END;

-- Index the facts a store already holds.
INSERT INTO facts_fts (rowid, statement, quote, speaker, tags, source_title)
SELECT
  f.rowid,
  f.statement,
  coalesce(f.quote, ''),
  concat_ws(' ', f.speaker, f.speaker_role, f.relayed_by),
  coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM fact_tags WHERE fact_id = f.id), ''),
  coalesce(s.title, '')
FROM facts f LEFT JOIN sources s ON s.id = f.source_id;

-- Saved searches: a name and a FactQuery as JSON (re-validated when read back).
CREATE TABLE collections (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  query_json TEXT NOT NULL CHECK (json_valid(query_json)),
  created_at TEXT NOT NULL
) STRICT;
