"""Subword-token models for harmful-request (a CNN and a tiny transformer, issue 9): do they beat the
hashed-n-gram `bag-linear` of train.py on the same source-held-out dev split? And does the mean of
both models' calibrated `harmful` logits (a score ensemble) beat either?

Run on the GPU machine (torch 2.11 + tokenizers 0.23; CUDA when present, else CPU):
    python3 training/harmful/train_tokens.py --data DIR_WITH_JSONL --out OUT [--variants cnn-128,tx-2x128] [--seeds 3]
Local smoke test (CPU, tiny subset; a stand-in tokenizer when `tokenizers` is missing):
    SMOKE=1 /usr/bin/python3 training/harmful/train_tokens.py --out /tmp/harmtok-smoke --variants cnn-64 --seeds 2
bag-linear's int8 logits for the ensemble (local CPU; trains bag-linear exactly as train.py, from its
feature cache, and checks it against the shipped card's dev AUC):
    /usr/bin/python3 training/harmful/train_tokens.py --bag-logits
Record finished runs (no training; writes training/harmful/token-results.json, read by card.py):
    node training/prompt-attack/latency.mjs OUT/*.onnx --json LAT.json
    /usr/bin/python3 training/harmful/train_tokens.py --record OUT... --latency LAT.json

Same rows, labels and rules as train.py (its helpers are imported, not copied):
- rows: training/.data/harmful/{train,dev}.jsonl (`npx tsx training/harmful/corpus.ts`);
- heads: `harmful`, `response` and the 14 topic / advice heads, masked multi-label BCE
  (`label_matrix`), source-balanced row weights (`row_weights`);
- the tune slice (`tune_mask`: 10% of train by hash + every own-framed-risky row) is never fitted on;
  it chooses the epoch (best `harmful` AUC on its prompts, windows + sentences; patience 3), the
  Platt calibration of `harmful` and of the topic heads, and the threshold (`choose_threshold`). As
  in train.py the `response` head is calibrated on the dev answers. No dev row chooses anything else.
- scoring: max over 256-token windows (stride 192) and, for "windows + sentences", over every
  single sentence (train.py's SENTENCE split; sentences of 4–256 tokens, at most 512 per text).
The tokenizer, model classes, windows and ONNX export are training/prompt-attack/train_tokens.py's:
byte-level BPE (16k, NFKC + lower-case) trained on the fitted rows' texts only; int8 embedding rows;
outputs `logits` (calibrated, one per label) and `probs`.

Writes to OUT: tokenizer.json, <variant>.onnx (first seed), metrics.json, logits.npz (raw
`harmful` logits per variant and seed for the ensemble). Nothing here writes models/.
"""
import argparse
import hashlib
import importlib.util
import json
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PA = os.path.join(ROOT, "training", "prompt-attack")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


# prompt-attack's train_tokens imports its own train.py as `train`; load it first, then harmful's
# train.py under another name (both files are called train.py).
pa = _load("pa_train_tokens", os.path.join(PA, "train_tokens.py"))
ht = _load("harmful_train", os.path.join(HERE, "train.py"))
from bag import auc, class_balanced, platt, read_jsonl, sigmoid, write_json  # noqa: E402

DEV = pa.DEV
if DEV.type == "cuda":
    torch.set_num_threads(8)  # both train.py files set one thread at import; the GPU run feeds batches from the CPU
SEED = ht.SEED
K = ht.K
SMOKE = os.environ.get("SMOKE") == "1"
DATA = os.path.join(ROOT, "training", ".data", "harmful")
FIXTURES = os.path.join(ROOT, "test", "fixtures", "harmful")
RESULTS = os.path.join(HERE, "token-results.json")
BAG_LOGITS = os.path.join(ROOT, "training", ".data", "harmful-tok", "bag-logits.npz")

