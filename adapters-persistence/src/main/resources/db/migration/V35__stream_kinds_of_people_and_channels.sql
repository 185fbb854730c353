-- The stream (V19, V20) shows the log entries the channels and the conversation write too: a new urgency
-- changes the ticket's row in the live list, and a message staff queue to the customer is a message
-- whose status the list follows from 'queued' on. Notes stay internal: the list shows nothing of them.
INSERT INTO stream_event_kinds (event_type, stream_type, message_status) VALUES
    ('urgency_changed', 'ticket.updated', NULL),
    ('message_sent', 'message.status', 'queued');
