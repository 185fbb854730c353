-- Signing in (docs/http-api.md, People and sign-in): one-time links to set a password, server-side
-- sessions every instance checks on each request, and the failed sign-ins that lock an account.

-- API tokens are listed and revoked by an id, never by their secret.
ALTER TABLE staff_tokens ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX staff_tokens_by_id ON staff_tokens (id);
-- A token's name is what its changes are logged under (token:<name>), so it names one token at a time.
CREATE UNIQUE INDEX staff_tokens_active_name ON staff_tokens (customer_id, name) WHERE revoked_at IS NULL;

-- Set after the fifth wrong password within 15 minutes; sign-in is refused until then.
ALTER TABLE staff_members ADD COLUMN locked_until timestamptz;
-- Sign-in and the reset request name only an e-mail address, whatever the business.
CREATE INDEX staff_members_by_any_email ON staff_members (lower(email));

CREATE TABLE staff_sign_in_failures (
    customer_id     uuid        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    staff_member_id uuid        NOT NULL REFERENCES staff_members (id) ON DELETE CASCADE,
    failed_at       timestamptz NOT NULL
);
CREATE INDEX staff_sign_in_failures_by_member ON staff_sign_in_failures (staff_member_id, failed_at);

-- An invitation (72 h) or a password reset (1 h): stored as the SHA-256 of the link's token, used once.
CREATE TABLE staff_access_links (
    token_hash      text PRIMARY KEY,
    customer_id     uuid        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    staff_member_id uuid        NOT NULL REFERENCES staff_members (id) ON DELETE CASCADE,
    purpose         text        NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz
);
CREATE INDEX staff_access_links_by_member ON staff_access_links (staff_member_id, purpose);

-- A signed-in browser: the SHA-256 of its cookie, and the token its state-changing requests must carry.
-- Ending a session deletes its row, which every instance sees at the next request.
CREATE TABLE staff_sessions (
    token_hash      text PRIMARY KEY,
    customer_id     uuid        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    staff_member_id uuid        NOT NULL REFERENCES staff_members (id) ON DELETE CASCADE,
    csrf_token      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL
);
CREATE INDEX staff_sessions_by_member ON staff_sessions (staff_member_id);

DO $$
DECLARE
    tenant_table text;
BEGIN
    FOREACH tenant_table IN ARRAY ARRAY['staff_sign_in_failures', 'staff_access_links', 'staff_sessions']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('CREATE POLICY only_current_tenant ON %I USING (customer_id = current_tenant())',
                       tenant_table);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO opsfabric_app', tenant_table);
    END LOOP;
END
$$;

-- What must be found before the tenant is known (as in V10), and nothing more.
-- Sign-in and the reset request: which businesses an active person with this e-mail works for, and when they
-- last signed in there (the account signed into most recently is tried first).
CREATE VIEW staff_email_owners AS
    SELECT lower(email) AS email, customer_id, last_sign_in_at FROM staff_members WHERE active;
-- An invitation or reset link carries only its token.
CREATE VIEW staff_access_link_owners AS
    SELECT token_hash, customer_id FROM staff_access_links WHERE used_at IS NULL;
-- A signed-in request carries only its session cookie.
CREATE VIEW staff_session_owners AS
    SELECT token_hash, customer_id FROM staff_sessions;
GRANT SELECT ON staff_email_owners, staff_access_link_owners, staff_session_owners TO opsfabric_app;