VARIANTS = {
    "cnn-128": pa.VARIANTS["cnn-128"],
    "cnn-96": pa.VARIANTS["cnn-96"],
    "cnn-64": ("cnn", {"dim": 64, "filters": 64, "widths": (2, 3, 4), "drop": 0.3}),
    "tx-2x128": pa.VARIANTS["tx-2x128"],
    "tx-1x128": pa.VARIANTS["tx-1x128"],
    "tx-2x256": ("tx", {"dim": 256, "layers": 2, "heads": 4, "ffn": 512, "drop": 0.1}),
    "tx-4x256": pa.VARIANTS["tx-4x256"],
}
TRAIN = {**pa.TRAIN, "patience": 3}
MIN_SENTENCE_TOKENS = 4


def log(*a):
    print(*a, flush=True)


def hashes(rows):
    return np.array([hashlib.md5(r["text"].encode()).hexdigest()[:12] for r in rows])


# ----------------------------------------------------------------------------- rows


def fixture_rows():
    out = []
    for name, lab in (("benign-risky.jsonl", 0), ("harmful-own.jsonl", 1)):
        p = os.path.join(FIXTURES, name)
        if os.path.exists(p):
            out += [{"text": r["text"], "label": lab, "source": name} for r in read_jsonl(p)]
    return out


# ----------------------------------------------------------------------------- windows + sentences


def sentence_seqs(tok, texts):
    """Per text: the token ids of each single sentence (train.py's SENTENCE split) of 4–256 tokens."""
    flat, owner = [], []
    for i, t in enumerate(texts):
        n = 0
        for m in ht.SENTENCE.finditer(t):
            flat.append(m.group(0))
            owner.append(i)
            n += 1
            if n >= 512:
                break
    enc = pa.encode(tok, flat) if flat else []
    out = [[] for _ in texts]
    for i, s in zip(owner, enc):
        if MIN_SENTENCE_TOKENS <= len(s) <= pa.WINDOW["tokens"]:
            out[i].append(s)
    return out


def with_sentences(w, sents):
    """A Windows object (prompt-attack) with each row's single sentences added as extra windows."""
    seqs, owner = list(w.seqs), list(w.owner)
    for i, ss in enumerate(sents):
        seqs += ss
        owner += [i] * len(ss)
    w2 = pa.Windows([])
    w2.seqs, w2.owner, w2.n = seqs, np.asarray(owner), w.n
    w2.order = np.argsort([len(s) for s in seqs], kind="stable")
    return w2


class Encoded:
    """A row set as windows, and windows + sentences."""

    def __init__(self, tok, rows, sentences=True):
        seqs = pa.encode(tok, [r["text"] for r in rows]) if rows else []
        self.w = pa.Windows(seqs)
        self.ws = with_sentences(self.w, sentence_seqs(tok, [r["text"] for r in rows])) if sentences else self.w


# ----------------------------------------------------------------------------- training


