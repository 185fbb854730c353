-- SMS_SENDER_MPS (docs/configuration.md): one token bucket per sender number, in the layout Bucket4j's
-- PostgreSQL proxy manager reads and writes, so every instance takes its turn from the same bucket. A
-- bucket holds a number of the business's own and a rate, nothing about a customer: no customer_id.
CREATE TABLE sms_sender_buckets (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

GRANT SELECT, INSERT, UPDATE, DELETE ON sms_sender_buckets TO opsfabric_app;
