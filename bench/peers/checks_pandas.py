"""The pandas side of `osprey.bench checks`: the same 20 checks on the same CSV, timed apart from loading.

Usage: python3 checks_pandas.py DATA.csv ROUNDS NOW_ISO
Prints one JSON object: load and check times per round (seconds) and each check's observed value and failing-row count.
Row checks also collect the first 20 failing row numbers, as Osprey does, so both sides do the same work.
"""
import json
import re
import sys
import time

import numpy as np
import pandas as pd

MISSING = ["", " ", "NA", "N/A", "null", "NULL", "?"]


def load(path):
    return pd.read_csv(path, na_values=MISSING, keep_default_na=False, parse_dates=["created"],
                       dtype={"region": "category", "plan": "category", "status": "category"})


def row_check(results, name, failing, evaluated, mostly=1.0):
    idx = np.flatnonzero(failing.to_numpy() if hasattr(failing, "to_numpy") else failing)
    unexpected = int(idx.size)
    results[name] = {"unexpected": unexpected, "examples": (idx[:20] + 1).tolist(),
                     "pass": bool(unexpected <= np.floor((1 - mostly) * evaluated + 1e-9))}


def measure(results, name, value, lo=None, hi=None):
    value = None if value is None or (isinstance(value, float) and np.isnan(value)) else float(value)
    results[name] = {"observed": value,
                     "pass": value is not None and (lo is None or value >= lo) and (hi is None or value <= hi)}


def checks(df, now):
    r = {}
    n = len(df)
    measure(r, "row_count", n, 1000)
    row_check(r, "not_null(order_id)", df.order_id.isna(), n)
    ids = df.order_id.dropna()
    row_check(r, "unique(order_id)", df.order_id.notna() & df.order_id.duplicated(keep=False), len(ids))
    row_check(r, "not_null(a0)", df.a0.isna(), n)
    row_check(r, "not_null(a1)", df.a1.isna(), n, 0.95)
    a2 = df.a2
    row_check(r, "in_range(a2)", a2.notna() & ~a2.between(0, 100), a2.notna().sum())
    row_check(r, "positive(a3)", df.a3.notna() & ~(df.a3 > 0), df.a3.notna().sum())
    for col, allowed in (("region", ["north", "south", "east", "west", "central"]), ("plan", ["basic", "pro", "enterprise"])):
        s = df[col]
        row_check(r, f"allowed_values({col})", s.notna() & ~s.isin(allowed), s.notna().sum())
    status = df.status.astype(str).where(df.status.notna())
    matches = status.str.contains(re.compile(r"^[a-z]+$"), na=True)
    row_check(r, "regex(status)", ~matches, df.status.notna().sum())
    kinds = {"order_id": "object", "a0": "float64", "region": "category", "created": "datetime64[ns]"}
    r["schema"] = {"pass": bool(all(c in df.columns and str(df[c].dtype) == k for c, k in kinds.items()))}
    age = (now - df.created.max()).total_seconds()
    measure(r, "freshness(created)", age, None, 31 * 86400)
    measure(r, "mean(a4)", df.a4.mean(), 400, 600)
    measure(r, "median(a5)", df.a5.median(), 400, 600)
    measure(r, "stddev(a6)", df.a6.std(), 200, 400)
    measure(r, "quantile(a7, 0.95)", df.a7.quantile(0.95), 900, 1000)
    measure(r, "distinct_count(region)", df.region.nunique(), 5, 5)
    known = df.a8.notna() & df.a9.notna()
    row_check(r, "expression(a8 >= a9 - 50)", known & ~(df.a8 >= df.a9 - 50), known.sum(), 0.5)
    a1 = df.a1
    row_check(r, "in_range(a1)", a1.notna() & ~a1.between(0, 1000), a1.notna().sum())
    row_check(r, "not_null(created)", df.created.isna(), n)
    return r


def main():
    path, rounds, now = sys.argv[1], int(sys.argv[2]), pd.Timestamp(sys.argv[3]).tz_localize(None)
    load_times, check_times, results = [], [], None
    for _ in range(rounds):
        start = time.perf_counter()
        df = load(path)
        load_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        results = checks(df, now)
        check_times.append(time.perf_counter() - start)
    print(json.dumps({"pandas": pd.__version__, "load_s": load_times, "check_s": check_times, "results": results}, default=int))


if __name__ == "__main__":
    main()
