#!/usr/bin/python3
"""Writes XGBoost JSON models, their inputs and XGBoost's own predictions, for Osprey's import tests.

Usage: xgboost_fixture.py OUT_DIR [--seed 7] [--rows 400] [--trees 20]
For each case NAME it writes NAME.model.json (save_model), NAME.inputs.csv (features; empty = missing;
categorical features as integer codes) and NAME.expected.csv (predict(), one column per output, full precision).
The committed fixtures in tests/Osprey.Core.Tests/Learning/Fixtures were made with the defaults.
"""
import argparse, os
import numpy as np
import pandas as pd
import xgboost as xgb

def features(rng, rows, categorical):
    # float32 columns: what XGBoost computes with, and what %.9g writes back exactly.
    x = pd.DataFrame({f"f{i}": (rng.normal(size=rows) * (i + 1)).astype(np.float32) for i in range(4)})
    x.loc[rng.random(rows) < 0.1, "f1"] = np.nan
    x.loc[rng.random(rows) < 0.05, "f3"] = np.nan
    if categorical:
        x["colour"] = pd.Categorical(rng.integers(0, 7, size=rows))
    return x

def write(out, name, booster, x, categorical):
    booster.save_model(os.path.join(out, f"{name}.model.json"))
    inputs = x.copy()
    if categorical:
        inputs["colour"] = inputs["colour"].cat.codes
    inputs.to_csv(os.path.join(out, f"{name}.inputs.csv"), index=False, float_format="%.9g", na_rep="")
    predictions = booster.predict(xgb.DMatrix(x, enable_categorical=categorical))
    predictions = predictions.reshape(len(x), -1)
    pd.DataFrame(predictions, columns=[f"p{k}" for k in range(predictions.shape[1])]).to_csv(
        os.path.join(out, f"{name}.expected.csv"), index=False, float_format="%.9g")

def main():
    p = argparse.ArgumentParser()
    p.add_argument("out"); p.add_argument("--seed", type=int, default=7)
    p.add_argument("--rows", type=int, default=400); p.add_argument("--trees", type=int, default=20)
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = np.random.default_rng(a.seed)
    cases = [
        ("binary", {"objective": "binary:logistic", "base_score": 0.3}, False),
        ("regression", {"objective": "reg:squarederror"}, False),
        ("multiclass", {"objective": "multi:softprob", "num_class": 3}, False),
        ("categorical", {"objective": "binary:logistic", "max_cat_to_onehot": 1}, True),
    ]
    for name, params, categorical in cases:
        x = features(rng, a.rows, categorical)
        signal = np.sin(x["f0"]) + 0.3 * x["f1"].fillna(1.5) - 0.1 * x["f2"] ** 2
        if categorical:
            signal = signal + np.where(x["colour"].cat.codes.isin([1, 4, 5]), 1.0, -0.5)
        if params["objective"] == "reg:squarederror":
            y = 10 * signal + rng.normal(size=a.rows)
        elif params["objective"].startswith("multi"):
            y = np.digitize(signal + rng.normal(scale=0.3, size=a.rows), [-0.5, 0.5])
        else:
            y = (rng.random(a.rows) < 1 / (1 + np.exp(-2 * signal))).astype(int)
        params = dict(params, tree_method="hist", max_depth=4, eta=0.3, seed=a.seed, nthread=1)
        booster = xgb.train(params, xgb.DMatrix(x, label=y, enable_categorical=categorical), a.trees)
        write(a.out, name, booster, x.head(60), categorical)

if __name__ == "__main__":
    main()
