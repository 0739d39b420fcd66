"""Person-name tagger for Anonymize: compares a per-token model with the shipped rules on presidio's
held-out DEV templates (split by template in corpus.ts: no dev wording is ever trained on).

Approaches compared (same split, same span metric as bench/data-protection.ts):
  A. rules: cues + US Census name lists (src/scanners/pii/names.ts; spans from rules-spans.ts)
  B. model: logistic regression over hashed per-token features (the token's character 2-4-grams,
     shape, the words around it, punctuation around it, name-list membership), capitalised words only
  C. rules OR model (a token the model tags joins a rules span, or makes one)

Run:
  npx tsx training/pii-names/corpus.ts && npx tsx training/pii-names/rules-spans.ts
  /usr/bin/python3 training/pii-names/train.py
Prints the table; writes training/.data/pii-names/compare.json. Seed 7; torch.set_num_threads(1).
"""
import json
import math
import os
import re
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "training", ".data", "pii-names")

# The word shape of names.ts (NAME_WORD): a letter, then letters, marks, apostrophes, hyphens.
WORD = re.compile(r"(?<![\w'’@/.\\-])[^\W\d_](?:[^\W\d_]|['’-]){0,39}")


def load_lexicon():
    src = open(os.path.join(ROOT, "src", "scanners", "pii", "name-lexicon.ts"), encoding="utf8").read()
    get = lambda k: set(re.search(r"export const " + k + r" = '([^']*)'", src).group(1).split())
    return get("FIRST_NAMES"), get("SURNAMES"), get("STOPWORD_NAMES")


FIRST, LAST, AMBIG = load_lexicon()
BUCKETS = int(os.environ.get("BUCKETS", 1 << 16))
sys.path.insert(0, os.path.join(ROOT, "training", "common"))
from features import fnv1a  # noqa: E402


def words(text):
    out = []
    for m in WORD.finditer(text):
        w = m.group(0)
        while w and (w.endswith("'s") or w.endswith("’s") or w[-1] in "'’-"):
            w = w[:-2] if w.endswith(("'s", "’s")) else w[:-1]
        if w:
            out.append((m.start(), m.start() + len(w), w))
    return out


def is_cap(w):
    return len(w) >= 2 and w[0].isupper() and (w[1].islower())


def shape(w):
    s = "".join("X" if c.isupper() else "x" if c.islower() else "-" for c in w[:6])
    return re.sub(r"(.)\1+", r"\1\1", s)


def prev_char(text, i):
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 0:
        return "^"
    c = text[j]
    return "L" if c.isalpha() else "D" if c.isdigit() else c


def next_char(text, i):
    j = i
    while j < len(text) and text[j] == " ":
        j += 1
    if j >= len(text):
        return "$"
    c = text[j]
    return "L" if c.isalpha() else "D" if c.isdigit() else c


def feats(text, ws, k):
    s, e, w = ws[k]
    lw = w.lower()
    f = ["w:" + lw, "sh:" + shape(w), "len:%d" % min(len(w), 12)]
    p = "<" + lw + ">"
    for n in (2, 3, 4):
        for i in range(len(p) - n + 1):
            f.append("c:" + p[i : i + n])
    for off in (-2, -1, 1, 2):
        j = k + off
        if 0 <= j < len(ws):
            ow = ws[j][2]
            f.append("o%d:%s" % (off, ow.lower()))
            f.append("oc%d:%d" % (off, is_cap(ow)))
        else:
            f.append("o%d:<none>" % off)
    f.append("pc:" + prev_char(text, s))
    f.append("nc:" + next_char(text, e))
    if lw in FIRST:
        f.append("lexF")
    if lw in LAST:
        f.append("lexL")
    if lw in AMBIG:
        f.append("lexA")
    return f


def load(split):
    return [json.loads(l) for l in open(os.path.join(DATA, split + ".jsonl"), encoding="utf8")]


