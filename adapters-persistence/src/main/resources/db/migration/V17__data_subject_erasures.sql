-- Data-subject erasure (docs/privacy.md, Data-subject requests): that a person's data was erased at their
-- request, when, and how many rows of each table it touched, so the business can show it honoured the
-- request. Nothing says whom it was about: no number, address or ticket id.
CREATE TABLE data_subject_erasures (
    id                    uuid PRIMARY KEY,
    customer_id           uuid        NOT NULL REFERENCES customers (id),
    erased_at             timestamptz NOT NULL,
    tickets               integer     NOT NULL,
    ticket_events         integer     NOT NULL,
    sms_log               integer     NOT NULL,
    calls                 integer     NOT NULL,
    outbound_sms          integer     NOT NULL,
    outbound_email        integer     NOT NULL,
    sms_opt_outs          integer     NOT NULL,
    blocklist             integer     NOT NULL,
    undeliverable_numbers integer     NOT NULL
);
CREATE INDEX data_subject_erasures_by_customer ON data_subject_erasures (customer_id, erased_at);

-- A tenant table like the others (V10): the service's role sees and writes only the current tenant's rows,
-- and may add a record and read it, never change or remove one.
ALTER TABLE data_subject_erasures ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_current_tenant ON data_subject_erasures USING (customer_id = current_tenant());
GRANT SELECT, INSERT ON data_subject_erasures TO opsfabric_app;

-- The person's rows are found by their number and address, within one business.
CREATE INDEX tickets_by_customer_email ON tickets (customer_id, lower(contact_email)) WHERE contact_email IS NOT NULL;
CREATE INDEX sms_log_outbound_by_recipient ON sms_log (customer_id, to_number) WHERE direction = 'outbound';
