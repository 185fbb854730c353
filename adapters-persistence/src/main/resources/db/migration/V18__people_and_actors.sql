-- The people who work a business's tickets (docs/http-api.md, People), the ticket each is assigned,
-- and who caused each entry of a ticket's log.

CREATE TABLE staff_members (
    id              uuid PRIMARY KEY,
    customer_id     uuid        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name            text        NOT NULL,
    email           text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('owner', 'staff')),
    active          boolean     NOT NULL DEFAULT true,
    password_hash   text,
    last_sign_in_at timestamptz,
    created_at      timestamptz NOT NULL
);
-- An e-mail address names one person per business, whatever its case.
CREATE UNIQUE INDEX staff_members_by_email ON staff_members (customer_id, lower(email));

ALTER TABLE staff_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_current_tenant ON staff_members USING (customer_id = current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON staff_members TO opsfabric_app;

ALTER TABLE tickets ADD COLUMN assigned_to uuid REFERENCES staff_members (id);
-- Assignment by load counts each person's open tickets.
CREATE INDEX tickets_open_by_assignee ON tickets (customer_id, assigned_to)
    WHERE status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS');
CREATE OR REPLACE VIEW current_tenant_tickets AS
    SELECT * FROM tickets WHERE customer_id = current_tenant();

-- staff:<id>, token:<name>, customer or system; entries written before people existed were the
-- service's or the one shared token's, which cannot be told apart any more.
ALTER TABLE ticket_events ADD COLUMN actor text NOT NULL DEFAULT 'system';

-- API tokens get names; the one every business had so far is the token of its provisioning.
ALTER TABLE staff_tokens ADD COLUMN name text NOT NULL DEFAULT 'provisioning';
CREATE OR REPLACE VIEW staff_token_owners AS
    SELECT token_hash, customer_id, name FROM staff_tokens WHERE revoked_at IS NULL;
