-- Review engine (SPEC §4.9, seeds 02 §5): the tracking token a review SMS carries, and why a
-- finished job was never asked. A job is decided once: either review_request_sent_at and
-- review_token are set, or review_skipped_reason is.

-- Stored as is, not hashed: the token only leads to a public Google page and counts a click,
-- and the SMS text holding it is kept in outbound_sms and sms_log anyway.
ALTER TABLE tickets ADD COLUMN review_token text;

-- Lasting reasons of the job itself. Reasons of the business (no review link yet, module off,
-- inactive) are not recorded: such jobs wait, and are asked once the business is set up, unless
-- by then they are more than a week past due ('too_late').
ALTER TABLE tickets ADD COLUMN review_skipped_reason text
    CHECK (review_skipped_reason IN ('no_phone', 'cannot_receive_sms', 'opted_out', 'too_late'));

CREATE UNIQUE INDEX tickets_by_review_token ON tickets (review_token) WHERE review_token IS NOT NULL;

-- What the engine scans every minute: finished jobs not yet decided.
CREATE INDEX tickets_awaiting_review ON tickets (customer_id, job_completed_at)
    WHERE review_request_sent_at IS NULL AND review_skipped_reason IS NULL
      AND (job_completed_at IS NOT NULL OR status = 'DONE');
