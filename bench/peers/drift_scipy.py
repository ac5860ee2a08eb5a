"""The SciPy side of the drift benchmark: a per-column loop a team would write by hand.

Numerical columns: scipy.stats.ks_2samp and PSI over Sturges bins of both sides; categorical columns: scipy.stats.chisquare
against reference frequencies scaled to the current size. Reads the binary files the .NET side wrote (loading timed apart)
and prints one JSON object.
"""
import json
import resource
import statistics
import sys
import time

import numpy as np
from scipy import stats


def psi(ref, cur):
    bins = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
    p = np.histogram(ref, bins)[0] / len(ref)
    q = np.histogram(cur, bins)[0] / len(cur)
    p = np.where(p == 0, 0.0001, p)
    q = np.where(q == 0, 0.0001, q)
    return float(np.sum((p - q) * np.log(p / q)))


def chisquare(ref, cur, categories):
    r = np.bincount(ref, minlength=categories).astype(float)
    c = np.bincount(cur, minlength=categories).astype(float)
    keep = (r > 0) | (c > 0)
    return float(stats.chisquare(c[keep], r[keep] * len(cur) / len(ref))[1])


def main(folder, rows, numeric, categorical, rounds):
    started = time.perf_counter()
    ref_num = np.fromfile(f"{folder}/reference.f64", dtype="<f8").reshape(numeric, rows)
    cur_num = np.fromfile(f"{folder}/current.f64", dtype="<f8").reshape(numeric, rows)
    ref_cat = np.fromfile(f"{folder}/reference.i32", dtype="<i4").reshape(categorical, rows)
    cur_cat = np.fromfile(f"{folder}/current.i32", dtype="<i4").reshape(categorical, rows)
    load = time.perf_counter() - started
    times = []
    drifted = 0
    for _ in range(rounds):
        started = time.perf_counter()
        drifted = 0
        for i in range(numeric):
            p_value = stats.ks_2samp(ref_num[i], cur_num[i]).pvalue
            drifted += (p_value < 0.05) + (psi(ref_num[i], cur_num[i]) >= 0.1)
        for i in range(categorical):
            categories = int(max(ref_cat[i].max(), cur_cat[i].max())) + 1
            drifted += chisquare(ref_cat[i], cur_cat[i], categories) < 0.05
        times.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"load_seconds": load, "median_seconds": statistics.median(times), "seconds": times,
                      "peak_bytes": peak, "drifted_tests": int(drifted)}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
