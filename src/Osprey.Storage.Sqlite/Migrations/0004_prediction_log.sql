-- Osprey metadata schema 4: the prediction log of online serving, and the ground truth clients send for it later.
-- Written in batches by the server's background log writer, never on the request path. Times are Unix milliseconds.

CREATE TABLE prediction_log (
    prediction_id INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL,
    row INTEGER NOT NULL,
    timestamp INTEGER NOT NULL,
    model_name TEXT NOT NULL,
    model_version INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('stable', 'canary', 'shadow')),
    -- The row's features and the model's outputs, each a JSON object keyed by name.
    inputs TEXT NOT NULL,
    outputs TEXT NOT NULL,
    predicted_class TEXT,
    latency_ms REAL NOT NULL
);
-- A shadow version scores the same request and row as the version that answered; the role tells them apart.
CREATE UNIQUE INDEX prediction_log_by_request ON prediction_log (request_id, row, role);
CREATE INDEX prediction_log_by_model_time ON prediction_log (model_name, timestamp);

-- No foreign key: ground truth may arrive before the asynchronous log has written its prediction.
CREATE TABLE prediction_ground_truth (
    request_id TEXT NOT NULL,
    row INTEGER NOT NULL,
    label TEXT NOT NULL,
    timestamp INTEGER NOT NULL,
    PRIMARY KEY (request_id, row)
) WITHOUT ROWID;
