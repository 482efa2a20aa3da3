-- Many analysts: every row says who created and last changed it (a name from settings, else the
-- system user), facts and briefings carry a version each save bumps so a save made against an older
-- version is refused, and changes to facts are kept in an append-only history (who retracted what,
-- when, why). The team library on PostgreSQL has the same columns from its first migration.
ALTER TABLE sources ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE facts ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE facts ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE facts ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE briefings ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE briefings ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE briefings ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

CREATE TABLE fact_history (
  seq INTEGER PRIMARY KEY,
  fact_id TEXT NOT NULL,  -- no foreign key: the history outlives a fact deleted by hand
  version INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('edited', 'retracted', 'restored')),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  reason TEXT,
  fields_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fields_json))
) STRICT;
CREATE INDEX fact_history_fact ON fact_history(fact_id, seq);

CREATE TRIGGER fact_history_no_update BEFORE UPDATE ON fact_history BEGIN
  SELECT RAISE(ABORT, 'fact_history is append-only');
END;
CREATE TRIGGER fact_history_no_delete BEFORE DELETE ON fact_history BEGIN
  SELECT RAISE(ABORT, 'fact_history is append-only');
END;
