#!/usr/bin/python3
"""scikit-learn HistGradientBoosting peer: same CSVs and metrics as xgboost_peer.py; prints one JSON line.

Usage: sklearn_hgb_peer.py TRAIN.csv TEST.csv TARGET [--trees 200] [--lr 0.1] [--depth 6] [--categorical a,b]
Threads follow OMP_NUM_THREADS (the benchmark sets 2). Categorical columns are fed as ordinal codes with
categorical_features, scikit-learn's native categorical support. Early stopping is off so every peer builds all trees.
"""
import argparse, json, time
import numpy as np
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier
from peer_common import load, metrics

def main():
    p = argparse.ArgumentParser()
    p.add_argument("train"); p.add_argument("test"); p.add_argument("target")
    p.add_argument("--trees", type=int, default=200); p.add_argument("--lr", type=float, default=0.1)
    p.add_argument("--depth", type=int, default=6); p.add_argument("--categorical", default="")
    a = p.parse_args()
    cats = [c for c in a.categorical.split(",") if c]
    x_train, y_train, x_test, y_test, classes = load(a.train, a.test, a.target, cats, one_hot=False)
    for c in cats:
        x_train[c] = x_train[c].cat.codes.replace(-1, np.nan)
        x_test[c] = x_test[c].cat.codes.replace(-1, np.nan)
    mask = [c in cats for c in x_train.columns]
    model = HistGradientBoostingClassifier(max_iter=a.trees, learning_rate=a.lr, max_depth=a.depth, max_leaf_nodes=None,
                                           max_bins=255, early_stopping=False, categorical_features=mask or None, random_state=42)
    start = time.perf_counter()
    model.fit(x_train, y_train)
    train_seconds = time.perf_counter() - start
    start = time.perf_counter()
    proba = model.predict_proba(x_test)
    score_seconds = time.perf_counter() - start
    result = {"peer": "sklearn-hgb", "version": sklearn.__version__, "train_seconds": train_seconds,
              "score_rows_per_second": len(y_test) / score_seconds}
    result.update(metrics(y_test, proba, classes))
    print(json.dumps(result))

if __name__ == "__main__":
    main()
