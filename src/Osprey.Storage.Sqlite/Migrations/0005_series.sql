-- Osprey metadata schema 5: time-series metrics (what checks, monitors and serving record; what alert rules and charts read)
-- and the cooldowns of retrain triggers. Times are Unix milliseconds.

-- A series is a name and its labels; labels are a JSON object with keys in ordinal order, so equal label sets are equal text.
CREATE TABLE series (
    series_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    labels TEXT NOT NULL,
    UNIQUE (name, labels)
);

-- Clustered by (series, time): an alert rule reading a window is one range scan per series.
-- One value per series and time; appending the same time again replaces the value. NaN is stored as NULL.
CREATE TABLE series_samples (
    series_id INTEGER NOT NULL REFERENCES series (series_id) ON DELETE CASCADE,
    timestamp INTEGER NOT NULL,
    value REAL,
    PRIMARY KEY (series_id, timestamp)
) WITHOUT ROWID;

-- When a monitor last started a pipeline, so a retrain cooldown survives restarts.
CREATE TABLE retrain_cooldowns (
    monitor TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    fired_at INTEGER NOT NULL,
    run_id TEXT,
    reason TEXT NOT NULL,
    PRIMARY KEY (monitor, pipeline)
) WITHOUT ROWID;
