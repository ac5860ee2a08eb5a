-- Osprey metadata schema 10: the bytes of a stored prediction batch move out of the database into append-only segment files in the
-- `prediction-log` folder next to it. The database keeps one small index row per batch; a batch's bytes are written once, in one
-- call, instead of page by page into the write-ahead log and again into the database file.

-- A batch written from schema 10 on names its segment file and the range it occupies there: `ids_length` bytes of generated ids
-- (packed as before), followed at once by `rows_length` bytes of the rows' JSON array (same shape as before). Its `rows` and
-- `generated_ids` are NULL. A batch written before keeps its bytes here, with `segment` NULL.
CREATE TABLE prediction_log_batches_new (
    batch_id INTEGER PRIMARY KEY,
    model_name TEXT NOT NULL,
    first_timestamp INTEGER NOT NULL,
    last_timestamp INTEGER NOT NULL,
    row_count INTEGER NOT NULL,
    generated_ids BLOB,
    rows TEXT,
    segment TEXT,
    segment_offset INTEGER,
    ids_length INTEGER,
    rows_length INTEGER,
    CHECK ((segment IS NULL) = (segment_offset IS NULL) AND (segment IS NULL) = (rows IS NOT NULL))
);
INSERT INTO prediction_log_batches_new (batch_id, model_name, first_timestamp, last_timestamp, row_count, generated_ids, rows)
SELECT batch_id, model_name, first_timestamp, last_timestamp, row_count, generated_ids, rows FROM prediction_log_batches;
DROP TABLE prediction_log_batches;
ALTER TABLE prediction_log_batches_new RENAME TO prediction_log_batches;
CREATE INDEX prediction_log_batches_by_model_time ON prediction_log_batches (model_name, first_timestamp, batch_id);
CREATE INDEX prediction_log_batches_by_age ON prediction_log_batches (last_timestamp);
