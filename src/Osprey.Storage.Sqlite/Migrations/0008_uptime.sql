-- Osprey metadata schema 8: uptime monitors, heartbeats and metric rules (definitions and current state), daily check
-- roll-ups for the 90-day bars of the status page, incidents, and heartbeat pings. Times are Unix milliseconds.

CREATE TABLE uptime_monitors (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('http', 'tcp', 'heartbeat', 'rule')),
    -- The definition in the monitor file format, as JSON (MonitorJson), so it loads back through the same checks.
    definition TEXT NOT NULL,
    -- Only heartbeats have one; the ping endpoint finds the heartbeat by it.
    token TEXT UNIQUE
) WITHOUT ROWID;

CREATE TABLE uptime_status (
    monitor TEXT PRIMARY KEY REFERENCES uptime_monitors (name) ON DELETE CASCADE,
    state TEXT NOT NULL,
    since INTEGER,
    last_check_at INTEGER,
    last_cause TEXT,
    last_ping_at INTEGER,
    last_latency_ms REAL
) WITHOUT ROWID;

-- One row per monitor and UTC day (day = that midnight); written in batches by the engine.
CREATE TABLE uptime_check_days (
    monitor TEXT NOT NULL REFERENCES uptime_monitors (name) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    checks INTEGER NOT NULL,
    failures INTEGER NOT NULL,
    latency_ms_sum REAL NOT NULL,
    PRIMARY KEY (monitor, day)
) WITHOUT ROWID;

CREATE TABLE uptime_incidents (
    incident_id INTEGER PRIMARY KEY,
    monitor TEXT NOT NULL REFERENCES uptime_monitors (name) ON DELETE CASCADE,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    cause TEXT NOT NULL
);
CREATE INDEX uptime_incidents_by_monitor ON uptime_incidents (monitor, started_at);
-- At most one open incident per monitor.
CREATE UNIQUE INDEX uptime_incidents_open ON uptime_incidents (monitor) WHERE ended_at IS NULL;

CREATE TABLE uptime_pings (
    ping_id INTEGER PRIMARY KEY,
    monitor TEXT NOT NULL REFERENCES uptime_monitors (name) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('success', 'start', 'fail')),
    duration_ms INTEGER
);
CREATE INDEX uptime_pings_by_monitor ON uptime_pings (monitor, at);
