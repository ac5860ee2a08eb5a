-- Osprey metadata schema 2: pipelines, their runs, task instances and tries.
-- Times are Unix milliseconds (UTC). A run carries an integer surrogate key (run_pk) for its child rows.

-- One row per pipeline the workspace knows: registered through the CLI/API (source holds the YAML)
-- or seen by the scheduler in the pipelines/ folder (source is NULL).
CREATE TABLE pipelines (
    name TEXT PRIMARY KEY,
    source TEXT,
    paused INTEGER NOT NULL DEFAULT 0,
    registered_at INTEGER NOT NULL,
    scheduled_through INTEGER
) WITHOUT ROWID;

-- Data intervals the schedule policy passed over on purpose (forbid without catchup, replace).
CREATE TABLE pipeline_skipped_intervals (
    pipeline TEXT NOT NULL REFERENCES pipelines (name),
    interval_start INTEGER NOT NULL,
    interval_end INTEGER NOT NULL,
    PRIMARY KEY (pipeline, interval_start)
) WITHOUT ROWID;

CREATE TABLE pipeline_runs (
    run_pk INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL UNIQUE,
    pipeline TEXT NOT NULL REFERENCES pipelines (name),
    kind TEXT NOT NULL CHECK (kind IN ('scheduled', 'manual')),
    interval_start INTEGER NOT NULL,
    interval_end INTEGER NOT NULL,
    params TEXT NOT NULL,
    definition_digest TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'success', 'failed', 'cancelled')),
    status_reason TEXT,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    ended_at INTEGER,
    -- Bumped by every applied step: the compare-and-set that keeps two writers from both applying a stale view.
    version INTEGER NOT NULL
);
CREATE UNIQUE INDEX pipeline_runs_one_per_interval ON pipeline_runs (pipeline, interval_start) WHERE kind = 'scheduled';
CREATE INDEX pipeline_runs_by_pipeline ON pipeline_runs (pipeline, created_at);
CREATE INDEX pipeline_runs_by_created ON pipeline_runs (created_at);
CREATE INDEX pipeline_runs_active ON pipeline_runs (pipeline, status) WHERE status IN ('queued', 'running');

-- The engine's view of each task in each run (PipelineRunState's instances).
CREATE TABLE pipeline_task_instances (
    run_pk INTEGER NOT NULL REFERENCES pipeline_runs (run_pk),
    task_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    state TEXT NOT NULL,
    try_number INTEGER NOT NULL,
    max_tries INTEGER NOT NULL,
    queued_at INTEGER,
    started_at INTEGER,
    ended_at INTEGER,
    retry_at INTEGER,
    outputs TEXT,
    message TEXT,
    followed TEXT,
    PRIMARY KEY (run_pk, task_id)
) WITHOUT ROWID;

-- Every try handed to workers; also the work queue. phase: queued (claimable) → leased (a worker runs it
-- until lease_expires_at) → completed (the worker reported; not yet applied to the run) → applied;
-- or closed (the run moved on: cancelled, timed out, lost) from queued or leased.
CREATE TABLE pipeline_task_tries (
    try_pk INTEGER PRIMARY KEY,
    run_pk INTEGER NOT NULL REFERENCES pipeline_runs (run_pk),
    task_id TEXT NOT NULL,
    try_number INTEGER NOT NULL,
    type TEXT NOT NULL,
    settings TEXT NOT NULL,
    execution_timeout_ms INTEGER,
    chooses_children INTEGER NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('queued', 'leased', 'completed', 'applied', 'closed')),
    queued_at INTEGER NOT NULL,
    worker_id TEXT,
    lease_expires_at INTEGER,
    started_at INTEGER,
    ended_at INTEGER,
    outcome TEXT CHECK (outcome IN ('succeeded', 'failed', 'timed_out', 'skipped', 'lost')),
    outputs TEXT,
    message TEXT,
    log_path TEXT,
    UNIQUE (run_pk, task_id, try_number)
);
CREATE INDEX pipeline_tries_claimable ON pipeline_task_tries (try_pk) WHERE phase = 'queued';
CREATE INDEX pipeline_tries_leased ON pipeline_task_tries (lease_expires_at) WHERE phase = 'leased';
CREATE INDEX pipeline_tries_pending ON pipeline_task_tries (ended_at) WHERE phase = 'completed';
