-- The database's own fence between tenants (SPEC §3: every tenant-owned row carries customer_id).
-- The service works as the non-owner role opsfabric_app (its pool runs SET ROLE on every new
-- connection); migrations keep running as the owner. Each unit of work names its tenant with
-- set_config('app.customer_id', …, true), and row level security lets it see and write only that
-- tenant's rows. A query that forgot its customer_id condition, or ran with no tenant set, finds nothing.

-- Roles belong to the whole server, so the role may exist already: made by another database on it, or
-- by an administrator beforehand (then the migrating user needs no CREATEROLE, only membership).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'opsfabric_app') THEN
        CREATE ROLE opsfabric_app NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    -- Another database on the server created it at this very moment.
    NULL;
END
$$;

-- The owner switches to the role; SET ROLE needs membership (superusers have it implicitly).
DO $$
BEGIN
    IF NOT pg_has_role(current_user, 'opsfabric_app', 'MEMBER') THEN
        GRANT opsfabric_app TO CURRENT_USER;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO opsfabric_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON
    customers, staff_tokens, tickets, ticket_events, sms_log, outbound_sms, sms_opt_outs, calls, blocklist,
    undeliverable_numbers, outbound_email, wizard_visits
    TO opsfabric_app;

-- The tenant the current transaction works for; none when it was never set or set to ''.
CREATE FUNCTION current_tenant() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.customer_id', true), '')::uuid $$;

-- customers is the directory through which a request finds its tenant (slug, SMS number, id) and
-- the operator's tenant list, so it is readable before a tenant is known. Every table below holds
-- one tenant's data.
DO $$
DECLARE
    tenant_table text;
BEGIN
    FOREACH tenant_table IN ARRAY ARRAY['staff_tokens', 'tickets', 'ticket_events', 'sms_log', 'outbound_sms',
            'sms_opt_outs', 'calls', 'blocklist', 'undeliverable_numbers', 'outbound_email', 'wizard_visits']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('CREATE POLICY only_current_tenant ON %I USING (customer_id = current_tenant())',
                       tenant_table);
    END LOOP;
END
$$;

-- The ticket list and export read through this view: the current tenant's tickets, as the policy
-- would show them, but read with the view owner's rights. PostgreSQL keeps conditions that are not
-- leakproof (LIKE and ILIKE are not) out of index scans of tables under row level security, so a text
-- search on tickets itself would read all of the tenant's tickets instead of using the trigram indexes.
-- (A new column of tickets must be added here too; RowLevelSecurityTest compares the two.)
CREATE VIEW current_tenant_tickets AS
    SELECT * FROM tickets WHERE customer_id = current_tenant();

-- What must be found before the tenant is known, and nothing more. The views run with their
-- owner's rights, so they see every tenant's rows; each shows only the columns that name the owner.

-- A staff request carries only its token.
CREATE VIEW staff_token_owners AS
    SELECT token_hash, customer_id FROM staff_tokens WHERE revoked_at IS NULL;

-- A review click carries only the link's token.
CREATE VIEW review_link_owners AS
    SELECT review_token, customer_id, id AS ticket_id FROM tickets WHERE review_token IS NOT NULL;

-- A delivery report carries only the provider's message id.
CREATE VIEW sent_sms_owners AS
    SELECT provider_id, customer_id FROM sms_log WHERE direction = 'outbound' AND provider_id IS NOT NULL;
CREATE INDEX sms_log_outbound_by_provider_id ON sms_log (provider_id) WHERE direction = 'outbound';

-- The dispatchers look for tenants with queued messages, then claim each tenant's in its own scope.
CREATE VIEW queued_messages AS
    SELECT 'sms' AS channel, customer_id, status, due_at, claimed_at
    FROM outbound_sms WHERE status IN ('pending', 'sending')
    UNION ALL
    SELECT 'email', customer_id, status, due_at, claimed_at
    FROM outbound_email WHERE status IN ('pending', 'sending');

-- Escalation, the review engine and anonymisation look for the tenants with due tickets the same way.
CREATE VIEW unreminded_ticket_owners AS
    SELECT customer_id, sla_deadline FROM tickets WHERE status = 'NEW' AND escalated_at IS NULL;
CREATE VIEW unreviewed_job_owners AS
    SELECT t.customer_id,
           COALESCE(t.job_completed_at, t.updated_at) + make_interval(hours => c.review_delay_hours) AS due_at
    FROM tickets t JOIN customers c ON c.id = t.customer_id
    WHERE t.review_request_sent_at IS NULL AND t.review_skipped_reason IS NULL
      AND (t.job_completed_at IS NOT NULL OR t.status = 'DONE');
CREATE VIEW identified_ticket_owners AS
    SELECT customer_id, updated_at FROM tickets WHERE anonymised_at IS NULL;

-- The operator's overview counts SMS outcomes over all tenants, without their content.
CREATE VIEW outbound_sms_outcomes AS
    SELECT created_at, status, delivery_status FROM sms_log WHERE direction = 'outbound';

GRANT SELECT ON current_tenant_tickets, staff_token_owners, review_link_owners, sent_sms_owners, queued_messages,
    unreminded_ticket_owners, unreviewed_job_owners, identified_ticket_owners, outbound_sms_outcomes TO opsfabric_app;
