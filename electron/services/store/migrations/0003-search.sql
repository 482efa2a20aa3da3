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

-- Rows come in with their tags already written by the bulk path (it defers the foreign key and writes
-- tags first, so each fact is indexed once); one-at-a-time writers add tags afterwards (triggers below).
CREATE TRIGGER facts_fts_insert AFTER INSERT ON facts BEGIN
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

-- Tag changes rewrite the fact's tags column. When the fact row does not exist yet (bulk path) or no
-- longer exists (cascade from a fact deletion) the subquery is NULL and nothing happens.
CREATE TRIGGER fact_tags_fts_insert AFTER INSERT ON fact_tags BEGIN
  UPDATE facts_fts
  SET tags = coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM fact_tags WHERE fact_id = new.fact_id), '')
  WHERE rowid = (SELECT rowid FROM facts WHERE id = new.fact_id);
END;

CREATE TRIGGER fact_tags_fts_delete AFTER DELETE ON fact_tags BEGIN
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
