"""Trains the `refusal` model (one output, `refusal`) and writes models/refusal/.

Scores an LLM RESPONSE for being a refusal ("I can't help with that", "As an AI I cannot…",
partial refusals, lectures in place of an answer); used by the NoRefusal output scanner.

Rebuild (from the repository root):
    npx tsx training/refusal/corpus.ts && /usr/bin/python3 training/refusal/train.py

Reads training/.data/refusal/{train,dev}.jsonl (written by corpus.ts, split by source: whole
model runs, gptfuzz's held-out questions, held-out answer sets and held-out phrasings of our own
text are dev), compares architectures on dev, ships the winner, writes the model card.
"""
import json
import os
import sys
import time

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "training", "common"))

from bag import Featurized, auc, class_balanced, metrics_at, platt, quantized_logits, read_jsonl, sample_logits, set_seed, sigmoid, source_balanced, train_classifier  # noqa: E402
from features import featurize, raw_windows  # noqa: E402
from features import reduce_counts as reduce_window  # noqa: E402
from ship import ship  # noqa: E402

torch.set_num_threads(1)
SEED = 4242
MODEL_ID = "refusal"
DATA = os.path.join(ROOT, "training", ".data", MODEL_ID)
OUT = os.path.join(ROOT, "models", MODEL_ID)
SIZE_BUDGET = 2 * 1024 * 1024
THRESHOLD = 0.5  # calibrated probability: 0.5 = even odds at a balanced prior

HELD_OUT_MODELS = ["rd-gemma-2b-it", "rd-llama-2-7b-chat-hf", "rd-meta-llama-3-8b-instruct", "rd-qwen-1_8b-chat", "rd-yi-6b-chat"]
# For the "what if we trained on some model runs" check: these three join train, the others test.
RD_EXTRA_TRAIN = ["rd-gemma-2b-it", "rd-llama-2-7b-chat-hf", "rd-qwen-1_8b-chat"]
LABELLED_DEV = HELD_OUT_MODELS + ["gptfuzz-evaluate", "own-heldout-phrasings"]
ANSWER_ONLY_DEV = ["self-instruct-outputs", "xquad-paragraphs"]

LICENCES = {
    "rd-gemma-2b-it": "Apache-2.0 repo; Gemma output to Alpaca prompts (CC BY-NC 4.0): dev only",
    "rd-llama-2-7b-chat-hf": "Apache-2.0 repo; Llama 2 output to Alpaca prompts (CC BY-NC 4.0): dev only",
    "rd-qwen-1_8b-chat": "Apache-2.0 repo; Qwen output to Alpaca prompts (CC BY-NC 4.0): dev only",
    "rd-meta-llama-3-8b-instruct": "Apache-2.0 repo; Llama 3 output to Alpaca prompts (CC BY-NC 4.0): dev only",
    "rd-yi-6b-chat": "Apache-2.0 repo; Yi output to Alpaca prompts (CC BY-NC 4.0): dev only",
    "gptfuzz-train": "MIT",
    "gptfuzz-evaluate": "MIT",
    "gsm8k-answers": "MIT",
    "humaneval-solutions": "MIT",
    "self-instruct-outputs": "Apache-2.0",
    "xquad-paragraphs": "CC BY-SA 4.0 (dev only)",
    "own": "ours (project licence)",
    "own-heldout-phrasings": "ours (project licence)",
}


def group(source):
    """own-refusal-de → own; own-heldout-phrasings-answer-ja → own-heldout-phrasings."""
    for p in ("own-heldout-phrasings", "own"):
        if source.startswith(p + "-"):
            return p
    return source


def spec_text(buckets, ngrams=(3, 5), window=(256, 192)):
    return {"type": "hashed-ngrams", "mode": "text", "buckets": buckets, "charNgrams": list(ngrams), "maxWordChars": 32, "maxSymbolRun": 4, "window": {"tokens": window[0], "stride": window[1]}}


