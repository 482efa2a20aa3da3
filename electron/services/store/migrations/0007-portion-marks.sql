-- Portion marks: a fact may carry a protective marking (a template's classification id or label, as
-- the analyst chose it); the paragraphs citing it are marked at least that high. NULL: unmarked.
ALTER TABLE facts ADD COLUMN classification TEXT CHECK (classification IS NULL OR length(classification) BETWEEN 1 AND 60);
