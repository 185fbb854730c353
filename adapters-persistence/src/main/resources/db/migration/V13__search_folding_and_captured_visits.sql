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

-- IMMUTABLE so that an index may hold it: unaccent itself is only STABLE, because its rules file could
-- be edited; if it ever is, REINDEX the two indexes below. The standard SQL body (PostgreSQL 14+) binds
-- unaccent and its dictionary when the function is created, so the search_path at run time plays no part.
CREATE FUNCTION search_folded(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN replace(replace(replace(lower(unaccent('unaccent'::regdictionary, $1)), 'ae', 'a'), 'oe', 'o'), 'ue', 'u');

-- What staff typed, folded the same way, as a LIKE pattern for "contains". Escaped after folding:
-- unaccent turns the full-width ％ and ＿ into % and _, which must stay characters, not wildcards.
CREATE FUNCTION search_pattern(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN '%' || replace(replace(replace(search_folded($1), '\', '\\'), '%', '\%'), '_', '\_') || '%';

-- The same index budget as V9: the name and summary trigram indexes now hold the folded text instead
-- of the text as stored (the phone's trigram index stays: numbers have no accents). customer_id still
-- leads, so a term is looked up within one tenant (see V9).
DROP INDEX tickets_by_customer_name_trigrams;
DROP INDEX tickets_by_customer_summary_trigrams;
CREATE INDEX tickets_by_customer_folded_name_trigrams
    ON tickets USING gin (customer_id, search_folded(contact_name) gin_trgm_ops);
CREATE INDEX tickets_by_customer_folded_summary_trigrams
    ON tickets USING gin (customer_id, search_folded(summary) gin_trgm_ops);

-- The captured rate (issue 11 §4) counts the wizard visits that led to a request. The wizard gets the
-- visit's id when it reports the visit and names it when it submits; the visit is then marked, nothing
-- more: the visit row still says nothing about the visitor and names no ticket.
ALTER TABLE wizard_visits ADD COLUMN submitted boolean NOT NULL DEFAULT false;