# name, architecture, buckets, dim, hidden, ngrams, window, epochs
CANDIDATES = [
    ("bag-linear 2^18 win512", "bag-linear", 1 << 18, 1, False, (3, 5), (512, 384), 6),
    ("bag-mlp 2^16x16", "bag-mlp", 1 << 16, 16, True, (3, 5), (256, 192), 6),
    ("bag-mlp 2^17x8 win512", "bag-mlp", 1 << 17, 8, True, (3, 5), (512, 384), 6),
    ("bag-mlp 2^16x16 win512", "bag-mlp", 1 << 16, 16, True, (3, 5), (512, 384), 6),
]

# Our own words: responses the scanner will meet. Expected label per text in GOLDEN_EXPECT.
GOLDEN = [
    "I'm sorry, but I can't help with creating that. If you have another question, I'm happy to help.",
    "As an AI assistant I am not able to provide instructions for this, because it could put people at risk.",
    "Es tut mir leid, aber bei dieser Anfrage kann ich dir nicht weiterhelfen.",
    "抱歉，我不能提供这方面的帮助。",
    "Sorry for the delay! Here is the function you asked for:\n\ndef mean(xs):\n    return sum(xs) / len(xs)",
    "You cannot divide by zero, so the function returns None when the list is empty; otherwise it returns the average.",
    "Sure. The Eiffel Tower is about 330 metres tall and was finished in 1889 for the World's Fair.",
    "Claro: para hacer pan, mezcla harina, agua, sal y levadura, deja reposar la masa una hora y hornea a 220 °C.",
]
GOLDEN_EXPECT = [1, 1, 1, 1, 0, 0, 0, 0]


class Cache:
    """Raw hashed windows per (ngrams, window, text), computed once; reduced per bucket count."""

    def __init__(self):
        self.raw = {}
        self.red = {}

    def windows(self, text, spec):
        k = (spec["buckets"], tuple(spec["charNgrams"]), spec["window"]["tokens"], spec["window"]["stride"], text)
        w = self.red.get(k)
        if w is None:
            rk = k[1:]
            raw = self.raw.get(rk)
            if raw is None:
                raw = raw_windows(text, spec)
                self.raw[rk] = raw
            w = [reduce_window(x, spec["buckets"]) for x in raw]
            self.red[k] = w
        return w

    def featurized(self, rows, spec):
        f = Featurized.__new__(Featurized)
        f.rows, owner = [], []
        for i, r in enumerate(rows):
            for x in self.windows(r["text"], spec):
                f.rows.append(x)
                owner.append(i)
        f.owner = np.asarray(owner)
        f.labels = np.asarray([[float(r["label"])] for r in rows], dtype=np.float32)
        return f


def check_cache(cache, rows, specs):
    """The fast path must give featurize()'s exact windows."""
    for spec in specs:
        for r in rows:
            a = featurize(r["text"], spec)
            b = cache.windows(r["text"], spec)
            assert len(a) == len(b) and all(x[0] == y[0] and np.allclose(x[1], y[1], atol=1e-12) for x, y in zip(a, b)), "feature cache differs from features.featurize"


def report(z, dev, calib, thr=THRESHOLD):
    """Pooled and per-source figures for raw logits z under calibration calib."""
    y = np.array([r["label"] for r in dev])
    g = np.array([group(r["source"]) for r in dev])
    p = sigmoid(calib[0] * z + calib[1])
    out = {"pooled": {"auc": auc(z, y), **metrics_at(p, y, thr)}}
    held = np.isin(g, HELD_OUT_MODELS)
    out["held-out-models"] = {"auc": auc(z[held], y[held]), **metrics_at(p[held], y[held], thr)}
    for s in LABELLED_DEV + ANSWER_ONLY_DEV:
        m = g == s
        out[s] = {"auc": auc(z[m], y[m]) if len(set(y[m])) == 2 else None, **metrics_at(p[m], y[m], thr)}
    return out


def fit(cache, train, spec, dim, hidden, epochs, log=print):
    set_seed(SEED)
    tr = cache.featurized(train, spec)
    return train_classifier(tr, spec["buckets"], dim, hidden, k=1, epochs=epochs, lr=3e-3, batch=64, weights=source_balanced(train), log=log)


def onnx_bytes(buckets, dim, hidden):
    return buckets * dim + buckets * 4 + (dim * 4 * 3 + 64 if hidden else 64) + 2048


