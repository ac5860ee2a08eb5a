-- Osprey metadata schema 7: on-call. Definitions created over the API, the cursor over the alert event feed,
-- escalation state per alert, and the notification outbox that doubles as the delivery log. Times are Unix milliseconds.

CREATE TABLE oncall_definitions (
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    -- The definition as sent (YAML or JSON), re-read with the same loader as the files in alerting/.
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
) WITHOUT ROWID;

-- One row per consumer of the alert event feed: the sequence of the last event fully handled.
CREATE TABLE oncall_cursor (
    consumer TEXT PRIMARY KEY,
    sequence INTEGER NOT NULL,
    -- Bumped by every definition write, so readers know to re-merge the configuration.
    definitions_version INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO oncall_cursor (consumer, sequence) VALUES ('oncall', 0);

CREATE TABLE escalation_state (
    alert_id TEXT PRIMARY KEY,
    policy TEXT NOT NULL,
    round INTEGER NOT NULL,
    step INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    -- 1 while the step's Escalated event has been asked for and not yet seen in the feed.
    requested INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'stopped', 'finished'))
) WITHOUT ROWID;
CREATE INDEX escalation_state_due ON escalation_state (status, due_at);

CREATE TABLE notification_outbox (
    id INTEGER PRIMARY KEY,
    alert_id TEXT NOT NULL,
    event_sequence INTEGER NOT NULL,
    recipient TEXT NOT NULL,
    channel TEXT NOT NULL,
    delivery_id TEXT NOT NULL,
    -- The notification's content as JSON (alert message, priority, event kind, note).
    content TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'held', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    -- When it may next be sent: the release time while held, the retry time after a failure, the lease end while sending.
    due_at INTEGER NOT NULL,
    digest_id TEXT,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
-- Exactly once per (alert, event, recipient, channel): enqueuing the same notification again is ignored.
CREATE UNIQUE INDEX notification_outbox_key ON notification_outbox (alert_id, event_sequence, recipient, channel);
CREATE INDEX notification_outbox_due ON notification_outbox (status, due_at);
CREATE INDEX notification_outbox_digest ON notification_outbox (digest_id) WHERE digest_id IS NOT NULL;

-- Every delivery attempt, for the delivery log.
CREATE TABLE notification_attempts (
    outbox_id INTEGER NOT NULL REFERENCES notification_outbox (id),
    attempt INTEGER NOT NULL,
    at INTEGER NOT NULL,
    error TEXT,
    PRIMARY KEY (outbox_id, attempt)
) WITHOUT ROWID;
