-- Osprey metadata schema 3: MLflow 3 logged models, the metrics linked to them, and the models runs produce.
-- A logged model has an integer surrogate key (model_pk) like runs, so its child tables index a small integer.

CREATE TABLE logged_models (
    model_pk INTEGER PRIMARY KEY,
    model_id TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments (experiment_id),
    name TEXT NOT NULL,
    model_type TEXT,
    -- The producing run's id as MLflow clients send it; kept as text so the model outlives a run's removal.
    source_run_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('PENDING', 'READY', 'UPLOAD_FAILED')),
    status_message TEXT,
    artifact_location TEXT NOT NULL,
    creation_timestamp INTEGER NOT NULL,
    last_updated_timestamp INTEGER NOT NULL,
    lifecycle_stage TEXT NOT NULL CHECK (lifecycle_stage IN ('active', 'deleted'))
);
CREATE INDEX logged_models_by_experiment ON logged_models (experiment_id, lifecycle_stage, creation_timestamp);
CREATE INDEX logged_models_by_source_run ON logged_models (source_run_id);

CREATE TABLE logged_model_tags (
    model_pk INTEGER NOT NULL REFERENCES logged_models (model_pk),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (model_pk, key)
) WITHOUT ROWID;
CREATE INDEX logged_model_tags_by_key ON logged_model_tags (key, value);

CREATE TABLE logged_model_params (
    model_pk INTEGER NOT NULL REFERENCES logged_models (model_pk),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (model_pk, key)
) WITHOUT ROWID;
CREATE INDEX logged_model_params_by_key ON logged_model_params (key, value);

-- Run metric observations linked to a model (MLflow's Metric.model_id), optionally measured on a data set.
-- NaN is stored as NULL with is_nan = 1, as in metric_history. An identical observation is kept once (checked
-- on write with IS, since a UNIQUE constraint would treat two NULLs as different).
CREATE TABLE logged_model_metrics (
    model_pk INTEGER NOT NULL REFERENCES logged_models (model_pk),
    key TEXT NOT NULL,
    value REAL,
    is_nan INTEGER NOT NULL,
    timestamp INTEGER NOT NULL,
    step INTEGER NOT NULL,
    run_id TEXT NOT NULL,
    dataset_name TEXT,
    dataset_digest TEXT
);
CREATE INDEX logged_model_metrics_by_model ON logged_model_metrics (model_pk, key, timestamp, step);
CREATE INDEX logged_model_metrics_by_key ON logged_model_metrics (key, value, model_pk);

-- Which models a run produced (MLflow's LogOutputs), and at which step.
CREATE TABLE run_model_outputs (
    run_pk INTEGER NOT NULL REFERENCES runs (run_pk),
    model_pk INTEGER NOT NULL REFERENCES logged_models (model_pk),
    step INTEGER NOT NULL,
    PRIMARY KEY (run_pk, model_pk, step)
) WITHOUT ROWID;
CREATE INDEX run_model_outputs_by_model ON run_model_outputs (model_pk);