def train_masked(kind, hp, vocab, seqs, Y, M, weights, max_epochs, seed, sel_w, sel_y):
    """Masked multi-label BCE (train.py's loss) over one window per row per epoch (prompt-attack's
    crops). After each epoch: `harmful` AUC on the tune slice (sel_w, sel_y); keeps the best epoch's
    weights, stops after `patience` epochs without a better one."""
    pa.set_seed(seed)
    rng = random.Random(seed)
    model = pa.build(kind, vocab, hp, K).to(DEV)
    opt = torch.optim.AdamW(model.parameters(), lr=TRAIN["lr"], weight_decay=TRAIN["wd"])
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: min(1.0, (step + 1) / TRAIN["warmupSteps"]))
    y_all = torch.tensor(Y, dtype=torch.float32, device=DEV)
    m_all = torch.tensor(M * weights[:, None], dtype=torch.float32, device=DEV)
    curve, best, best_state, since = [], -1.0, None, 0
    for ep in range(max_epochs):
        model.train()
        cs = pa.crops(seqs, rng)
        order = np.random.permutation(len(cs))
        tot, cnt = 0.0, 0.0
        for s in range(0, len(order), TRAIN["batch"]):
            idx = order[s : s + TRAIN["batch"]]
            ids, mask = pa.batches_of(cs, idx, pa.WINDOW["tokens"])
            if TRAIN["tokenDrop"] > 0:
                keep = (torch.rand(ids.shape, device=DEV) >= TRAIN["tokenDrop"]).to(ids.dtype)
                ids = ids * keep
            it = torch.from_numpy(idx).to(DEV)
            z = model(ids, mask)
            m = m_all[it]
            el = F.binary_cross_entropy_with_logits(z, y_all[it], reduction="none") * m
            denom = m.sum().clamp(min=1e-6)
            loss = el.sum() / denom
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            tot += float(el.sum().detach())
            cnt += float(denom)
        model.eval()
        a = auc(pa.row_logits(lambda i, mk: model(i, mk)[:, 0], sel_w), sel_y)
        curve.append(round(a, 4))
        log(f"    epoch {ep + 1}/{max_epochs} loss {tot / max(cnt, 1e-6):.4f}  tune auc {a:.4f}")
        if a > best:
            best, since = a, 0
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            since += 1
            if since >= TRAIN["patience"]:
                break
    model.load_state_dict(best_state)
    model.eval()
    return model, curve, int(np.argmax(curve)) + 1


# ----------------------------------------------------------------------------- evaluation (train.py's rules)


def calibrate_and_report(Z, y, groups):
    """Z: raw logits per row set (int8 graph). train.py's calibration, threshold and figures."""
    ytune, gtune = y["tune"], groups["tune"]
    tune, dev, dev_resp, cal_rows = groups["tuneRows"], groups["devRows"], groups["respRows"], groups["calRows"]
    ydev, yresp = y["dev"], y["resp"]
    Yc, Mc = ht.label_matrix(cal_rows)
    calib = [platt(Z["tune"][:, 0], ytune, sample_weight=class_balanced(ytune)), platt(Z["resp"][:, 1], yresp, sample_weight=class_balanced(yresp))]
    calib.extend(ht.head_calibration(Z["cal"], Yc, Mc))
    A = np.array([c[0] for c in calib])
    C = np.array([c[1] for c in calib])
    P = sigmoid(Z["devS"] * A + C)
    p_h = P[:, 0]
    p_tune = sigmoid(Z["tune"][:, 0] * A[0] + C[0])
    thr, _ = ht.choose_threshold(p_tune, tune, gtune)
    grp = np.array([r["group"] for r in dev])
    sets = ht.dev_report(p_h, dev, thr)
    fig = {
        "aucWindows": round(auc(Z["devW"][:, 0], ydev), 4),
        "aucSentences": round(auc(Z["devS"][:, 0], ydev), 4),
        "tuneAuc": round(auc(Z["tune"][:, 0], ytune), 4),
        "threshold": thr,
        "recallAtThreshold": round(float((p_h[ydev == 1] >= thr).mean()), 4),
        "ordinaryFpr": round(float((p_h[grp == "ordinary"] >= thr).mean()), 4),
        "riskyFpr": round(float((p_h[grp == "risky"] >= thr).mean()), 4),
        "responseAuc": round(auc(Z["resp"][:, 1], yresp), 4),
        "topicTop1": round(ht.topic_accuracy(P, dev), 4),
        "macroAuc": round(float(np.mean([v["auc"] for v in sets.values() if v["group"] == "harmful"])), 4),
        "tune": {
            "recall": round(float((p_tune[gtune == "harmful"] >= thr).mean()), 4),
            "ordinaryFpr": round(float((p_tune[gtune == "ordinary"] >= thr).mean()), 4),
            "riskyFpr": round(float((p_tune[gtune == "risky"] >= thr).mean()), 4),
        },
        "sets": sets,
        "categories": ht.category_table(p_h, P, dev, thr),
    }
    return fig, A, C


