-- Osprey metadata schema 9: the prediction log is stored a batch per row. A served prediction used to cost one table row and two index
-- entries; now the log writer's batch becomes one row per model and minute, holding its predictions as a JSON array, so logging stays
-- a small share of serving. Times are Unix milliseconds.

-- `rows` is a JSON array ordered by time; each element is
--   {"id": request id, "row": row in the request, "ts": time, "v": model version, "role": "stable" | "canary" | "shadow",
--    "class": predicted class or null, "us": latency in whole microseconds, "in": {feature: value}, "out": {output: value}}.
-- Every row of a batch falls in one minute (first_timestamp / 60000 = last_timestamp / 60000), which bounds a window read.
-- `generated_ids` holds the server-generated request ids of the batch as sorted (id, row) pairs, 12 bytes each, little-endian.
CREATE TABLE prediction_log_batches (
    batch_id INTEGER PRIMARY KEY,
    model_name TEXT NOT NULL,
    first_timestamp INTEGER NOT NULL,
    last_timestamp INTEGER NOT NULL,
    row_count INTEGER NOT NULL,
    generated_ids BLOB,
    rows TEXT NOT NULL
);
CREATE INDEX prediction_log_batches_by_model_time ON prediction_log_batches (model_name, first_timestamp, batch_id);
CREATE INDEX prediction_log_batches_by_age ON prediction_log_batches (last_timestamp);

-- Request ids a client chose may repeat (a retry): they are kept unique per row and role here. Generated ids are unique by construction.
CREATE TABLE prediction_log_given_ids (
    request_id TEXT NOT NULL,
    row INTEGER NOT NULL,
    role TEXT NOT NULL,
    batch_id INTEGER NOT NULL,
    PRIMARY KEY (request_id, row, role)
) WITHOUT ROWID;
CREATE INDEX prediction_log_given_ids_by_batch ON prediction_log_given_ids (batch_id);

-- Finds the batches that may hold a generated id: its number shifted right by 10 bits is its block.
CREATE TABLE prediction_log_id_blocks (
    block INTEGER NOT NULL,
    batch_id INTEGER NOT NULL,
    PRIMARY KEY (block, batch_id)
) WITHOUT ROWID;
CREATE INDEX prediction_log_id_blocks_by_batch ON prediction_log_id_blocks (batch_id);

-- Predictions already logged move into batches of one model and one minute; their ids are kept as given ids.
INSERT INTO prediction_log_batches (model_name, first_timestamp, last_timestamp, row_count, generated_ids, rows)
SELECT model_name, min(timestamp), max(timestamp), count(*), NULL,
       json_group_array(json_object('id', request_id, 'row', row, 'ts', timestamp, 'v', model_version, 'role', role,
                                    'class', predicted_class, 'us', CAST(round(latency_ms * 1000) AS INTEGER), 'in', json(inputs), 'out', json(outputs)))
FROM (SELECT * FROM prediction_log ORDER BY model_name, timestamp / 60000, timestamp, prediction_id)
GROUP BY model_name, timestamp / 60000;

INSERT OR IGNORE INTO prediction_log_given_ids (request_id, row, role, batch_id)
SELECT p.request_id, p.row, p.role, b.batch_id
FROM prediction_log p JOIN prediction_log_batches b ON b.model_name = p.model_name AND b.first_timestamp / 60000 = p.timestamp / 60000;

DROP TABLE prediction_log;
