-- The dispatcher claims one business's due SMS at a time (LeasedQueue.claimDue: customer_id = ?, ORDER BY
-- due_at). With the waiting SMS indexed by due time alone, a claim walked past every other business's due
-- messages and read each from the table to see whose it was: 9 ms for a claim of 50 with twenty businesses
-- due (bench/dispatch-latency.sh, bench/README.md). Indexed by business first, a claim reads its own rows.
-- The old index goes: every new request inserts an SMS, so each index costs intake, and the look-up of
-- businesses with due messages and the queue's readings read all waiting rows either way.
DROP INDEX outbound_sms_waiting;
CREATE INDEX outbound_sms_waiting_by_business ON outbound_sms (customer_id, due_at) WHERE status IN ('pending', 'sending');
