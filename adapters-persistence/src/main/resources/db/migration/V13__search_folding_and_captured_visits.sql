-- Staff search finds a name however it was typed (issue 11 §4): "muller", "mueller", "MULLER" and
-- "Müller" find each other, "andre" finds "André", "strasse" finds "Straße". The stored text and the
-- search term are folded to one form by the same function: accents removed (unaccent: é → e, ä → a,
-- ß → ss), lower case, then the German transcriptions ae, oe, ue contracted to a, o, u. "Müller",
-- "Mueller" and "Muller" all read "muller".
-- The price is recall in both directions, accepted for a search box: "Raphael" reads "raphal" and is
-- found by "Raphal" too; and a term that starts inside such a pair does not find it ("eller" no longer
-- finds "Mueller", which reads "muller"; "Mueller", "ueller" and "mue" still do).
-- unaccent is trusted since PostgreSQL 13 like pg_trgm and btree_gin (V9): the database owner may
-- create it, and it ships with PostgreSQL (contrib; the embedded PostgreSQL has it).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- IMMUTABLE so that a stored column may be computed by it: unaccent itself is only STABLE, because its
-- rules file could be edited; if it ever is, recompute the columns below (UPDATE tickets SET contact_name =
-- contact_name, summary = summary). The standard SQL body (PostgreSQL 14+) binds unaccent and its dictionary
-- when the function is created, so the search_path at run time plays no part.
CREATE FUNCTION search_folded(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN replace(replace(replace(lower(unaccent('unaccent'::regdictionary, $1)), 'ae', 'a'), 'oe', 'o'), 'ue', 'u');

-- What staff typed, folded the same way, as a LIKE pattern for "contains". Escaped after folding:
-- unaccent turns the full-width ％ and ＿ into % and _, which must stay characters, not wildcards.
CREATE FUNCTION search_pattern(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN '%' || replace(replace(replace(search_folded($1), '\', '\\'), '%', '\%'), '_', '\_') || '%';

-- The folded text is stored, not only indexed: a trigram index gives candidates that must be checked
-- again, and a common term is checked row by row along the newest-first index. With expression indexes
-- each check called search_folded (EXPLAIN ANALYZE at 1,000,000 tickets, biggest tenant, busy machine:
-- 'Boiler' 0.5 → 4.8 ms, 'Müller' 2.6 → 7.9 ms, 'Rohrbruch Keller' 39 → 62 ms against the V9 indexes);
-- on stored columns it is a plain LIKE again (0.3, 1.5 and 45 ms; bench/README.md).
-- The price: the heap grows by the folded copies (+50 MB at 1,000,000 tickets, +20 %), and adding the
-- columns rewrites tickets once, under an exclusive lock (61 s at 1,000,000 tickets on a busy machine).
-- Anonymisation erases name and summary, and their folded copies follow.
ALTER TABLE tickets
    ADD COLUMN contact_name_folded text GENERATED ALWAYS AS (search_folded(contact_name)) STORED,
    ADD COLUMN summary_folded text GENERATED ALWAYS AS (search_folded(summary)) STORED;

-- The same index budget as V9: the name and summary trigram indexes now hold the folded text instead of
-- the text as typed (the phone's trigram index stays: numbers have no accents). customer_id still leads,
-- so a term is looked up within one tenant (see V9).
DROP INDEX tickets_by_customer_name_trigrams;
DROP INDEX tickets_by_customer_summary_trigrams;
CREATE INDEX tickets_by_customer_folded_name_trigrams
    ON tickets USING gin (customer_id, contact_name_folded gin_trgm_ops);
CREATE INDEX tickets_by_customer_folded_summary_trigrams
    ON tickets USING gin (customer_id, summary_folded gin_trgm_ops);

-- The list and the export read the tenant's tickets through this view (V10), which must show the new
-- columns too; its SELECT * was expanded when it was created.
CREATE OR REPLACE VIEW current_tenant_tickets AS
    SELECT * FROM tickets WHERE customer_id = current_tenant();

-- The captured rate (issue 11 §4) counts the wizard visits that led to a request. The wizard gets the
-- visit's id when it reports the visit and names it when it submits; the visit is then marked, nothing
-- more: the visit row still says nothing about the visitor and names no ticket.
ALTER TABLE wizard_visits ADD COLUMN submitted boolean NOT NULL DEFAULT false;