def fixture_figures(p, fix, thr):
    "Final report only (never chooses anything): flag rate on our own fixtures at `thr`."
    out = {}
    for name in sorted({r["source"] for r in fix}):
        m = np.array([r["source"] == name for r in fix])
        out[name] = {"rows": int(m.sum()), "flagged": round(float((p[m] >= thr).mean()), 4)}
    return out


# ----------------------------------------------------------------------------- GPU run


def run(args):
    os.makedirs(args.out, exist_ok=True)
    t0 = time.time()
    train = read_jsonl(os.path.join(args.data, "train.jsonl"))
    dev_all = read_jsonl(os.path.join(args.data, "dev.jsonl"))
    if SMOKE:
        rng = random.Random(0)
        train = rng.sample(train, 3000)
        dev_all = rng.sample(dev_all, 800)
    fit, cal, tune, dev, dev_resp = ht.split(train, dev_all)
    fix = fixture_rows()
    log(f"device {DEV} ({torch.cuda.get_device_name(0) if DEV.type == 'cuda' else 'cpu'}), torch {torch.__version__}; fit {len(fit)}, tune slice {len(cal)} ({len(tune)} prompts), dev {len(dev)} prompts + {len(dev_resp)} answers")
    try:
        tok = pa.train_tokenizer([r["text"] for r in fit], pa.VOCAB)
    except ImportError:
        if not SMOKE:
            raise
        log("tokenizers not installed: stand-in tokenizer (SMOKE only)")
        tok = pa.StandInTokenizer(2000)
    tok.save(os.path.join(args.out, "tokenizer.json"))
    vocab = tok.get_vocab_size()
    fit_seqs = pa.encode(tok, [r["text"] for r in fit])
    lens = np.array([len(s) for s in fit_seqs])
    log(f"tokenizer: vocab {vocab}, {time.time() - t0:.1f}s; tokens/row median {int(np.median(lens))}, p90 {int(np.percentile(lens, 90))}; over 256 tokens {(lens > 256).mean():.1%}")
    E = {"tune": Encoded(tok, tune), "cal": Encoded(tok, cal, sentences=False), "dev": Encoded(tok, dev), "resp": Encoded(tok, dev_resp), "fix": Encoded(tok, fix)}
    log(f"encoded in {time.time() - t0:.0f}s; dev windows {len(E['dev'].w.seqs)}, + sentences {len(E['dev'].ws.seqs)}; tune windows + sentences {len(E['tune'].ws.seqs)}")
    Y, M = ht.label_matrix(fit)
    W = ht.row_weights(fit)
    y = {"tune": np.array([r["label"] for r in tune]), "dev": np.array([r["label"] for r in dev]), "resp": np.array([r["resp"] for r in dev_resp])}
    groups = {"tune": np.array([ht.tune_group(r) for r in tune]), "tuneRows": tune, "devRows": dev, "respRows": dev_resp, "calRows": cal}
    seeds = [SEED + k for k in range(args.seeds)]
    max_epochs = 3 if SMOKE else TRAIN["epochs"]
    results, saved = [], {"hashTune": hashes(tune), "hashDev": hashes(dev), "hashFix": hashes(fix)}
    last = 0.0

    def dump():
        write_json(os.path.join(args.out, "metrics.json"), {"variants": results, "tokenizer": {"type": "byte-level BPE", "vocab": vocab, "normalizer": "NFKC + lowercase", "trainedOn": "fitted train rows (not the tune slice)"}, "window": pa.WINDOW, "seeds": seeds, "train": TRAIN, "device": torch.cuda.get_device_name(0) if DEV.type == "cuda" else "cpu"})
        np.savez_compressed(os.path.join(args.out, "logits.npz"), **saved)

    for name in args.variants.split(","):
        if time.time() - t0 + last * 1.1 > args.budget_s:
            log(f"== {name}: skipped (time budget {args.budget_s}s)")
            continue
        kind, hp = VARIANTS[name]
        log(f"== {name} {kind} {hp}")
        t_var = time.time()
        runs = []
        for seed in seeds:
            t1 = time.time()
            model, curve, ep = train_masked(kind, hp, vocab, fit_seqs, Y, M, W, max_epochs, seed, E["tune"].ws, y["tune"])
            secs = time.time() - t1
            exp = pa.Exported(model, np.ones(K, dtype=np.float32), np.zeros(K, dtype=np.float32)).to(DEV).eval()
            fn = lambda i, m: exp(i, m.long())[0]  # noqa: E731 — raw logits of the int8 graph (cal = identity)
            Z = {"tune": pa.row_logits(fn, E["tune"].ws), "cal": pa.row_logits(fn, E["cal"].w), "devW": pa.row_logits(fn, E["dev"].w), "devS": pa.row_logits(fn, E["dev"].ws), "resp": pa.row_logits(fn, E["resp"].ws), "fix": pa.row_logits(fn, E["fix"].ws)}
            fig, A, C = calibrate_and_report(Z, y, groups)
            fig["fixtures"] = fixture_figures(sigmoid(Z["fix"][:, 0] * A[0] + C[0]), fix, fig["threshold"])
            for k in ("tune", "devW", "devS", "fix"):
                saved[f"{name}.{seed}.{k}"] = Z[k][:, 0]
            log(f"  seed {seed}: epochs {ep} ({curve}); dev AUC w {fig['aucWindows']} w+s {fig['aucSentences']} macro {fig['macroAuc']}; tune AUC {fig['tuneAuc']}; thr {fig['threshold']} recall {fig['recallAtThreshold']} ordinary {fig['ordinaryFpr']} OKTest {fig['riskyFpr']}; response AUC {fig['responseAuc']}; topic top-1 {fig['topicTop1']} ({secs:.0f}s)")
            runs.append({"seed": seed, "model": model, "fig": fig, "A": A, "C": C, "curve": curve, "epochs": ep, "trainSeconds": secs})
        # The first seed is the one that would ship (fixed in advance).
        r0 = runs[0]
        exp = pa.Exported(r0["model"].cpu(), r0["A"].astype(np.float32), r0["C"].astype(np.float32)).eval()
        path = os.path.join(args.out, f"{name}.onnx")
        try:
            size = pa.export_onnx(exp, path)
            diff = pa.ort_check(path, exp, E["dev"].w)
        except Exception as e:  # noqa: BLE001 — keep the weights; export elsewhere
            log(f"  export failed: {e!r}; saving the weights instead")
            torch.save({k: v.half() if v.is_floating_point() else v for k, v in exp.state_dict().items()}, os.path.join(args.out, f"{name}.pt"))
            size, diff = None, None
        g_enc = Encoded(tok, [{"text": t} for t in ht.GOLDEN])
        gz = pa.row_logits(lambda i, m: exp.to(DEV)(i, m.long())[0], g_enc.ws)
        gp = sigmoid(gz)
        aucs = [r["fig"]["aucSentences"] for r in runs]
        res = {
            "name": name,
            "architecture": f"token-{kind}",
            "hyper": {**hp, "widths": list(hp.get("widths", ()))} if kind == "cnn" else hp,
            "params": sum(p_.numel() for p_ in r0["model"].parameters()),
            "epochsChosen": r0["epochs"],
            "tuneAucByEpoch": r0["curve"],
            **r0["fig"],
            "calib": [[float(a), float(c)] for a, c in zip(r0["A"], r0["C"])],
            "sizeBytes": size,
            "trainSeconds": round(r0["trainSeconds"]),
            "trainDevice": torch.cuda.get_device_name(0) if DEV.type == "cuda" else "cpu",
            "ortMaxAbsDiff": diff,
            "seeds": [{"seed": r["seed"], "epochs": r["epochs"], "trainSeconds": round(r["trainSeconds"]), **{k: r["fig"][k] for k in ("aucWindows", "aucSentences", "macroAuc", "tuneAuc", "threshold", "recallAtThreshold", "ordinaryFpr", "riskyFpr", "responseAuc", "topicTop1")}} for r in runs],
            "aucMean": round(float(np.mean(aucs)), 4),
            "aucSd": round(float(np.std(aucs)), 4),
            "golden": [{"text": t, "harmful": round(float(p[0]), 4), "response": round(float(p[1]), 4), "topTopic": ht.HARM_TOPICS[int(np.argmax(p[2 : 2 + len(ht.HARM_TOPICS)]))]} for t, p in zip(ht.GOLDEN, gp)],
        }
        log(json.dumps({k: v for k, v in res.items() if k not in ("sets", "categories", "golden", "calib")}))
        for s_, v in res["sets"].items():
            log(f"    {s_:28} {v}")
        results.append(res)
        last = time.time() - t_var
        dump()
    log(f"done in {time.time() - t0:.0f}s")


