"""Compares training-data and training-setting variants of the `harmful-request` bag-linear model,
trained as train.py trains it (same split, tune slice rule, seed, threshold rule, int8 scoring with
windows + sentences), without shipping anything. Appends one record per run to
training/harmful/data-results.json.

Run after `HARMFUL_INTENT=1 npx tsx training/harmful/corpus.ts` (the corpus with own-intent.ts's
rows; one run at a time; one torch thread):
    /usr/bin/python3 training/harmful/data_experiment.py NAME [--drop REGEX] [--tune-only REGEX]
        [--epochs N] [--lr X] [--weight REGEX=MULT ...] [--seed N] [--seeds N] [--fdrop P] [--dump FILE]
        [--spec JSON] [--optim JSON] [--nb JSON]

--drop REGEX        drop train rows whose source matches (e.g. the new own-intent-* rows, to get
                    the model without them from the same corpus build)
--tune-only REGEX   hold matching sources out of fitting (tune slice only, like own-framed-risky)
--weight REGEX=M    multiply the row weights of matching sources by M (after source balancing)
--seed N            the first seed (default train.py's SEED)
--seeds N           train N seeds and average their weights (exact logit averaging for bag-linear;
                    default train.py's LINEAR_SEEDS)
--fdrop P           feature dropout while fitting
--spec JSON         merged into train.py's feature SPEC (e.g. '{"fold": "en-stem"}' or
                    '{"charNgrams": [3, 4]}'; only keys both featurisers read)
--optim JSON        merged into train.py's OPTIM (e.g. '{"wd": 0.04}' or '{"name": "adagrad",
                    "lrScale": 10}'; unknown keys are refused)
--nb JSON           merged into train.py's NB (naive-Bayes feature scaling; '{"power": 0}' turns it
                    off, which is the recipe shipped before stop 29)
--dump FILE         the tune slice's benign rows over the threshold (for error analysis on the tune
                    slice, never on dev or the fixtures)

`--drop '^own-intent'` on that corpus is the shipped corpus: with no other option it reproduces the
shipped model (record b18-wd2-stem; before stop 27, the en-tense record of fold_experiment.py).

Per run: dev AUC pooled and per harmful set; the threshold by train.py's rule on the tune slice
(and, where it differs, the pooled rule shipped before stop 26 with its figures: `pooledRule`)
(Platt on the tune slice; no dev row or fixture chooses anything); dev ordinary / OKTest flag
counts at it; and, as a final report only, our own fixtures flagged at that threshold.
Features are cached per text in training/.data/harmful/text-features.pkl, so a corpus change
only featurises its new rows.
"""
import argparse
import importlib.util
import json
import os
import pickle
import re
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
spec_ = importlib.util.spec_from_file_location("harmful_train", os.path.join(HERE, "train.py"))
ht = importlib.util.module_from_spec(spec_)
spec_.loader.exec_module(ht)
from bag import auc, class_balanced, platt, read_jsonl, sigmoid  # noqa: E402
from features import featurize  # noqa: E402

RESULTS = os.path.join(HERE, "data-results.json")
# Feature-spec keys training/common/features.py and src/models/features.ts both read.
SPEC_KEYS = {"type", "mode", "buckets", "charNgrams", "maxWordChars", "maxChars", "maxSymbolRun", "fold", "window"}
CACHE = os.path.join(ht.DATA, "text-features.pkl")


class Cache:
    def __init__(self):
        self.d = pickle.load(open(CACHE, "rb")) if os.path.exists(CACHE) else {}
        self.dirty = False

    def get(self, rows, sentences):
        out, n_new, t0 = [], 0, time.time()
        key_spec = json.dumps(ht.SPEC, sort_keys=True)
        for r in rows:
            k = (key_spec, sentences, r["text"])
            v = self.d.get(k)
            if v is None:
                ws = [(np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.float32)) for a, b in featurize(r["text"], ht.SPEC)]
                ss = [(np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.float32)) for a, b in ht.sentence_features(r["text"])] if sentences else []
                v = (ws, ss)
                self.d[k] = v
                n_new += 1
                self.dirty = True
            out.append(v)
        if n_new:
            print(f"featurised {n_new} new rows in {time.time() - t0:.0f}s", flush=True)
        return out

    def save(self):
        if self.dirty:
            with open(CACHE + ".tmp", "wb") as f:
                pickle.dump(self.d, f, protocol=4)
            os.replace(CACHE + ".tmp", CACHE)


