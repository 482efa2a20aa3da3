-- Side lists may now be keyed by a prefix as well as by a word or a phrase (search/exact-rank.ts): the
-- key `peni*` lists the facts with the highest bm25 factor for the query `peni*`, f being the weighted
-- count of the tokens starting with "peni". No table changes; the version is raised so that an app from
-- before this one, which would not keep such a list up to date when it writes, refuses the store rather
-- than leave the list stale for this one.
SELECT 1;
