#!/usr/bin/python3
"""scikit-learn LogisticRegression peer: median imputation + standardisation for numbers, one-hot for categories,
then lbfgs with C=1 and max_iter=100 (scikit-learn's defaults), as Osprey's logistic regression does. Prints one JSON line.

Usage: sklearn_logistic_peer.py TRAIN.csv TEST.csv TARGET [--categorical a,b]
"""
import argparse, json, time
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from peer_common import load, metrics

def main():
    p = argparse.ArgumentParser()
    p.add_argument("train"); p.add_argument("test"); p.add_argument("target")
    p.add_argument("--categorical", default="")
    a = p.parse_args()
    cats = [c for c in a.categorical.split(",") if c]
    x_train, y_train, x_test, y_test, classes = load(a.train, a.test, a.target, cats, one_hot=False)
    numeric = [c for c in x_train.columns if c not in cats]
    prepare = ColumnTransformer([
        ("numbers", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        ("categories", OneHotEncoder(handle_unknown="ignore"), cats),
    ])
    for c in cats:
        x_train[c] = x_train[c].astype(str)
        x_test[c] = x_test[c].astype(str)
    model = make_pipeline(prepare, LogisticRegression(C=1.0, max_iter=100))
    start = time.perf_counter()
    model.fit(x_train, y_train)
    train_seconds = time.perf_counter() - start
    start = time.perf_counter()
    proba = model.predict_proba(x_test)
    score_seconds = time.perf_counter() - start
    result = {"peer": "sklearn-logistic", "version": sklearn.__version__, "train_seconds": train_seconds,
              "score_rows_per_second": len(y_test) / score_seconds}
    result.update(metrics(y_test, proba, classes))
    print(json.dumps(result))

if __name__ == "__main__":
    main()