def merge_options(flag, text, target, known=None):
    """Merges the JSON object `text` (a command-line option; nothing when empty) into the settings
    dict `target`, refusing keys outside `known` (default: the keys `target` already has)."""
    if not text:
        return
    extra = json.loads(text)
    known = set(target) if known is None else set(known)
    unknown = set(extra) - known
    if unknown:
        raise SystemExit(f"{flag}: unknown keys {sorted(unknown)} (known: {sorted(known)})")
    target.update(extra)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--drop", default=None)
    ap.add_argument("--tune-only", default=None)
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--seeds", type=int, default=ht.LINEAR_SEEDS, help="train this many seeds (seed, seed+1, ...) and average their weights (exact logit averaging for bag-linear)")
    ap.add_argument("--fdrop", type=float, default=0.0, help="feature dropout while fitting: each (window, feature) dropped with this probability, the rest scaled by 1/(1-p)")
    ap.add_argument("--weight", action="append", default=[])
    ap.add_argument("--optim", default=None, help="JSON merged into train.py's OPTIM (e.g. '{\"wd\": 0.01}' or '{\"name\": \"adagrad\", \"lrScale\": 10}')")
    ap.add_argument("--spec", default=None, help="JSON merged into train.py's feature SPEC (e.g. '{\"skipBigrams\": 3}')")
    ap.add_argument("--nb", default=None, help="JSON merged into train.py's NB (e.g. '{\"power\": 0}' = off)")
    ap.add_argument("--dump", default=None, help="write the tune slice's benign rows at or over the threshold (and its harmful rows under it) to this JSONL file")
    args = ap.parse_args()
    t0 = time.time()
    merge_options("--spec", args.spec, ht.SPEC, SPEC_KEYS)
    merge_options("--optim", args.optim, ht.OPTIM)
    merge_options("--nb", args.nb, ht.NB)
    train = read_jsonl(os.path.join(ht.DATA, "train.jsonl"))
    if args.drop:
        train = [r for r in train if not re.search(args.drop, r["source"])]
    if args.tune_only:
        ht.HELD_FOR_TUNE = set(ht.HELD_FOR_TUNE) | {r["source"] for r in train if re.search(args.tune_only, r["source"])}
    dev_all = read_jsonl(os.path.join(ht.DATA, "dev.jsonl"))
    fit, _, tune, dev, _ = ht.split(train, dev_all)
    fix = ht.fixture_rows()
    cache = Cache()
    f_fit = [(ws, []) for ws, _ in cache.get(fit, False)]
    f_tune = cache.get(tune, True)
    f_dev = cache.get(dev, True)
    f_fix = cache.get(fix, True)
    cache.save()

    name, _arch, dim, hidden, epochs, lr = ht.VARIANTS[0]
    epochs = args.epochs or epochs
    lr = args.lr or lr
    Y, M = ht.label_matrix(fit)
    W = ht.row_weights(fit)
    for spec in args.weight:
        rx, mult = spec.rsplit("=", 1)
        m = np.array([bool(re.search(rx, r["source"])) for r in fit])
        W[m] *= float(mult)
    data = ht.as_featurized(f_fit, Y)
    if args.fdrop > 0:
        import torch

        base_batch, keep = ht.scaled_batch, 1.0 - args.fdrop

        def dropped_batch(rows, idx, scales=None):
            ids, vals, offs = base_batch(rows, idx, scales)
            return ids, vals * (torch.rand(vals.shape) < keep).float() / keep, offs

        ht.scaled_batch = dropped_batch
    t1 = time.time()
    model = ht.train_seeds(data, M, W, dim, hidden, epochs, lr, args.seeds, args.seed)
    secs = time.time() - t1

    zt = ht.q_logits_of(model, f_tune, True)[:, 0]
    zd = ht.q_logits_of(model, f_dev, True)[:, 0]
    zf = ht.q_logits_of(model, f_fix, True)[:, 0]
    ytune = np.array([r["label"] for r in tune])
    gtune = np.array([ht.tune_group(r) for r in tune])
    a, c = platt(zt, ytune, sample_weight=class_balanced(ytune))
    pt = sigmoid(a * zt + c)
    thr, _ = ht.choose_threshold(pt, tune, gtune)
    thr_pooled, _ = ht.choose_threshold(pt, tune, gtune, per_source=False)
    p = sigmoid(a * zd + c)
    pf = sigmoid(a * zf + c)
    ydev = np.array([r["label"] for r in dev])
    grp = np.array([r["group"] for r in dev])
    sets = ht.dev_report(p, dev, thr)
    if args.dump:
        with open(args.dump, "w") as f:
            for r, g, q in sorted(zip(tune, gtune, pt), key=lambda x: -x[2]):
                if (g != "harmful" and q >= thr) or (g == "harmful" and q < 0.2):
                    f.write(json.dumps({"p": round(float(q), 3), "group": g, "source": r["source"], "text": r["text"][:300]}, ensure_ascii=False) + "\n")
    res = {
        "name": args.name,
        "args": {k: v for k, v in vars(args).items() if k != "name"},
        "fitRows": len(fit),
        "devAuc": round(auc(p, ydev), 4),
        "tuneAuc": round(auc(pt, ytune), 4),
        "threshold": thr,
        "tuneRiskyFpr": round(float((pt[gtune == "risky"] >= thr).mean()), 4),
        "tuneOrdinaryFpr": round(float((pt[gtune == "ordinary"] >= thr).mean()), 4),
        "recall": round(float((p[ydev == 1] >= thr).mean()), 4),
        "devOrdinaryFlagged": f"{int((p[grp == 'ordinary'] >= thr).sum())}/{int((grp == 'ordinary').sum())}",
        "devOktestFlagged": f"{int((p[grp == 'risky'] >= thr).sum())}/{int((grp == 'risky').sum())}",
        "setAuc": {s: v["auc"] for s, v in sets.items() if "auc" in v},
        "fixtures": {},
        "trainSeconds": round(secs),
        "seconds": round(time.time() - t0),
    }
    for nm, (flagged, rows) in ht.fixture_flags(pf, fix, thr).items():
        res["fixtures"][nm] = f"{flagged}/{rows}"
    if thr_pooled != thr:  # the pooled threshold rule shipped before stop 26, for comparison
        res["pooledRule"] = {
            "threshold": thr_pooled,
            "recall": round(float((p[ydev == 1] >= thr_pooled).mean()), 4),
            "devOrdinaryFlagged": f"{int((p[grp == 'ordinary'] >= thr_pooled).sum())}/{int((grp == 'ordinary').sum())}",
            "devOktestFlagged": f"{int((p[grp == 'risky'] >= thr_pooled).sum())}/{int((grp == 'risky').sum())}",
            "fixtures": {nm: f"{a}/{b}" for nm, (a, b) in ht.fixture_flags(pf, fix, thr_pooled).items()},
        }
    print(json.dumps(res), flush=True)
    ht.append_result(RESULTS, res)


if __name__ == "__main__":
    main()
