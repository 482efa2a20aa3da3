-- The speaker and outlet filters fold case and accents as the text search does, as in the local store's
-- 0014: "Erdogan" finds "Recep Tayyip Erdoğan", "Jose" finds "José Manuel Albares", the outlet "el pais"
-- finds "El País" (it was `ILIKE` for the speaker, which folds case but not accents, and `lower(outlet) =
-- lower(…)`). Each fact keeps its speaker folded, each source its outlet, as the app folds them
-- (core/text.ts foldText: NFD, marks removed, lower case); the filters compare those with the folded input.
-- The rows a library has are folded by the app in the same transaction, right after this (migrations.ts,
-- the migration's `fill`, with the facts' change notices off). The search index is built again after the
-- commit and a VACUUM (migrations.ts afterMigrations), with the folded speaker's trigrams in place of the
-- speaker's (filtered-search-index.sql, 0009's statement on the new column): built after the rows are
-- folded, rather than kept up to date through a million updates, and without their old versions. Where
-- pg_trgm and btree_gin cannot be created, the plain search index comes back and searches work as
-- before, their filters slower.
ALTER TABLE facts ADD COLUMN speaker_fold text;
ALTER TABLE sources ADD COLUMN outlet_fold text;
DROP INDEX IF EXISTS facts_search;
DROP INDEX IF EXISTS sources_outlet;
CREATE INDEX sources_outlet_fold ON sources (outlet_fold);