def token_data(rows):
    """Feature lists of every capitalised word, its label (inside a gold PERSON span) and where it is."""
    X, y, where = [], [], []
    for ri, r in enumerate(rows):
        text = r["text"]
        ws = words(text)
        gold = [(g["start"], g["end"]) for g in r["spans"] if g["label"] == "PERSON"]
        for k, (s, e, w) in enumerate(ws):
            if not is_cap(w):
                continue
            X.append(feats(text, ws, k))
            y.append(1 if any(s < ge and gs < e for gs, ge in gold) else 0)
            where.append((ri, s, e))
    return X, np.array(y, dtype=np.float32), where


def hashed(X, buckets):
    """CSR matrix of feature counts by FNV-1a(feature) & (buckets - 1): what the TypeScript twin computes."""
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for i, f in enumerate(X):
        for s in f:
            rows.append(i)
            cols.append(fnv1a(s) & (buckets - 1))
            vals.append(1.0)
    return csr_matrix((vals, (rows, cols)), shape=(len(X), buckets), dtype=np.float32)


def merge(text, spans):
    """Merge spans that overlap or are separated by one space (or '. ' after an initial)."""
    out = []
    for s, e in sorted(spans):
        if out and (s <= out[-1][1] or text[out[-1][1] : s] in (" ", ". ")):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def score(rows, pred):
    gold_n = gold_hit = pred_n = pred_ok = 0
    for r, ps in zip(rows, pred):
        gold = [(g["start"], g["end"]) for g in r["spans"] if g["label"] == "PERSON"]
        gold_n += len(gold)
        gold_hit += sum(1 for gs, ge in gold if any(a < ge and gs < b for a, b in ps))
        pred_n += len(ps)
        pred_ok += sum(1 for a, b in ps if any(a < ge and gs < b for gs, ge in gold))
    p = pred_ok / max(1, pred_n)
    rc = gold_hit / max(1, gold_n)
    return {"precision": p, "recall": rc, "f1": 2 * p * rc / max(1e-9, p + rc), "gold": gold_n, "predicted": pred_n}


def predict_spans(rows, where, probs, th, rules=None):
    by_row = [[] for _ in rows]
    for (ri, s, e), pp in zip(where, probs):
        if pp >= th:
            by_row[ri].append((s, e))
    out = []
    for r, t in zip(rows, by_row):
        extra = rules.get(r["text"], []) if rules is not None else []
        out.append(merge(r["text"], list(t) + list(extra)))
    return out


def fit(H, y, C):
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, max_iter=3000)
    clf.fit(H, y)
    return clf


GRID_C = (0.3, 1.0, 3.0)
GRID_TH = (0.5, 0.6, 0.7)
GOLDEN = [
    "Dear Maya Ortiz, thanks for the parcel.",
    "Yesterday Jordan Keller moved the meeting to Friday.",
    "Seth had given Irma his address before he left.",
    "The Acme Bank office in New York opens on Monday.",
    "Please ask Dr. Ilsabet Vorkan about the results.",
    "Tomomi Sato is from Osaka and works at Initech.",
]


