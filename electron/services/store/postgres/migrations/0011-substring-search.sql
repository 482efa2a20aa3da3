-- Substring search (search/substring.ts), as the local store's 0015: a query term in a script written
-- without spaces between words (北约 in 北约秘书长表示, Japanese, Korean, Thai…) or of emoji (🔥) finds the
-- facts whose text contains it. The search vector's words take a run of such letters as one word (and
-- the server's parser, in some locales, drops emoji), so each column's text now also carries the run's
-- grams, written by the app (postgres-store.ts searchWords): each bigram in order, then each character,
-- as ASCII words (`zq` and code points in hex) that every locale's parser keeps whole. A term of one or
-- two characters is its gram; a longer one the phrase of its bigrams. They sit in the same GIN index as
-- the words (with the filters' columns), so no other index and no extension is needed: pg_trgm indexes
-- only letters and digits, and under the C locale (CI's, and a common server default) no CJK at all.
-- The facts a library holds get their grams in the same transaction, right after this (migrations.ts,
-- the migration's `fill`), with the facts' change notices off.
COMMENT ON COLUMN facts.search IS
  'The fact''s folded words by column (A statement, B quote, C speaker and tags, D source), then the grams of its unspaced-script and emoji runs (0011).';
