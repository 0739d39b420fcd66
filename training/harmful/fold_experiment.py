"""Compares feature folds (`features.json` "fold", see training/common/features.py) for the
`harmful-request` bag-linear model, trained exactly as train.py trains it (same rows, split, tune
slice, seed, epochs), without shipping anything. Appends one record per fold to
training/harmful/fold-results.json.

Run (one at a time; one torch thread):
    /usr/bin/python3 training/harmful/fold_experiment.py none en-tense en-stem

Per fold: dev AUC (int8 graph, windows + sentences, as shipped) pooled and per harmful set; the
threshold by train.py's rule on the tune slice (Platt on the tune slice; no dev row chooses
anything); dev recall / ordinary FPR / OKTest FPR at it; and, as a final report only, the flag rate
of our own fixtures (test/fixtures/harmful/benign-risky.jsonl, harmful-own.jsonl and
test/fixtures/prompt-attacks/benign.jsonl) at that threshold.
"""
import importlib.util
import json
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
spec_ = importlib.util.spec_from_file_location("harmful_train", os.path.join(HERE, "train.py"))
ht = importlib.util.module_from_spec(spec_)
spec_.loader.exec_module(ht)
from bag import auc, class_balanced, platt, read_jsonl, sigmoid  # noqa: E402

RESULTS = os.path.join(HERE, "fold-results.json")
BASE_SPEC = {k: v for k, v in ht.SPEC.items() if k != "fold"}


def run(fold):
    spec = dict(BASE_SPEC)
    if fold != "none":
        spec["fold"] = fold
    ht.SPEC = spec  # load_features / sentence_features / train_masked read the module's SPEC
    t0 = time.time()
    train = read_jsonl(os.path.join(ht.DATA, "train.jsonl"))
    dev_all = read_jsonl(os.path.join(ht.DATA, "dev.jsonl"))
    fit, _, tune, dev, _ = ht.split(train, dev_all)
    fix = ht.fixture_rows()
    f_fit = ht.load_features(fit, "fit", False)
    f_tune = ht.load_features(tune, "tune", True)
    f_dev = ht.load_features(dev, "dev", True)
    f_fix = ht.load_features(fix, "fixtures3", True)
    model, secs = ht.fit_bag_linear(fit, f_fit)
    zt = ht.q_logits_of(model, f_tune, True)[:, 0]
    zd = ht.q_logits_of(model, f_dev, True)[:, 0]
    zw = ht.q_logits_of(model, f_dev, False)[:, 0]
    zf = ht.q_logits_of(model, f_fix, True)[:, 0]
    ytune = np.array([r["label"] for r in tune])
    gtune = np.array([ht.tune_group(r) for r in tune])
    a, c = platt(zt, ytune, sample_weight=class_balanced(ytune))
    thr, _ = ht.choose_threshold(sigmoid(a * zt + c), tune, gtune)
    p = sigmoid(a * zd + c)
    pf = sigmoid(a * zf + c)
    ydev = np.array([r["label"] for r in dev])
    grp = np.array([r["group"] for r in dev])
    sets = ht.dev_report(p, dev, thr)
    res = {
        "fold": fold,
        "devAuc": round(auc(p, ydev), 4),
        "devAucWindowsOnly": round(auc(zw, ydev), 4),
        "tuneAuc": round(auc(zt, ytune), 4),
        "threshold": thr,
        "recall": round(float((p[ydev == 1] >= thr).mean()), 4),
        "ordinaryFpr": round(float((p[grp == "ordinary"] >= thr).mean()), 4),
        "oktestFpr": round(float((p[grp == "risky"] >= thr).mean()), 4),
        "setAuc": {s: v["auc"] for s, v in sets.items() if "auc" in v},
        "fixtures": {},
        "trainSeconds": round(secs),
        "seconds": round(time.time() - t0),
    }
    for nm, (flagged, rows) in ht.fixture_flags(pf, fix, thr).items():
        res["fixtures"][nm] = {"rows": rows, "flagged": flagged, "rate": round(flagged / rows, 4)}
    print(json.dumps(res), flush=True)
    ht.append_result(RESULTS, res)


if __name__ == "__main__":
    for fold in sys.argv[1:]:
        run(fold)