# ----------------------------------------------------------------------------- bag-linear logits (local)


def bag_logits(args):
    """Trains bag-linear exactly as train.py does (seeded, its feature cache) and saves its int8
    logits (`harmful`) on the tune prompts, dev prompts and fixtures, for the ensemble."""
    ht.set_seed(ht.SEED)
    train = read_jsonl(os.path.join(DATA, "train.jsonl"))
    dev_all = read_jsonl(os.path.join(DATA, "dev.jsonl"))
    fit, cal, tune, dev, dev_resp = ht.split(train, dev_all)
    fix = fixture_rows()
    f_fit = ht.load_features(fit, "fit", False)
    f_tune = ht.load_features(tune, "tune", True)
    f_dev = ht.load_features(dev, "dev", True)
    f_fix = ht.load_features(fix, "fixtures", True)
    model, secs = ht.fit_bag_linear(fit, f_fit)
    z = {"tune": ht.q_logits_of(model, f_tune, True)[:, 0], "devW": ht.q_logits_of(model, f_dev, False)[:, 0], "devS": ht.q_logits_of(model, f_dev, True)[:, 0], "fix": ht.q_logits_of(model, f_fix, True)[:, 0]}
    ydev = np.array([r["label"] for r in dev])
    a_s = auc(z["devS"], ydev)
    log(f"bag-linear (int8): dev AUC windows {auc(z['devW'], ydev):.4f}, windows + sentences {a_s:.4f} ({secs:.0f}s training)")
    shipped = json.load(open(os.path.join(ROOT, "models", "harmful-request", "manifest.json")))["metrics"]["devAuc"]
    if abs(a_s - shipped) > 0.002:
        log(f"WARNING: the shipped card says {shipped}: this is not the shipped model")
    os.makedirs(os.path.dirname(BAG_LOGITS), exist_ok=True)
    np.savez_compressed(BAG_LOGITS, hashTune=hashes(tune), hashDev=hashes(dev), hashFix=hashes(fix), trainSeconds=secs, **z)
    log(f"wrote {os.path.relpath(BAG_LOGITS, ROOT)}")


