"""Writes a trained bag model into models/<id>/: model.onnx, features.json, golden.json,
manifest.json (file hashes, labels, threshold, metrics, data) — the files the library reads.

The model card (models/<id>/README.md) is written by each training script, from the same metrics.
"""
import os
import subprocess

import numpy as np

from bag import Featurized, export_onnx, quantized_logits, sha256, sigmoid, write_json

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def git_commit():
    try:
        return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True).strip()
    except Exception:  # noqa: BLE001
        return "unknown"


def ship(model_id, model, spec, *, labels, threshold, calib=None, kind="classify", architecture, data, metrics, golden_texts, extra=None):
    """Exports and writes every file; returns the manifest dict."""
    out = os.path.join(ROOT, "models", model_id)
    os.makedirs(out, exist_ok=True)
    size = export_onnx(model, os.path.join(out, "model.onnx"), calib=calib, kind=kind, name=model_id)
    write_json(os.path.join(out, "features.json"), spec)
    golden = []
    if kind == "classify":
        g = Featurized(golden_texts, np.zeros((len(golden_texts), len(labels))), spec)
        z = quantized_logits(model, g, calib)
        golden = [{"text": t, "probs": [round(float(p), 5) for p in sigmoid(z[i])]} for i, t in enumerate(golden_texts)]
    else:
        from features import featurize

        E = model.bag.weight.detach().numpy()
        q = np.abs(E).max(axis=1) / 127.0
        q[q == 0] = 1.0
        Eq = np.clip(np.round(E / q[:, None]), -127, 127) * q[:, None]
        for t in golden_texts:
            ids, vals = featurize(t, spec)[0]
            if not ids:
                ids, vals = [0], [0.0]
            h = (Eq[ids] * np.asarray(vals)[:, None]).sum(0)
            h = h / max(np.linalg.norm(h), 1e-6)
            golden.append({"text": t, "embedding": [round(float(v), 5) for v in h]})
    write_json(os.path.join(out, "golden.json"), golden)
    files = ["model.onnx", "features.json"]
    manifest = {
        "id": model_id,
        "task": kind,
        "architecture": architecture,
        "labels": labels,
        "threshold": threshold,
        "files": {f: {"bytes": os.path.getsize(os.path.join(out, f)), "sha256": sha256(os.path.join(out, f))} for f in files},
        "sizeBytes": size,
        "data": data,
        "metrics": metrics,
        "commit": git_commit(),
    }
    if extra:
        manifest.update(extra)
    write_json(os.path.join(out, "manifest.json"), manifest)
    return manifest
