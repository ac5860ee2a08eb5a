-- Osprey metadata schema 6: alerts, their tags, and the event history that notification reads as a durable outbox.
-- Times are Unix milliseconds. The alert's integer key is its tiny id.

CREATE TABLE alerts (
    alert_pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    alias TEXT NOT NULL,
    message TEXT NOT NULL,
    description TEXT,
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    acknowledged INTEGER NOT NULL DEFAULT 0,
    acknowledged_by TEXT,
    acknowledged_at INTEGER,
    first_acknowledged_at INTEGER,
    snoozed_until INTEGER,
    count INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    last_occurred_at INTEGER NOT NULL,
    closed_at INTEGER,
    closed_by TEXT,
    entity TEXT,
    source TEXT,
    team TEXT,
    escalation_policy TEXT,
    -- JSON: tags (array, mirrored in alert_tags for search), details (object), actions (array), responders (array of {type, name}).
    tags TEXT NOT NULL DEFAULT '[]',
    details TEXT NOT NULL DEFAULT '{}',
    actions TEXT NOT NULL DEFAULT '[]',
    responders TEXT NOT NULL DEFAULT '[]'
);
-- De-duplication: at most one open alert per alias (exact, case-sensitive); closing frees the alias.
CREATE UNIQUE INDEX alerts_open_alias ON alerts (alias) WHERE status = 'open';
CREATE INDEX alerts_by_alias ON alerts (alias, created_at);
CREATE INDEX alerts_by_created ON alerts (created_at);
CREATE INDEX alerts_snoozed ON alerts (snoozed_until) WHERE snoozed_until IS NOT NULL;

CREATE TABLE alert_tags (
    alert_pk INTEGER NOT NULL REFERENCES alerts (alert_pk) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (alert_pk, tag)
) WITHOUT ROWID;
CREATE INDEX alert_tags_by_tag ON alert_tags (tag, alert_pk);

-- Every state change of an alert, written in the transaction of the change. AUTOINCREMENT keeps sequences from ever being
-- reused, so a reader that stored "done up to N" never skips or repeats an event. Notes are NoteAdded events.
CREATE TABLE alert_events (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_pk INTEGER NOT NULL REFERENCES alerts (alert_pk) ON DELETE CASCADE,
    alert_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT,
    note TEXT
);
CREATE INDEX alert_events_by_alert ON alert_events (alert_pk, sequence);
