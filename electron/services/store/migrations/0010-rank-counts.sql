-- bm25()'s idf for a query of several frequent words (search/exact-rank.ts exactTopOfWords) needs how many
-- facts hold each word; counting them in FTS5 walks the word's whole posting list (~50 ms for a word in
-- 40% of a million facts). Each list keeps the count instead, over the facts the app tokenizes itself
-- (search_rank_unsure holds the others, counted in FTS5 at search time), kept by the same sync as the
-- postings. Lists built before this have no count: they are dropped and rebuilt.
DELETE FROM search_rank_postings;
DELETE FROM search_rank_terms;
ALTER TABLE search_rank_terms ADD COLUMN sure_facts INTEGER NOT NULL DEFAULT 0;
