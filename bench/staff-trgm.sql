-- The suggested fix for the text search, tried on the benchmark's throwaway database only (not a
-- migration): trigram indexes so that ILIKE '%…%' and the digits match stop reading the whole tenant.
\set ON_ERROR_STOP on
SET maintenance_work_mem = '512MB';
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX bench_tickets_name_trgm ON tickets USING gin (contact_name gin_trgm_ops);
CREATE INDEX bench_tickets_summary_trgm ON tickets USING gin (summary gin_trgm_ops);
CREATE INDEX bench_tickets_phone_digits_trgm ON tickets USING gin (regexp_replace(contact_phone, '[^0-9]', '', 'g') gin_trgm_ops);
ANALYZE tickets;
