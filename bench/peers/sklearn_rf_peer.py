#!/usr/bin/python3
"""scikit-learn RandomForest peer: same CSVs and metrics as the other peers; prints one JSON line.

Usage: sklearn_rf_peer.py TRAIN.csv TEST.csv TARGET [--trees 100] [--depth 0] [--jobs 2] [--categorical a,b]
Categorical columns become ordinal codes (scikit-learn's forests have no native categorical splits); missing
numbers are imputed with the training median (scikit-learn 1.2 forests reject NaN). depth 0 means unlimited.
"""
import argparse, json, time
import numpy as np
import sklearn
from sklearn.ensemble import RandomForestClassifier
from peer_common import load, metrics

def main():
    p = argparse.ArgumentParser()
    p.add_argument("train"); p.add_argument("test"); p.add_argument("target")
    p.add_argument("--trees", type=int, default=100); p.add_argument("--depth", type=int, default=0)
    p.add_argument("--jobs", type=int, default=2); p.add_argument("--categorical", default="")
    a = p.parse_args()
    cats = [c for c in a.categorical.split(",") if c]
    x_train, y_train, x_test, y_test, classes = load(a.train, a.test, a.target, cats, one_hot=False)
    start = time.perf_counter()
    for c in cats:
        x_train[c] = x_train[c].cat.codes
        x_test[c] = x_test[c].cat.codes
    medians = x_train.median()
    x_train = x_train.fillna(medians)
    model = RandomForestClassifier(n_estimators=a.trees, max_depth=a.depth or None, n_jobs=a.jobs, random_state=42)
    model.fit(x_train, y_train)
    train_seconds = time.perf_counter() - start
    start = time.perf_counter()
    proba = model.predict_proba(x_test.fillna(medians))
    score_seconds = time.perf_counter() - start
    result = {"peer": "sklearn-rf", "version": sklearn.__version__, "train_seconds": train_seconds,
              "score_rows_per_second": len(y_test) / score_seconds}
    result.update(metrics(y_test, proba, classes))
    print(json.dumps(result))

if __name__ == "__main__":
    main()
