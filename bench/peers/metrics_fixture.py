#!/usr/bin/python3
"""Prints scikit-learn's values for the fixed vectors in tests/Osprey.Core.Tests/Learning/MetricsTests.cs (run once, paste)."""
import numpy as np
from sklearn import metrics as m

y = np.array([0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0])
s = np.array([0.1, 0.8, 0.8, 0.3, 0.55, 0.55, 0.2, 0.9, 0.35, 0.7, 0.6, 0.05])
p = (s >= 0.5).astype(int)
print("accuracy", repr(m.accuracy_score(y, p)))
for avg in ["binary", "macro", "weighted", "micro"]:
    print(avg, repr(m.precision_score(y, p, average=avg)), repr(m.recall_score(y, p, average=avg)), repr(m.f1_score(y, p, average=avg)))
print("roc_auc", repr(m.roc_auc_score(y, s)))
print("average_precision", repr(m.average_precision_score(y, s)))
print("log_loss", repr(m.log_loss(y, s)))
print("brier", repr(m.brier_score_loss(y, s)))
print("confusion@0.5", m.confusion_matrix(y, p).ravel().tolist())
prec, rec, thr = m.precision_recall_curve(y, s)
f1 = 2 * prec * rec / np.maximum(prec + rec, 1e-300)
i = int(np.argmax(f1[:-1]))
print("best_f1", repr(float(thr[i])), repr(float(f1[i])))

yc = np.array([0, 1, 2, 2, 1, 0, 1, 2, 0, 1])
pc = np.array([0, 2, 2, 1, 1, 0, 1, 2, 1, 1])
proba = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.2, 0.2, 0.6], [0.1, 0.5, 0.4], [0.2, 0.6, 0.2],
                  [0.8, 0.1, 0.1], [0.3, 0.4, 0.3], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3], [0.25, 0.5, 0.25]])
print("mc accuracy", repr(m.accuracy_score(yc, pc)))
for avg in ["macro", "weighted", "micro"]:
    print("mc", avg, repr(m.precision_score(yc, pc, average=avg)), repr(m.recall_score(yc, pc, average=avg)), repr(m.f1_score(yc, pc, average=avg)))
print("mc log_loss", repr(m.log_loss(yc, proba)))
print("mc roc_auc_ovr", repr(m.roc_auc_score(yc, proba, multi_class="ovr")))
print("mc confusion", m.confusion_matrix(yc, pc).tolist())

yr = np.array([3, -0.5, 2, 7, 4.2])
pr = np.array([2.5, 0.0, 2, 8, 4.0])
print("rmse", repr(m.mean_squared_error(yr, pr) ** 0.5))
print("mae", repr(m.mean_absolute_error(yr, pr)))
print("r2", repr(m.r2_score(yr, pr)))
print("mape", repr(m.mean_absolute_percentage_error(yr, pr)))
print("mape with zero", repr(m.mean_absolute_percentage_error([0.0, 1.0], [0.5, 1.5])))