def fmt(v):
    return "—" if v is None else f"{v:.3f}"


def main():
    t0 = time.time()
    train = read_jsonl(os.path.join(DATA, "train.jsonl"))
    dev = read_jsonl(os.path.join(DATA, "dev.jsonl"))
    assert not ({group(r["source"]) for r in train} & {group(r["source"]) for r in dev}), "a source is in both splits"
    ydev = np.array([r["label"] for r in dev])
    print(f"train {len(train)} rows, dev {len(dev)} rows")
    cache = Cache()
    check_cache(cache, train[::97] + dev[::97], [spec_text(c[2], c[5], c[6]) for c in CANDIDATES])

    # ---- architecture comparison: train sources → held-out dev sources
    table, best = [], None
    for name, arch, buckets, dim, hidden, ngrams, window, epochs in CANDIDATES:
        est = onnx_bytes(buckets, dim, hidden)
        if est > SIZE_BUDGET:
            print(f"skip {name}: ~{est} bytes over budget")
            continue
        spec = spec_text(buckets, ngrams, window)
        t1 = time.time()
        print(f"== {name}")
        model = fit(cache, train, spec, dim, hidden, epochs)
        z = sample_logits(model, cache.featurized(dev, spec))[:, 0]
        calib = platt(z, ydev, sample_weight=class_balanced(ydev))
        rep = report(z, dev, calib)
        row = {"name": name, "architecture": arch, "buckets": buckets, "dim": dim, "window": list(window), "approxBytes": est, "report": rep, "seconds": round(time.time() - t1, 1)}
        table.append(row)
        print(
            f"   pooled AUC {rep['pooled']['auc']:.4f} F1 {rep['pooled']['f1']:.3f}  held-out models AUC {rep['held-out-models']['auc']:.4f}  "
            f"gptfuzz-eval AUC {rep['gptfuzz-evaluate']['auc']:.4f}  own-heldout AUC {rep['own-heldout-phrasings']['auc']:.4f}  "
            f"self-instruct FPR {rep['self-instruct-outputs']['fpr']:.3f} xquad FPR {rep['xquad-paragraphs']['fpr']:.3f} ({row['seconds']}s)"
        )
        score = rep["pooled"]["auc"]
        if best is None or score > best[0]:
            best = (score, name, arch, buckets, dim, hidden, ngrams, window, epochs, model, spec, z)

    print("\n| variant | pooled AUC | held-out models AUC | gptfuzz-eval AUC | own-heldout AUC | pooled P/R/F1/FPR @0.5 | self-instruct FPR | xquad FPR | ~bytes |")
    for r in table:
        rp = r["report"]
        pp = rp["pooled"]
        print(
            f"| {r['name']} | {pp['auc']:.4f} | {rp['held-out-models']['auc']:.4f} | {rp['gptfuzz-evaluate']['auc']:.4f} | {rp['own-heldout-phrasings']['auc']:.4f} | "
            f"{pp['precision']:.3f}/{pp['recall']:.3f}/{pp['f1']:.3f}/{pp['fpr']:.3f} | {rp['self-instruct-outputs']['fpr']:.3f} | {rp['xquad-paragraphs']['fpr']:.3f} | {r['approxBytes']} |"
        )

    _, name, arch, buckets, dim, hidden, ngrams, window, epochs, model, spec, zf = best
    print(f"\nwinner: {name}")

    # ---- calibration on dev, figures from the int8 graph as shipped
    devf = cache.featurized(dev, spec)
    zq = quantized_logits(model, devf)[:, 0]
    calib = platt(zq, ydev, sample_weight=class_balanced(ydev))
    rep = report(zq, dev, calib)
    print(f"float vs int8 pooled AUC: {auc(zf, ydev):.4f} vs {rep['pooled']['auc']:.4f}")
    print(f"platt a={calib[0]:.4f} c={calib[1]:.4f} threshold={THRESHOLD}")
    for k, v in rep.items():
        print(f"  {k:28s} AUC {fmt(v['auc'])}  P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} FPR {v['fpr']:.3f}  ({v['rows']} rows)")

    # Per-language figures on our held-out phrasings (refusal recall, answer FPR).
    pq = sigmoid(calib[0] * zq + calib[1])
    langs = {}
    for i, r in enumerate(dev):
        if group(r["source"]) == "own-heldout-phrasings":
            lang = r["source"][-2:]
            e = langs.setdefault(lang, [0, 0, 0, 0])
            e[0 if r["label"] == 1 else 2] += 1
            e[1 if r["label"] == 1 else 3] += int(pq[i] >= THRESHOLD)
    lang_rep = {k: {"refusalRecall": v[1] / max(v[0], 1), "answerFpr": v[3] / max(v[2], 1), "rows": v[0] + v[2]} for k, v in sorted(langs.items())}
    print("own held-out phrasings by language:", {k: f"R {v['refusalRecall']:.2f} FPR {v['answerFpr']:.2f}" for k, v in lang_rep.items()})

    # A few dev errors, for the card's known limits.
    order = np.argsort(-np.abs(pq - ydev))
    errs = [(dev[i]["source"], int(ydev[i]), float(pq[i]), dev[i]["text"][:160].replace("\n", " ")) for i in order[:25] if (pq[i] >= THRESHOLD) != bool(ydev[i])]
    for e in errs[:15]:
        print("  err", e)

    # ---- cross-source checks with the winning architecture
    cross = []
    for held, trainer in (("gptfuzz-evaluate", "gptfuzz-train"), ("own-heldout-phrasings", "own")):
        tr = [r for r in train if group(r["source"]) != trainer]
        te = [r for r in dev if group(r["source"]) == held]
        m2 = fit(cache, tr, spec, dim, hidden, epochs, log=lambda s: None)
        z2 = sample_logits(m2, cache.featurized(te, spec))[:, 0]
        a = auc(z2, np.array([r["label"] for r in te]))
        cross.append({"heldOut": held, "change": f"{trainer} removed from train", "rows": len(te), "auc": a, "shippedAuc": rep[held]["auc"]})
        print(f"cross-source: without {trainer} in train, {held}: AUC {a:.4f} on {len(te)} rows")
    # What training on three of the (NC-derived) model runs would buy on the other two.
    te_mask = np.array([r["source"] in HELD_OUT_MODELS and r["source"] not in RD_EXTRA_TRAIN for r in dev])
    te = [r for r, m in zip(dev, te_mask) if m]
    m2 = fit(cache, train + [r for r in dev if r["source"] in RD_EXTRA_TRAIN], spec, dim, hidden, epochs, log=lambda s: None)
    z2 = sample_logits(m2, cache.featurized(te, spec))[:, 0]
    yte = np.array([r["label"] for r in te])
    a = auc(z2, yte)
    cross.append({"heldOut": "rd-meta-llama-3-8b-instruct + rd-yi-6b-chat", "change": "gemma, llama-2, qwen runs added to train", "rows": len(te), "auc": a, "shippedAuc": auc(zq[te_mask], yte)})
    print(f"cross-source: with 3 model runs in train, llama-3 + yi: AUC {a:.4f} (shipped {auc(zq[te_mask], yte):.4f}) on {len(te)} rows")

    # ---- ship
    def src_rows(rows, split):
        out = {}
        for r in rows:
            out[group(r["source"])] = out.get(group(r["source"]), 0) + 1
        return [{"source": s, "licence": LICENCES.get(s, "?"), "rows": n, "split": split} for s, n in sorted(out.items())]

    rnd4 = lambda d: {k: (round(v, 4) if isinstance(v, float) else v) for k, v in d.items()}  # noqa: E731
    ho = rep["held-out-models"]
    metrics = {
        "heldOutSource": "model runs meta-llama-3-8b-instruct + yi-6b-chat (refusal-direction), never trained on",
        "threshold": THRESHOLD,
        "aucHeldOut": round(ho["auc"], 4),
        "precision": round(ho["precision"], 4),
        "recall": round(ho["recall"], 4),
        "f1": round(ho["f1"], 4),
        "fpr": round(ho["fpr"], 4),
        "devPooled": rnd4(rep["pooled"]),
        "perSource": {k: rnd4(v) for k, v in rep.items() if k not in ("pooled", "held-out-models")},
        "ownHeldOutByLanguage": {k: rnd4(v) for k, v in lang_rep.items()},
        "gptfuzzEvaluate": rnd4(rep["gptfuzz-evaluate"]),
        "crossSource": [rnd4(c) for c in cross],
        "calibration": "platt on the whole dev split, class-balanced",
    }
    manifest = ship(
        MODEL_ID,
        model,
        spec,
        labels=["refusal"],
        threshold=THRESHOLD,
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
    golden = json.load(open(os.path.join(OUT, "golden.json"), encoding="utf-8"))
    gold_lines = []
    for g, e in zip(golden, GOLDEN_EXPECT):
        pr = g["probs"][0]
        ok = (pr >= THRESHOLD) == bool(e)
        gold_lines.append(f"| {g['text'][:90].replace(chr(10), ' ')}{'…' if len(g['text']) > 90 else ''} | {'refusal' if e else 'answer'} | {pr:.3f} | {'ok' if ok else 'WRONG'} |")
        print(f"golden {pr:.3f} {'ok ' if ok else 'BAD'} {g['text'][:80]!r}")
    write_card(table, name, arch, spec, dim, calib, rep, lang_rep, cross, manifest, train, dev, gold_lines)
    print(f"done in {time.time() - t0:.0f}s; model.onnx {size} bytes")


def write_card(table, name, arch, spec, dim, calib, rep, lang_rep, cross, manifest, train, dev, gold_lines):
    def counts(rows):
        m = {}
        for r in rows:
            e = m.setdefault(group(r["source"]), [0, 0])
            e[r["label"]] += 1
        return m

    data_lines = []
    for split, rows in (("train", train), ("dev", dev)):
        for s, (n0, n1) in sorted(counts(rows).items()):
            data_lines.append(f"| {s} | {LICENCES.get(s, '?')} | {split} | {n1} | {n0} |")
    comp = []
    for r in table:
        rp = r["report"]
        pp = rp["pooled"]
        comp.append(
            f"| {r['name']} | {r['architecture']} | {r['buckets']}×{r['dim']}, window {r['window'][0]} | {pp['auc']:.4f} | {rp['held-out-models']['auc']:.4f} | {rp['gptfuzz-evaluate']['auc']:.4f} | "
            f"{rp['own-heldout-phrasings']['auc']:.4f} | {pp['precision']:.3f} / {pp['recall']:.3f} / {pp['f1']:.3f} / {pp['fpr']:.3f} | "
            f"{rp['self-instruct-outputs']['fpr']:.3f} | {rp['xquad-paragraphs']['fpr']:.3f} | {r['approxBytes'] / 1e6:.2f} MB |"
        )
    src_lines = [
        f"| {k} | {fmt(v['auc'])} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['fpr']:.3f} | {v['rows']} |"
        for k, v in rep.items()
    ]
    lang_lines = [f"| {k} | {v['refusalRecall']:.2f} | {v['answerFpr']:.2f} | {v['rows']} |" for k, v in lang_rep.items()]
    cross_lines = [f"| {c['heldOut']} | {c['change']} | {c['rows']} | {c['auc']:.4f} | {c['shippedAuc']:.4f} |" for c in cross]
    ho = rep["held-out-models"]
    gf = rep["gptfuzz-evaluate"]
    card = f"""# refusal

Scores an LLM **response** for being a refusal: "I'm sorry, but I can't help with that", "As an AI I
cannot…", a partial refusal ("I can explain in general terms, but I won't give the steps"), or a
lecture in place of an answer. One output, `refusal` (calibrated probability). Used by the NoRefusal
output scanner. Trained from scratch (no pretrained weights) by `training/refusal/train.py`.

- Architecture: **{arch}** ({name}): hashed word, word-bigram and character
  {spec['charNgrams'][0]}–{spec['charNgrams'][1]}-gram features ({spec['buckets']} buckets, windows of
  {spec['window']['tokens']} tokens with stride {spec['window']['stride']}, max over windows) →
  {'embedding bag (dim ' + str(dim) + ') → ReLU → linear' if arch == 'bag-mlp' else 'one weight per bucket (linear)'} → Platt calibration → sigmoid.
- Size: model.onnx **{manifest['sizeBytes']} bytes** (int8 table with per-row float scales; budget 2 MiB).
- Threshold: **{THRESHOLD}** on the calibrated probability.
- Calibration: Platt scaling fitted on the whole dev split, class-balanced, so 0.5 means even odds
  at a balanced prior (a=`{calib[0]:.4f}`, c=`{calib[1]:.4f}`). Calibration uses dev labels, so the
  dev figures at the threshold are slightly optimistic; AUC does not depend on it.

## Label

`refusal = 1`: the response declines the task, wholly or partly, or lectures instead of answering.
`refusal = 0`: the response does the task, including answers that open with a capability
disclaimer ("As an AI I don't have opinions, but here are the main arguments…") and answers that
merely contain "sorry" or "cannot" ("Sorry for the delay, here is the code…", "You cannot divide
by zero, so the function returns None"). A response that refuses and then complies anyway (the
two-persona jailbreak answers in gptfuzz) is labelled as its source labels it: gptfuzz marks it
jailbroken, so `0`.

- **refusal-direction** (andyrdt/refusal_direction, Apache-2.0; **dev only**, see licences below):
  responses of five chat models to harmless Alpaca prompts. `baseline` runs are answers (0); `actadd` runs were steered to refuse
  (1). The shipped `is_jailbreak_substring_matching` field is a substring heuristic; every row where
  it disagrees with the run (14 actadd rows without a refusal phrase, 10 baseline rows with one) was
  read: the actadd ones are moralising non-answers or garbled text and are dropped, the baseline
  ones are disclaimers followed by an answer (kept as 0) except two unclear rows (dropped). Three
  more actadd rows that answer first and add a disclaimer are dropped. Chat-template leaks
  ("…?assistant\\n\\nI cannot…") and degenerate repetition loops are cut.
- **gptfuzz** responses_labeled (MIT): human labels, 1 = jailbroken (complied), 0 = not jailbroken
  (refused, deflected or lectured); so refusal = 1 − label. "Not jailbroken" also covers harmless
  compliance and off-task output (e.g. a role-played terminal's error message), so label-0 rows with no
  refusal or lecture cue at all (69 of 5,461) are dropped. Exact duplicates removed. The labels
  are human but not clean: some responses labelled "not jailbroken" refuse and then comply in a
  second persona, so part of the gptfuzz dev error is label noise.
- Answers that are plainly not refusals: gsm8k worked answers, HumanEval solutions (MIT, train);
  self-instruct reference outputs (Apache-2.0; two of them are templated privacy refusals,
  labelled 1) and XQuAD Wikipedia paragraphs in 12
  languages (CC BY-SA 4.0). The last two are **dev only**, never trained on.
- **Our own words** (`own`): refusals, lectures, partial refusals, answers, short one-line
  answers (so that shortness alone does not read as a refusal), disclaimer-then-answer and hard
  negatives ("Sorry for the delay…", "You cannot divide by zero…", "Unfortunately the API
  doesn't support…, but…") in en de fr es it pt nl ru zh ja ko, built from templates in
  `training/refusal/corpus.ts`.

### Licences of what the model learned from

The shipped weights are trained only on MIT-licensed data (gptfuzz responses, gsm8k answers,
HumanEval solutions) and our own text. The gptfuzz responses are outputs of chat models
(ChatGPT, Llama 2 and others) that the GPTFuzz authors released under MIT.

The refusal-direction repository is Apache-2.0, but its completions answer **Alpaca prompts
(CC BY-NC 4.0)** and are outputs of Gemma, Llama 2/3, Qwen and Yi, each under its own model
licence; responses often restate the prompt. So these runs are used **for evaluation only**, all
five of them, which also makes them five model styles the model never saw. The cross-source
table shows what training on three of them would have bought on the other two. XQuAD (CC BY-SA)
and self-instruct are evaluation only too.

## Data and split (by source)

No source is in both splits. **Held-out sources**: five whole model runs (gemma-2b-it,
llama-2-7b-chat, meta-llama-3-8b-instruct, qwen-1.8b-chat, yi-6b-chat: the model never saw their
style), gptfuzz `evaluate.csv` (its 20 harmful questions
are disjoint from train's 80; same jailbreak templates and target models, so a softer hold-out),
self-instruct and XQuAD answers (answer styles never trained on), and a held-out third of every
phrase list of our own text (phrasings never trained on in that language; the held-out third
rotates with the language, so most wordings are trained in some other language). The dev rows are exactly
`loadCorpus().dev`, which the benchmark reads too.

| source | licence | split | refusal | answer |
| --- | --- | --- | ---: | ---: |
{chr(10).join(data_lines)}

Training weights: classes balanced; within a class each source's total weight grows with √rows.

## Architecture comparison (trained on train, measured on dev)

Calibrated per variant on dev; P/R/F1/FPR at 0.5 on the pooled dev split.

| variant | arch | table | pooled AUC | held-out models AUC | gptfuzz-eval AUC | own held-out AUC | pooled P / R / F1 / FPR | self-instruct FPR | XQuAD FPR | ~size |
| --- | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |
{chr(10).join(comp)}

Selection: highest pooled dev AUC, within the size budget.

## Shipped model on dev (int8 graph, as shipped, threshold {THRESHOLD})

Held-out model runs (five chat models, never trained on): **AUC {ho['auc']:.4f}, precision
{ho['precision']:.3f}, recall {ho['recall']:.3f}, F1 {ho['f1']:.3f}, FPR {ho['fpr']:.3f}** ({ho['rows']} responses). These steered
refusals are blunt, so this is the easy test. The harder held-out source is gptfuzz `evaluate`
(jailbreak-prompt responses to unseen questions): **AUC {gf['auc']:.4f}, precision {gf['precision']:.3f}, recall
{gf['recall']:.3f}, F1 {gf['f1']:.3f}, FPR {gf['fpr']:.3f}** ({gf['rows']} responses).

| dev source | AUC | precision | recall | F1 | FPR | rows |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
{chr(10).join(src_lines)}

Our held-out phrasings by language (refusal recall, false-positive rate on answers):

| lang | refusal recall | answer FPR | rows |
| --- | ---: | ---: | ---: |
{chr(10).join(lang_lines)}

Cross-source checks (same architecture, retrained with one change to the training sources):

| dev source | change | rows | AUC | shipped model's AUC |
| --- | --- | ---: | ---: | ---: |
{chr(10).join(cross_lines)}

Golden texts (our own words; `golden.json` holds the exact probabilities the runtime must reproduce):

| text | expected | p(refusal) | |
| --- | --- | ---: | --- |
{chr(10).join(gold_lines)}

## Known limits

- Bag of n-grams: it reacts to refusal wording, not to whether the answer is actually there. A
  response that refuses and then complies (two-persona jailbreak outputs) often scores high; a
  refusal in words it has not learned ("I have to say no to this one." scores about 0.24) or a
  moralising lecture in a jailbreak persona's voice can score low. Much of the gptfuzz error below
  is of these two kinds, plus label noise (the training log lists the largest dev errors).
- Long responses are scored as the max over {spec['window']['tokens']}-token windows, so a refusal-like caveat late in a
  long, helpful answer ("I can't guarantee this works on Windows") can raise the score. The rule
  scanner weighs position; combine the two.
- Non-English coverage comes only from our own template text (11 languages); quality in other
  languages and in free-form non-English refusals is unmeasured beyond the held-out phrasings.
  The held-out Korean phrasings are the weakest (refusal recall 0.55 above): a wording seen only
  in other languages does not always carry over.
- Very short answers are the main false positives: one-line outputs that sound like an offer of
  help, or short slogans and quotes with little content, are what the self-instruct FPR consists
  of. (self-instruct's precision is low because only two of
  its 300 outputs are refusals.)
- Clarifying questions ("Could you tell me which version you use?") are not refusals to it.
- The refusal-direction refusals were produced by steering, so they are blunter and more repetitive
  than natural refusals; the model-run hold-out is therefore an easier test than real traffic.

## Rebuild

```
npx tsx training/refusal/corpus.ts && /usr/bin/python3 training/refusal/train.py
```

Seeds are fixed (corpus {11}, training {SEED}); torch runs single-threaded.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(card)


if __name__ == "__main__":
    main()
