-- Delivery reports that arrived before the send they are about was logged (docs/domain-rules.md,
-- Failures). They hold a provider's message id and its status words, nothing about a person, and no
-- tenant is known for them yet: no customer_id, so no row level security. Kept at most a day.
CREATE TABLE early_delivery_reports (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_id text        NOT NULL,
    state       text        NOT NULL CHECK (state IN ('delivered', 'undelivered', 'failed')),
    detail      text,
    reason      text,
    received_at timestamptz NOT NULL
);
CREATE INDEX early_delivery_reports_by_provider_id ON early_delivery_reports (provider_id);
CREATE INDEX early_delivery_reports_by_age ON early_delivery_reports (received_at);

GRANT SELECT, INSERT, DELETE ON early_delivery_reports TO opsfabric_app;