# ----------------------------------------------------------------------------- record (local)


def ensemble_figures(zb, zt, tune, gtune, dev, fix):
    """The mean of the two models' calibrated `harmful` logits (each Platt on the tune slice,
    class-balanced); the threshold rule on the tune slice; dev figures at it."""
    ytune = np.array([r["label"] for r in tune])
    ydev = np.array([r["label"] for r in dev])
    ab, cb = platt(zb["tune"], ytune, sample_weight=class_balanced(ytune))
    at, ct = platt(zt["tune"], ytune, sample_weight=class_balanced(ytune))

    def mix(k):
        return 0.5 * (ab * zb[k] + cb + at * zt[k] + ct)

    p_tune = sigmoid(mix("tune"))
    thr, _ = ht.choose_threshold(p_tune, tune, gtune)
    p = sigmoid(mix("devS"))
    grp = np.array([r["group"] for r in dev])
    sets = ht.dev_report(p, dev, thr)
    return {
        "aucWindows": round(auc(mix("devW"), ydev), 4),
        "aucSentences": round(auc(mix("devS"), ydev), 4),
        "tuneAuc": round(auc(p_tune, ytune), 4),
        "threshold": thr,
        "recallAtThreshold": round(float((p[ydev == 1] >= thr).mean()), 4),
        "ordinaryFpr": round(float((p[grp == "ordinary"] >= thr).mean()), 4),
        "riskyFpr": round(float((p[grp == "risky"] >= thr).mean()), 4),
        "macroAuc": round(float(np.mean([v["auc"] for v in sets.values() if v["group"] == "harmful"])), 4),
        "tune": {"recall": round(float((p_tune[gtune == "harmful"] >= thr).mean()), 4), "ordinaryFpr": round(float((p_tune[gtune == "ordinary"] >= thr).mean()), 4), "riskyFpr": round(float((p_tune[gtune == "risky"] >= thr).mean()), 4)},
        "calib": {"bag": [ab, cb], "token": [at, ct]},
        "sets": sets,
        "fixtures": fixture_figures(sigmoid(mix("fix")), fix, thr),
    }


