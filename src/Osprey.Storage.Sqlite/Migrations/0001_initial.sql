-- Osprey metadata schema 1: experiment tracking, model registry, API tokens.
-- Times are Unix milliseconds. Runs and models carry an integer surrogate key (run_pk, model_pk)
-- so the large child tables (metrics, params, tags) index a small integer instead of a 32-character id.

CREATE TABLE experiments (
    experiment_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    artifact_location TEXT NOT NULL,
    lifecycle_stage TEXT NOT NULL CHECK (lifecycle_stage IN ('active', 'deleted')),
    creation_time INTEGER NOT NULL,
    last_update_time INTEGER NOT NULL
);

CREATE TABLE experiment_tags (
    experiment_id INTEGER NOT NULL REFERENCES experiments (experiment_id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (experiment_id, key)
) WITHOUT ROWID;

CREATE TABLE runs (
    run_pk INTEGER PRIMARY KEY,
    run_uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments (experiment_id),
    name TEXT NOT NULL,
    user_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED')),
    start_time INTEGER NOT NULL,
    end_time INTEGER,
    artifact_uri TEXT NOT NULL,
    lifecycle_stage TEXT NOT NULL CHECK (lifecycle_stage IN ('active', 'deleted')),
    -- 1 when the run was soft-deleted together with its experiment, so restoring the experiment
    -- restores exactly those runs and not the ones deleted on their own before.
    deleted_with_experiment INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX runs_by_experiment ON runs (experiment_id, lifecycle_stage, start_time);

CREATE TABLE run_tags (
    run_pk INTEGER NOT NULL REFERENCES runs (run_pk),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (run_pk, key)
) WITHOUT ROWID;
CREATE INDEX run_tags_by_key ON run_tags (key, value);

CREATE TABLE params (
    run_pk INTEGER NOT NULL REFERENCES runs (run_pk),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (run_pk, key)
) WITHOUT ROWID;
CREATE INDEX params_by_key ON params (key, value);

-- Append-only history. SQLite stores NaN as NULL, hence value is nullable and is_nan says why.
CREATE TABLE metric_history (
    run_pk INTEGER NOT NULL REFERENCES runs (run_pk),
    key TEXT NOT NULL,
    value REAL,
    timestamp INTEGER NOT NULL,
    step INTEGER NOT NULL,
    is_nan INTEGER NOT NULL
);
CREATE INDEX metric_history_by_run ON metric_history (run_pk, key, step, timestamp);

-- One row per (run, metric): the observation with the greatest timestamp, ties broken by the greater
-- value (NaN lowest), then the greater step. Maintained on write so reads never scan history.
CREATE TABLE latest_metrics (
    run_pk INTEGER NOT NULL REFERENCES runs (run_pk),
    key TEXT NOT NULL,
    value REAL,
    timestamp INTEGER NOT NULL,
    step INTEGER NOT NULL,
    is_nan INTEGER NOT NULL,
    PRIMARY KEY (run_pk, key)
) WITHOUT ROWID;
CREATE INDEX latest_metrics_by_key ON latest_metrics (key, value, run_pk);

CREATE TABLE datasets (
    dataset_pk INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiments (experiment_id),
    name TEXT NOT NULL,
    digest TEXT NOT NULL,
    source_type TEXT NOT NULL,
    source TEXT NOT NULL,
    dataset_schema TEXT,
    profile TEXT,
    UNIQUE (experiment_id, name, digest)
);

CREATE TABLE run_inputs (
    input_pk INTEGER PRIMARY KEY,
    run_pk INTEGER NOT NULL REFERENCES runs (run_pk),
    dataset_pk INTEGER NOT NULL REFERENCES datasets (dataset_pk),
    UNIQUE (run_pk, dataset_pk)
);

CREATE TABLE input_tags (
    input_pk INTEGER NOT NULL REFERENCES run_inputs (input_pk),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (input_pk, key)
) WITHOUT ROWID;

CREATE TABLE registered_models (
    model_pk INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    creation_timestamp INTEGER NOT NULL,
    last_updated_timestamp INTEGER NOT NULL,
    description TEXT NOT NULL,
    -- The highest version number ever given, so numbers of deleted versions are never reused.
    last_version INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE registered_model_tags (
    model_pk INTEGER NOT NULL REFERENCES registered_models (model_pk) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (model_pk, key)
) WITHOUT ROWID;

CREATE TABLE model_versions (
    model_pk INTEGER NOT NULL REFERENCES registered_models (model_pk) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    creation_timestamp INTEGER NOT NULL,
    last_updated_timestamp INTEGER NOT NULL,
    description TEXT NOT NULL,
    user_id TEXT NOT NULL,
    current_stage TEXT NOT NULL CHECK (current_stage IN ('None', 'Staging', 'Production', 'Archived')),
    source TEXT NOT NULL,
    run_id TEXT,
    run_link TEXT NOT NULL,
    status TEXT NOT NULL,
    status_message TEXT NOT NULL,
    PRIMARY KEY (model_pk, version)
);
CREATE INDEX model_versions_by_run ON model_versions (run_id);

CREATE TABLE model_version_tags (
    model_pk INTEGER NOT NULL,
    version INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (model_pk, version, key),
    FOREIGN KEY (model_pk, version) REFERENCES model_versions (model_pk, version) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE model_aliases (
    model_pk INTEGER NOT NULL,
    alias TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (model_pk, alias),
    FOREIGN KEY (model_pk, version) REFERENCES model_versions (model_pk, version) ON DELETE CASCADE
) WITHOUT ROWID;

-- Append-only stage and alias history. No foreign key: it outlives the model, and model_name
-- follows renames (matched on model_pk) so a model's history stays under its current name.
CREATE TABLE registry_events (
    event_id INTEGER PRIMARY KEY AUTOINCREMENT,
    model_pk INTEGER NOT NULL,
    model_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    from_version INTEGER,
    to_version INTEGER,
    actor TEXT NOT NULL,
    reason TEXT,
    timestamp INTEGER NOT NULL
);
CREATE INDEX registry_events_by_model ON registry_events (model_name, target, timestamp);
CREATE INDEX registry_events_by_model_pk ON registry_events (model_pk);

CREATE TABLE api_tokens (
    name TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER
);

INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time)
VALUES (0, 'Default', 'mlflow-artifacts:/0', 'active',
        CAST(strftime('%s', 'now') AS INTEGER) * 1000, CAST(strftime('%s', 'now') AS INTEGER) * 1000);
