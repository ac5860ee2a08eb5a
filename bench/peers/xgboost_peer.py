#!/usr/bin/python3
"""XGBoost peer for Osprey's learning benchmark: trains `hist` on a CSV, scores a test CSV, prints one JSON line.

Usage: xgboost_peer.py TRAIN.csv TEST.csv TARGET [--trees 200] [--lr 0.1] [--depth 6] [--threads 2] [--categorical a,b]
Timing covers what the Osprey side also times: from in-memory columns to a trained model (DMatrix build + quantile
sketch + boosting), and scoring of the test rows.
"""
import argparse, json, time
import numpy as np
import pandas as pd
import xgboost as xgb
from peer_common import load, metrics

def main():
    p = argparse.ArgumentParser()
    p.add_argument("train"); p.add_argument("test"); p.add_argument("target")
    p.add_argument("--trees", type=int, default=200); p.add_argument("--lr", type=float, default=0.1)
    p.add_argument("--depth", type=int, default=6); p.add_argument("--threads", type=int, default=2)
    p.add_argument("--categorical", default="")
    p.add_argument("--codes", action="store_true", help="feed categorical columns as their integer codes instead of native categories")
    a = p.parse_args()
    cats = [c for c in a.categorical.split(",") if c]
    x_train, y_train, x_test, y_test, classes = load(a.train, a.test, a.target, cats, one_hot=False)
    if a.codes:
        for c in cats:
            x_train[c] = x_train[c].cat.codes.replace(-1, np.nan).astype(np.float32)
            x_test[c] = x_test[c].cat.codes.replace(-1, np.nan).astype(np.float32)
        cats = []
    params = {"tree_method": "hist", "nthread": a.threads, "max_depth": a.depth, "eta": a.lr, "max_bin": 256,
              "objective": "binary:logistic" if classes == 2 else "multi:softprob", "seed": 42}
    if classes > 2:
        params["num_class"] = classes
    start = time.perf_counter(); cpu = time.process_time()
    dtrain = xgb.DMatrix(x_train, label=y_train, enable_categorical=bool(cats), nthread=a.threads)
    booster = xgb.train(params, dtrain, a.trees)
    train_seconds = time.perf_counter() - start
    train_cpu_seconds = time.process_time() - cpu
    start = time.perf_counter()
    dtest = xgb.DMatrix(x_test, enable_categorical=bool(cats), nthread=a.threads)
    proba = booster.predict(dtest)
    score_seconds = time.perf_counter() - start
    result = {"peer": "xgboost-hist" + ("-codes" if a.codes else ""), "version": xgb.__version__, "train_seconds": train_seconds, "train_cpu_seconds": train_cpu_seconds,
              "score_rows_per_second": len(y_test) / score_seconds}
    result.update(metrics(y_test, proba, classes))
    print(json.dumps(result))

if __name__ == "__main__":
    main()
