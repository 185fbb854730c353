-- Monthly report e-mail (docs/reports.md, Monthly report e-mail).

-- An e-mail may carry one file (the report's PDF); it is kept until the e-mail is sent like the rest of it.
ALTER TABLE outbound_email ADD COLUMN attachment_name text, ADD COLUMN attachment_type text,
    ADD COLUMN attachment bytea;

-- Each business gets each month's report once, whatever the number of instances and restarts: the
-- claim is inserted in the transaction that queues the e-mail, and the primary key lets one in.
CREATE TABLE monthly_report_claims (
    customer_id uuid        NOT NULL REFERENCES customers (id),
    month       date        NOT NULL,
    email_id    uuid        NOT NULL,
    claimed_at  timestamptz NOT NULL,
    PRIMARY KEY (customer_id, month)
);

-- A tenant table like the others (V10); a claim is never changed or removed by the service.
ALTER TABLE monthly_report_claims ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_current_tenant ON monthly_report_claims USING (customer_id = current_tenant());
GRANT SELECT, INSERT ON monthly_report_claims TO opsfabric_app;
