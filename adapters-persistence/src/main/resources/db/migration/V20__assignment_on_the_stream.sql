-- A ticket assigned or unassigned by staff (event assignment_changed, docs/http-api.md, Realtime stream)
-- reaches the stream as an update; the event carries the new assignee.
INSERT INTO stream_event_kinds (event_type, stream_type, message_status) VALUES
    ('assignment_changed', 'ticket.updated', NULL);
