"""The classic Python model server Osprey's serving benchmark is measured against: FastAPI + uvicorn + a scikit-learn
gradient-boosted churn model, answering the same JSON request as `osprey serve` (`POST /predict` with named features).

Tuned as docs/benchmarks/serving.md explains: an `async def` handler (no thread-pool hop), TCP_NODELAY on every accepted
connection (uvicorn 0.17 with several workers creates its socket so asyncio skips it, and keep-alive requests then wait
for the client's delayed ACK), and one OpenMP thread per worker (run with OMP_NUM_THREADS=1).

Run (from the repository root):
  CHURN_CSV=data/telco-churn.csv OMP_NUM_THREADS=1 /usr/bin/python3 -m uvicorn serving_fastapi:app \
      --app-dir bench/peers --workers 2 --host 127.0.0.1 --port 8001 --log-level warning
"""
import asyncio.base_events
import os
import socket
import time

import numpy as np
import pandas as pd
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sklearn.ensemble import HistGradientBoostingClassifier


def _set_nodelay(sock):
    # asyncio only sets TCP_NODELAY when the listening socket's proto is IPPROTO_TCP; uvicorn's shared socket has proto 0.
    if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


asyncio.base_events._set_nodelay = _set_nodelay

TARGET = "Churn"
IGNORED = {"customerID", TARGET}


def _load():
    """Trains the peer's model on the bundled data with the settings the benchmark gives Osprey's learner."""
    frame = pd.read_csv(os.environ.get("CHURN_CSV", "data/telco-churn.csv"))
    frame["TotalCharges"] = pd.to_numeric(frame["TotalCharges"], errors="coerce")
    features = [c for c in frame.columns if c not in IGNORED]
    categories = {c: sorted(frame[c].dropna().astype(str).unique()) for c in features if frame[c].dtype == object}
    codes = {c: {v: i for i, v in enumerate(values)} for c, values in categories.items()}
    matrix = np.column_stack([
        frame[c].astype(str).map(codes[c]).astype(float).to_numpy() if c in codes else frame[c].astype(float).to_numpy()
        for c in features])
    labels = (frame[TARGET] == "Yes").astype(int).to_numpy()
    model = HistGradientBoostingClassifier(max_iter=int(os.environ.get("TREES", "100")), learning_rate=0.1, max_depth=6, max_leaf_nodes=31,
                                           categorical_features=[c in codes for c in features], random_state=0)
    model.fit(matrix, labels)
    return model, features, codes


MODEL, FEATURES, CODES = _load()
CLASSES = ["No", "Yes"]
app = FastAPI()


def _encode(name, value):
    if value is None:
        return np.nan
    if name in CODES:
        return CODES[name].get(str(value), np.nan)
    return float(value)


@app.post("/predict")
async def predict(request: Request):
    started = time.perf_counter()
    body = await request.json()
    features = body.get("features")
    if not isinstance(features, dict):
        return JSONResponse({"error": "features must be an object"}, status_code=400)
    missing = [f for f in FEATURES if f not in features]
    if missing:
        return JSONResponse({"error": f"missing feature {missing[0]}"}, status_code=400)
    try:
        row = np.array([[_encode(name, features[name]) for name in FEATURES]])
    except (TypeError, ValueError) as error:
        return JSONResponse({"error": str(error)}, status_code=400)
    probability = float(MODEL.predict_proba(row)[0, 1])
    return {
        "model": "churn",
        "version": 1,
        "prediction": CLASSES[int(probability >= 0.5)],
        "probabilities": {"No": 1 - probability, "Yes": probability},
        "latency_ms": (time.perf_counter() - started) * 1000,
    }


@app.get("/health")
async def health():
    return {"status": "ok", "model_loaded": True}