def record(args):
    train = read_jsonl(os.path.join(DATA, "train.jsonl"))
    dev_all = read_jsonl(os.path.join(DATA, "dev.jsonl"))
    _, _, tune, dev, _ = ht.split(train, dev_all)
    fix = fixture_rows()
    gtune = np.array([ht.tune_group(r) for r in tune])
    bag = np.load(BAG_LOGITS)
    for k, rows in (("hashTune", tune), ("hashDev", dev), ("hashFix", fix)):
        assert (bag[k] == hashes(rows)).all(), f"bag-logits.npz {k} does not match the rows: rerun --bag-logits"
    zb = {k: bag[k] for k in ("tune", "devW", "devS", "fix")}
    ydev = np.array([r["label"] for r in dev])
    ytune = np.array([r["label"] for r in tune])
    # bag-linear alone, by the same code path (its own Platt + threshold on the tune slice)
    ab, cb = platt(zb["tune"], ytune, sample_weight=class_balanced(ytune))
    pb_t = sigmoid(ab * zb["tune"] + cb)
    thr_b, _ = ht.choose_threshold(pb_t, tune, gtune)
    pb = sigmoid(ab * zb["devS"] + cb)
    grp = np.array([r["group"] for r in dev])
    bag_fig = {"aucWindows": round(auc(zb["devW"], ydev), 4), "aucSentences": round(auc(zb["devS"], ydev), 4), "threshold": thr_b, "recallAtThreshold": round(float((pb[ydev == 1] >= thr_b).mean()), 4), "ordinaryFpr": round(float((pb[grp == "ordinary"] >= thr_b).mean()), 4), "riskyFpr": round(float((pb[grp == "risky"] >= thr_b).mean()), 4), "sets": ht.dev_report(pb, dev, thr_b), "fixtures": fixture_figures(sigmoid(ab * zb["fix"] + cb), fix, thr_b)}
    variants, ensembles = {}, []
    lat = json.load(open(args.latency)) if args.latency else {}
    for d in args.record:
        met = json.load(open(os.path.join(d, "metrics.json")))
        lg = np.load(os.path.join(d, "logits.npz"))
        for k, rows in (("hashTune", tune), ("hashDev", dev), ("hashFix", fix)):
            assert (lg[k] == hashes(rows)).all(), f"{d}/logits.npz {k} does not match the rows"
        for v in met["variants"]:
            v = {k: x for k, x in v.items() if k not in ("calib",)}
            v["trainRecipe"] = met["train"]
            if v["name"] in lat:
                v["latency"] = lat[v["name"]]
            variants[v["name"]] = v
            per_seed = []
            for s in v["seeds"]:
                zt = {k: lg[f"{v['name']}.{s['seed']}.{k}"] for k in ("tune", "devW", "devS", "fix")}
                per_seed.append({"seed": s["seed"], **ensemble_figures(zb, zt, tune, gtune, dev, fix)})
            e0 = per_seed[0]
            aucs = [e["aucSentences"] for e in per_seed]
            ensembles.append({"name": f"bag-linear + {v['name']}", "token": v["name"], **{k: x for k, x in e0.items() if k != "seed"}, "seeds": [{k: e[k] for k in ("seed", "aucWindows", "aucSentences", "macroAuc", "threshold", "recallAtThreshold", "ordinaryFpr", "riskyFpr")} for e in per_seed], "aucMean": round(float(np.mean(aucs)), 4), "aucSd": round(float(np.std(aucs)), 4)})
        meta = {k: met[k] for k in ("tokenizer", "window", "device")}
        meta["tokenizer"]["bytes"] = os.path.getsize(os.path.join(d, "tokenizer.json"))
    out = {
        "command": "python3 training/harmful/train_tokens.py --data DIR --out OUT --seeds 3 --variants ... (on the lent H100); node training/prompt-attack/latency.mjs OUT/*.onnx --json LAT; /usr/bin/python3 training/harmful/train_tokens.py --record OUT --latency LAT",
        **meta,
        "notes": "dev AUC = harmful vs every benign dev prompt (pooled), int8 graph; windows + sentences = max over 256-token windows and single sentences. Threshold, Platt and epoch chosen on the tune slice only. fixtures = test/fixtures/harmful, measured for the report only (never used to choose anything). latency = one 256-token window (about 1 KB of English) through onnxruntime-web in Node, one WASM thread, tokenisation not included, on a shared 2-core machine.",
        "bagLinear": bag_fig,
        "variants": sorted(variants.values(), key=lambda v: (v["architecture"], v["name"])),
        "ensembles": ensembles,
    }
    write_json(RESULTS, out)
    log(f"wrote {os.path.relpath(RESULTS, ROOT)} ({len(variants)} variants, {len(ensembles)} ensembles)")
    log(f"bag-linear: AUC w {bag_fig['aucWindows']} w+s {bag_fig['aucSentences']} thr {thr_b} recall {bag_fig['recallAtThreshold']} ordinary {bag_fig['ordinaryFpr']} OKTest {bag_fig['riskyFpr']} fixtures {bag_fig['fixtures']}")
    for v in out["variants"]:
        log(f"{v['name']}: AUC w {v['aucWindows']} w+s {v['aucSentences']} (seeds mean {v['aucMean']} ± {v['aucSd']}) thr {v['threshold']} recall {v['recallAtThreshold']} ordinary {v['ordinaryFpr']} OKTest {v['riskyFpr']} fixtures {v.get('fixtures')} size {v['sizeBytes']} latency {v.get('latency')}")
    for e in ensembles:
        log(f"{e['name']}: AUC w {e['aucWindows']} w+s {e['aucSentences']} (seeds mean {e['aucMean']} ± {e['aucSd']}) thr {e['threshold']} recall {e['recallAtThreshold']} ordinary {e['ordinaryFpr']} OKTest {e['riskyFpr']} fixtures {e['fixtures']}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=DATA, help="folder with train.jsonl and dev.jsonl")
    ap.add_argument("--out", default=os.path.join(ROOT, "training", ".data", "harmful-tok", "run"))
    ap.add_argument("--variants", default="cnn-128,tx-2x128")
    ap.add_argument("--seeds", type=int, default=3, help="each variant with this many seeds (the first would ship; the rest measure the spread)")
    ap.add_argument("--budget-s", type=float, default=1e9, help="skip variants that would end after this many seconds")
    ap.add_argument("--bag-logits", action="store_true", help="local: bag-linear's int8 logits for the ensemble")
    ap.add_argument("--record", nargs="+", help="run folders to summarise into token-results.json (no training)")
    ap.add_argument("--latency", help="with --record: the JSON written by latency.mjs --json")
    args = ap.parse_args()
    if args.bag_logits:
        bag_logits(args)
    elif args.record:
        record(args)
    else:
        run(args)
