"""Writes the tiny fixture models the unit tests load (test/fixtures/models/<id>/): a classifier
whose score rises with the word "zebra" (weights set by hand, not trained), and an encoder.

Run: /usr/bin/python3 training/common/fixture.py
"""
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
from bag import BagModel, export_onnx, sha256, write_json  # noqa: E402
from features import fnv1a  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SPEC = {"type": "hashed-ngrams", "mode": "text", "buckets": 1024, "charNgrams": [3, 3], "maxWordChars": 16, "maxSymbolRun": 4, "window": {"tokens": 16, "stride": 12}}


def write(model_id, model, kind, labels):
    out = os.path.join(ROOT, "test", "fixtures", "models", model_id)
    export_onnx(model, os.path.join(out, "model.onnx"), calib=[(1.0, 0.0)] * len(labels) if kind == "classify" else None, kind=kind, name=model_id)
    write_json(os.path.join(out, "features.json"), SPEC)
    files = {f: {"bytes": os.path.getsize(os.path.join(out, f)), "sha256": sha256(os.path.join(out, f))} for f in ("model.onnx", "features.json")}
    write_json(os.path.join(out, "manifest.json"), {"id": model_id, "task": kind, "architecture": "bag-linear (hand-set fixture)", "labels": labels, "threshold": 0.5, "files": files, "sizeBytes": files["model.onnx"]["bytes"]})


def main():
    torch.manual_seed(0)
    clf = BagModel(SPEC["buckets"], 1, hidden=False, k=1)
    with torch.no_grad():
        clf.bag.weight.zero_()
        clf.bag.weight[fnv1a("wzebra") & (SPEC["buckets"] - 1), 0] = 60.0
        clf.b2.fill_(-2.0)
    write("tiny-classifier", clf, "classify", ["zebra"])
    enc = BagModel(SPEC["buckets"], 8, hidden=False, k=8)
    write("tiny-encoder", enc, "embed", [])
    print("wrote test/fixtures/models/tiny-classifier and tiny-encoder")


if __name__ == "__main__":
    main()
