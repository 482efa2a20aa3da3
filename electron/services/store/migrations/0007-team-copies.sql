-- Offline-first team library: a local briefing that cites a team fact keeps a copy of the fact and its
-- source in this store, under their team ids, so drafting and exporting work with the network gone.
-- This table says which facts are such copies, of which library, the version the analyst cited, the
-- team version last seen, and whether the team library still has the fact (docs/team-library.md).
CREATE TABLE team_copies (
  fact_id TEXT PRIMARY KEY REFERENCES facts(id) ON DELETE CASCADE,
  library TEXT NOT NULL,
  cited_version INTEGER NOT NULL CHECK (cited_version >= 1),
  team_version INTEGER NOT NULL CHECK (team_version >= 1),
  is_deleted INTEGER NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1)),
  checked_at TEXT NOT NULL
) STRICT;
