-- The team library on PostgreSQL: the same sources, facts, briefings and saved searches as the local
-- SQLite store (0001–0005 there), in one migration because no team library predates it. Dates stay ISO
-- text, as in SQLite, so both engines hand the services the same values.
--
-- Every row says who created and last changed it (created_by/updated_by: the analyst's name from
-- settings, else the database user) and carries a version that each write bumps, so a save made against
-- an older version is refused instead of silently overwriting a colleague's change.

CREATE TABLE sources (
  seq bigserial NOT NULL UNIQUE,
  id text PRIMARY KEY,
  title text NOT NULL,
  outlet text NOT NULL,
  csl_type text NOT NULL,
  authors_json text NOT NULL,
  published text,
  accessed text,
  url text,
  language text,
  grade text NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
  notes text,
  text text,
  text_sha256 text,
  captured_at text,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  item_json text NOT NULL,
  doi text,
  isbn text,
  match_key text,
  search_text text NOT NULL DEFAULT '',
  issued_start text,
  issued_end text,
  created_by text NOT NULL,
  updated_by text NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX sources_doi ON sources (doi) WHERE doi IS NOT NULL;
CREATE INDEX sources_isbn ON sources (isbn) WHERE isbn IS NOT NULL;
CREATE INDEX sources_match_key ON sources (match_key) WHERE match_key IS NOT NULL;
CREATE INDEX sources_outlet ON sources (lower(outlet));

-- search: the fact's words, folded by the app exactly as SQLite's unicode61 tokenizer folds them (lower
-- case, no accents), weighted like the SQLite index's bm25 columns: statement A, quote B, speaker and
-- tags C, the source's title/outlet/names D. The app writes it with every change of those columns.
CREATE TABLE facts (
  seq bigserial NOT NULL UNIQUE,
  id text PRIMARY KEY,
  source_id text NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
  statement text NOT NULL CHECK (length(trim(statement)) > 0),
  quote text,
  speaker text,
  speaker_role text,
  relayed_by text,
  event_date text,
  event_start text,
  event_end text,
  locator text,
  credibility integer NOT NULL CHECK (credibility BETWEEN 1 AND 6),
  status text NOT NULL CHECK (status IN ('draft', 'verified', 'retracted')),
  tags text[] NOT NULL DEFAULT '{}',
  created_at text NOT NULL,
  updated_at text NOT NULL,
  created_by text NOT NULL,
  updated_by text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  search tsvector NOT NULL
);
CREATE INDEX facts_source ON facts (source_id);
CREATE INDEX facts_status ON facts (status);
CREATE INDEX facts_event_start ON facts (event_start);
CREATE INDEX facts_tags ON facts USING gin (tags);
CREATE INDEX facts_search ON facts USING gin (search);

-- Every change to a fact, append only: who did what, when, and why (a retraction's reason).
CREATE TABLE fact_history (
  seq bigserial PRIMARY KEY,
  fact_id text NOT NULL, -- no foreign key: the history outlives a fact deleted by hand
  version integer NOT NULL,
  action text NOT NULL CHECK (action IN ('edited', 'retracted', 'restored')),
  changed_by text NOT NULL,
  changed_at text NOT NULL,
  reason text,
  fields_json text NOT NULL DEFAULT '[]'
);
CREATE INDEX fact_history_fact ON fact_history (fact_id, seq);
CREATE FUNCTION fact_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'fact_history is append-only';
END;
$$;
CREATE TRIGGER fact_history_no_rewrite BEFORE UPDATE OR DELETE ON fact_history
FOR EACH STATEMENT WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION fact_history_append_only();

CREATE TABLE briefings (
  id text PRIMARY KEY,
  template_id text NOT NULL,
  title text NOT NULL,
  date text NOT NULL,
  classification text NOT NULL,
  front_matter_json text NOT NULL DEFAULT '{}',
  sections_json text NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  deleted_at text,
  created_by text NOT NULL,
  updated_by text NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX briefings_updated ON briefings (deleted_at, updated_at);

CREATE TABLE collections (
  id text PRIMARY KEY,
  name text NOT NULL CHECK (length(trim(name)) > 0),
  query_json text NOT NULL,
  created_at text NOT NULL,
  created_by text NOT NULL
);

-- A change to a fact is announced to every connected app (LISTEN briefing_changes): its id, status and
-- version, so an open briefing can flag a retraction within a second, without polling. New facts are
-- not announced: nothing cites them yet, and a large import would send one notification per row.
CREATE FUNCTION facts_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('briefing_changes', json_build_object(
    'kind', 'fact', 'id', NEW.id, 'status', NEW.status, 'version', NEW.version,
    'by', NEW.updated_by, 'at', NEW.updated_at)::text);
  RETURN NULL;
END;
$$;
CREATE TRIGGER facts_notify AFTER UPDATE ON facts FOR EACH ROW EXECUTE FUNCTION facts_notify();
