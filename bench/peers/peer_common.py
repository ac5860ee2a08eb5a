"""Shared loading and metrics for the learning peers: same CSV reading, same test metrics as Osprey reports."""
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score, log_loss

def load(train_path, test_path, target, categorical, one_hot):
    """Reads both CSVs; categorical columns become pandas categories (or one-hot columns); the target becomes 0..K-1."""
    # The same missing-value tokens as Osprey's CSV reader, blank (" ") included.
    missing = ["", " ", "NA", "N/A", "null", "NULL", "?"]
    train = pd.read_csv(train_path, na_values=missing, keep_default_na=False)
    test = pd.read_csv(test_path, na_values=missing, keep_default_na=False)
    labels = sorted(pd.concat([train[target], test[target]]).astype(str).unique())
    index = {v: i for i, v in enumerate(labels)}
    y_train = train.pop(target).astype(str).map(index).to_numpy()
    y_test = test.pop(target).astype(str).map(index).to_numpy()
    for c in categorical:
        kinds = pd.CategoricalDtype(sorted(pd.concat([train[c], test[c]]).dropna().astype(str).unique()))
        train[c] = train[c].astype(str).where(train[c].notna()).astype(kinds)
        test[c] = test[c].astype(str).where(test[c].notna()).astype(kinds)
    if one_hot and categorical:
        train = pd.get_dummies(train, columns=categorical, dtype=np.float32)
        test = pd.get_dummies(test, columns=categorical, dtype=np.float32).reindex(columns=train.columns, fill_value=0)
    return train, y_train, test, y_test, len(labels)

def metrics(y_test, proba, classes):
    """ROC AUC (one-vs-rest macro for multiclass) and log loss of predicted probabilities."""
    proba = np.asarray(proba, dtype=np.float64)
    if classes == 2:
        p = proba if proba.ndim == 1 else proba[:, 1]
        return {"auc": float(roc_auc_score(y_test, p)), "log_loss": float(log_loss(y_test, np.clip(p, 1e-15, 1 - 1e-15)))}
    return {"auc": float(roc_auc_score(y_test, proba, multi_class="ovr")), "log_loss": float(log_loss(y_test, proba))}