def main():
    import torch

    sys.path.insert(0, os.path.join(ROOT, "training", "common"))
    from bag import BagModel, set_seed  # noqa: E402
    from ship import ship  # noqa: E402

    torch.set_num_threads(1)
    set_seed(7)
    t0 = time.time()
    train, dev = load("train"), load("dev")
    rules = {}
    for l in open(os.path.join(DATA, "rules.jsonl"), encoding="utf8"):
        o = json.loads(l)
        rules[o["text"]] = [(a, b) for a, b, _c in o["person"]]
    buckets = BUCKETS
    Xtr, ytr, wtr = token_data(train)
    Xdv, ydv, wdv = token_data(dev)
    Htr, Hdv = hashed(Xtr, buckets), hashed(Xdv, buckets)

    # Model selection by 3-fold cross-validation over TRAIN templates (dev is never used to choose).
    templates = sorted({r["template"] for r in train})
    fold_of = {t: i % 3 for i, t in enumerate(templates)}
    row_fold = np.array([fold_of[train[ri]["template"]] for ri, _, _ in wtr])
    cv = {}
    for C in GRID_C:
        probs = np.zeros(len(ytr))
        for f in range(3):
            tr, te = row_fold != f, row_fold == f
            probs[te] = fit(Htr[tr], ytr[tr], C).predict_proba(Htr[te])[:, 1]
        for th in GRID_TH:
            cv[(C, th)] = score(train, predict_spans(train, wtr, probs, th, rules))["f1"]
    C, th = max(cv, key=cv.get)
    print("CV (train templates, rules OR model F1): " + ", ".join("C=%g th=%.1f %.3f" % (c, t, v) for (c, t), v in sorted(cv.items())))
    print("chosen: C=%g threshold=%.1f" % (C, th))

    clf = fit(Htr, ytr, C)
    pdv = clf.predict_proba(Hdv)[:, 1]
    results = {
        "A. rules (cues + name lists)": score(dev, [merge(r["text"], rules[r["text"]]) for r in dev]),
        "B. model (per-token logistic regression)": score(dev, predict_spans(dev, wdv, pdv, th)),
        "C. rules OR model": score(dev, predict_spans(dev, wdv, pdv, th, rules)),
    }
    print("| approach (presidio dev templates, PERSON) | precision | recall | F1 | predicted |")
    print("|---|---|---|---|---|")
    for k, v in results.items():
        print("| %s | %.1f %% | %.1f %% | %.1f %% | %d |" % (k, 100 * v["precision"], 100 * v["recall"], 100 * v["f1"], v["predicted"]))
    print("tokens: train %d (%d in names), dev %d (%d); buckets %d; %.1fs" % (len(ytr), ytr.sum(), len(ydv), ydv.sum(), buckets, time.time() - t0))

    # Ship: the linear model as a one-output bag graph (ids, vals -> probs), int8 weights.
    model = BagModel(buckets, 1, hidden=False, k=1)
    with torch.no_grad():
        model.bag.weight.copy_(torch.from_numpy(clf.coef_.astype(np.float32).reshape(-1, 1)))
        model.b2.copy_(torch.tensor([float(clf.intercept_[0])]))
    spec = {
        "type": "hashed-ngrams",
        "mode": "text",
        "buckets": buckets,
        "charNgrams": [2, 4],
        "maxWordChars": 32,
        "maxSymbolRun": 4,
        "window": {"tokens": 512, "stride": 384},
        "perToken": {"version": 1, "features": "w: sh: len: c:(2-4) o-2..o2: oc-2..oc2: pc: nc: lexF lexL lexA", "hash": "fnv1a & (buckets-1)", "values": "counts"},
    }
    metrics = {k: {m: round(v[m], 4) for m in ("precision", "recall", "f1")} | {"gold": v["gold"], "predicted": v["predicted"]} for k, v in results.items()}
    manifest = ship(
        "pii-names",
        model,
        spec,
        labels=["person"],
        threshold=th,
        architecture="per-token logistic regression over hashed features (bag-linear, int8)",
        data={"train": "presidio-synthetic-pii (MIT), %d templates, %d sentences" % (len(templates), len(train)), "dev": "presidio-synthetic-pii, %d held-out templates, %d sentences" % (len({r['template'] for r in dev}), len(dev))},
        metrics={"dev": metrics, "cv": {"C": C, "threshold": th}},
        golden_texts=GOLDEN,
    )
    # Per-token golden: the probabilities the TypeScript featuriser + ONNX must reproduce.
    tg = []
    for t in GOLDEN:
        ws = words(t)
        toks = []
        for k, (s, e, w) in enumerate(ws):
            if not is_cap(w):
                continue
            h = hashed([feats(t, ws, k)], buckets)
            z = float(h.dot(model.bag.weight.detach().numpy().astype(np.float32))[0, 0] + clf.intercept_[0])
            toks.append([s, e, round(1 / (1 + math.exp(-z)), 4)])
        tg.append({"text": t, "tokens": toks})
    json.dump(tg, open(os.path.join(ROOT, "models", "pii-names", "token-golden.json"), "w"), indent=1)
    json.dump({"results": results, "cv": {"%g/%.1f" % k: v for k, v in cv.items()}, "chosen": {"C": C, "threshold": th}, "size": manifest["sizeBytes"]}, open(os.path.join(DATA, "compare.json"), "w"), indent=1)
    print("shipped models/pii-names: %d bytes" % manifest["sizeBytes"])


if __name__ == "__main__":
    sys.exit(main())
