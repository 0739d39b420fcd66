"""Hashed-bag classifier/encoder: training (torch) and ONNX export (onnx.helper, opset 13).

Architecture ("bag-mlp"): x = sparse hashed n-gram vector (features.py) -> h = x . E (an
embedding bag, E: buckets x dim) -> [relu(h + b1) -> W2 + b2] -> K logits. dim=... with no hidden
layer it is a plain linear model over hashed n-grams ("bag-linear").

The exported graph takes one window: ids int64 [N] and vals float32 [N]; E ships as int8 with one
float scale per row (4x smaller; the rounding error is measured by the export check). Outputs:
`logits` [1, K] (calibrated: a*z + c) and `probs` [1, K] = sigmoid(logits). An encoder export
(`kind="embed"`) outputs `embedding` [1, dim], L2-normalised.
"""
import hashlib
import json
import math
import os
import random

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

from features import featurize


def set_seed(seed: int):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


class Featurized:
    """A list of samples, each a list of windows (ids, vals), with labels [n, K]."""

    def __init__(self, texts, labels, spec, train_windows="all"):
        self.rows = []  # (ids, vals) per window
        self.owner = []  # sample index per window
        self.labels = np.asarray(labels, dtype=np.float32)
        if self.labels.ndim == 1:
            self.labels = self.labels[:, None]
        for i, t in enumerate(texts):
            ws = featurize(t, spec)
            if train_windows == "first+random" and len(ws) > 2:
                ws = [ws[0], random.choice(ws[1:])]
            for w in ws:
                self.rows.append(w)
                self.owner.append(i)
        self.owner = np.asarray(self.owner)


def _batch(rows, idx):
    ids, vals, offs = [], [], []
    o = 0
    for j in idx:
        a, b = rows[j]
        if not a:
            a, b = [0], [0.0]
        offs.append(o)
        ids.extend(a)
        vals.extend(b)
        o += len(a)
    return torch.tensor(ids, dtype=torch.long), torch.tensor(vals, dtype=torch.float32), torch.tensor(offs, dtype=torch.long)


class BagModel(torch.nn.Module):
    """`half_scales`: the exported int8 table keeps its per-row scales in float16 instead of float32
    (half the scale bytes; what lets harmful-request's 2^18 buckets fit its 5 MB budget)."""

    def __init__(self, buckets, dim, hidden=True, k=1, dropout=0.2, half_scales=False):
        super().__init__()
        self.half_scales = half_scales
        self.bag = torch.nn.EmbeddingBag(buckets, dim, mode="sum")
        torch.nn.init.normal_(self.bag.weight, std=0.02)
        self.hidden = hidden
        self.b1 = torch.nn.Parameter(torch.zeros(dim))
        self.drop = torch.nn.Dropout(dropout)
        self.out = torch.nn.Linear(dim, k) if hidden else None
        if not hidden:
            assert dim == k
            self.b2 = torch.nn.Parameter(torch.zeros(k))

    def forward(self, ids, vals, offs):
        h = self.bag(ids, offs, per_sample_weights=vals)
        if not self.hidden:
            return h + self.b2
        return self.out(self.drop(torch.relu(h + self.b1)))


def nb_scales(data: Featurized, buckets, power, alpha, label=0, mask=None, floor=0.05, cap=5.0):
    """Per-bucket feature scales from the naive-Bayes log-count ratio (NBSVM, Wang & Manning 2012),
    for `scaled_batch` / `fold_scales`: r_j = |log((a + P_j) / (a·B + ΣP)) − log((a + N_j) / (a·B + ΣN))|
    where P_j / N_j count the positive / negative training windows (column `label`; rows with
    `mask` 0 skipped) that contain bucket j, and B = `buckets`. The scale is r^power divided by its
    mean over the buckets any window touches, clipped to [floor, cap]; untouched buckets get
    `floor`. Training on x·s and shipping E·s (the scale folded into the table rows, exact for
    every bag model) is the same model at run time; only the fitting changes: a bucket's step
    size and its weight decay scale with how much its n-grams tell the classes apart, so rare and
    class-neutral n-grams stay small. `alpha` shrinks rare buckets' ratios towards 0. `power` 0 (or
    less) turns the scaling off: None, which `scaled_batch` and `fold_scales` pass through."""
    if power <= 0:
        return None
    pos = np.zeros(buckets)
    neg = np.zeros(buckets)
    y = data.labels[data.owner, label]
    keep = np.ones(len(y), dtype=bool) if mask is None else np.asarray(mask)[data.owner] > 0
    for (ids, _), yy, kk in zip(data.rows, y, keep):
        if kk:
            (pos if yy > 0.5 else neg)[ids] += 1
    p = (pos + alpha) / (pos.sum() + alpha * buckets)
    q = (neg + alpha) / (neg.sum() + alpha * buckets)
    r = np.abs(np.log(p / q)) ** power
    touched = (pos + neg) > 0
    s = np.full(buckets, floor)
    s[touched] = np.clip(r[touched] / r[touched].mean(), floor, cap)
    return torch.from_numpy(s.astype(np.float32))


def scaled_batch(rows, idx, scales=None):
    "`_batch`, with each value multiplied by its bucket's scale (nb_scales) when `scales` is given."
    ids, vals, offs = _batch(rows, idx)
    return (ids, vals * scales[ids], offs) if scales is not None else (ids, vals, offs)


@torch.no_grad()
def fold_scales(model, scales):
    "Folds the training-time feature scales into the table rows: the model then takes plain features."
    if scales is not None:
        model.bag.weight.mul_(scales[:, None])


def train_classifier(train: Featurized, buckets, dim, hidden, k=1, epochs=6, lr=3e-3, batch=64, weights=None, wd=0.0, decoupled=False, scales=None, log=print):
    """Trains on windows (each window carries its sample's label). `weights`: per-sample weights.
    `wd`: weight decay — Adam's L2 term, or with `decoupled` AdamW's (w *= 1 - lr*wd every step).
    `scales`: per-bucket feature scales (nb_scales), folded into the table after training."""
    model = BagModel(buckets, dim, hidden, k)
    opt = (torch.optim.AdamW if decoupled else torch.optim.Adam)(model.parameters(), lr=lr, weight_decay=wd)
    n = len(train.rows)
    sw = np.ones(len(train.labels), dtype=np.float32) if weights is None else np.asarray(weights, dtype=np.float32)
    for ep in range(epochs):
        model.train()
        order = np.random.permutation(n)
        tot = 0.0
        for s in range(0, n, batch):
            idx = order[s : s + batch]
            ids, vals, offs = scaled_batch(train.rows, idx, scales)
            y = torch.from_numpy(train.labels[train.owner[idx]])
            w = torch.from_numpy(sw[train.owner[idx]])[:, None]
            z = model(ids, vals, offs)
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(z, y, reduction="none") * w).sum() / w.sum() / y.shape[1]
            opt.zero_grad()
            loss.backward()
            opt.step()
            tot += float(loss) * len(idx)
        log(f"  epoch {ep + 1}/{epochs} loss {tot / n:.4f}")
    model.eval()
    fold_scales(model, scales)
    return model


@torch.no_grad()
def window_logits(model, data: Featurized, batch=256):
    out = []
    for s in range(0, len(data.rows), batch):
        idx = list(range(s, min(s + batch, len(data.rows))))
        ids, vals, offs = _batch(data.rows, idx)
        out.append(model(ids, vals, offs).numpy())
    return np.concatenate(out) if out else np.zeros((0, 1), dtype=np.float32)


def sample_logits(model, data: Featurized):
    """Max over windows per sample, as the runtime does."""
    wl = window_logits(model, data)
    k = wl.shape[1]
    res = np.full((len(data.labels), k), -np.inf, dtype=np.float32)
    for j, i in enumerate(data.owner):
        res[i] = np.maximum(res[i], wl[j])
    return res


def platt(logits, labels, sample_weight=None):
    """Fits p = sigmoid(a*z + c) on dev (score 0.5 = even odds)."""
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1e4)
    lr.fit(np.asarray(logits).reshape(-1, 1), np.asarray(labels).astype(int), sample_weight=sample_weight)
    return float(lr.coef_[0][0]), float(lr.intercept_[0])


def _quantize_rows(E, half=False):
    """Symmetric int8 per row. `half`: scales rounded to float16 (floored at its smallest normal,
    2^-14, so no row's scale underflows) before the rows are quantised with them."""
    scale = np.abs(E).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    if half:
        scale = np.maximum(scale, 2.0**-14).astype(np.float16)
    q = np.clip(np.round(E / scale.astype(np.float32)[:, None]), -127, 127).astype(np.int8)
    return q, scale if half else scale.astype(np.float32)


def export_onnx(model: BagModel, path, calib=None, kind="classify", name="model"):
    """Writes the one-window graph. calib: list of (a, c) per output, or None."""
    E = model.bag.weight.detach().numpy().astype(np.float32)
    half = getattr(model, "half_scales", False)
    q, s = _quantize_rows(E, half)
    inits = [numpy_helper.from_array(q, "E_q"), numpy_helper.from_array(s, "E_s"), numpy_helper.from_array(np.array([1], dtype=np.int64), "ax1"), numpy_helper.from_array(np.array([0], dtype=np.int64), "ax0")]
    nodes = [
        helper.make_node("Gather", ["E_q", "ids"], ["g_q"], axis=0),
        helper.make_node("Cast", ["g_q"], ["g"], to=TensorProto.FLOAT),
    ]
    if half:
        nodes += [helper.make_node("Gather", ["E_s", "ids"], ["g_s16"], axis=0), helper.make_node("Cast", ["g_s16"], ["g_s"], to=TensorProto.FLOAT)]
    else:
        nodes.append(helper.make_node("Gather", ["E_s", "ids"], ["g_s"], axis=0))
    nodes += [
        helper.make_node("Mul", ["vals", "g_s"], ["w"]),
        helper.make_node("Unsqueeze", ["w", "ax1"], ["w2"]),
        helper.make_node("Mul", ["g", "w2"], ["m"]),
        helper.make_node("ReduceSum", ["m", "ax0"], ["h"], keepdims=1),
    ]
    outputs = []
    if kind == "embed":
        nodes += [
            helper.make_node("ReduceL2", ["h"], ["n"], axes=[1], keepdims=1),
            helper.make_node("Max", ["n", "eps"], ["n2"]),
            helper.make_node("Div", ["h", "n2"], ["embedding"]),
        ]
        inits.append(numpy_helper.from_array(np.array([1e-6], dtype=np.float32), "eps"))
        outputs.append(helper.make_tensor_value_info("embedding", TensorProto.FLOAT, [1, E.shape[1]]))
    else:
        if model.hidden:
            W2 = model.out.weight.detach().numpy().T.astype(np.float32)
            b2 = model.out.bias.detach().numpy().astype(np.float32)
            inits += [numpy_helper.from_array(model.b1.detach().numpy().astype(np.float32)[None, :], "b1"), numpy_helper.from_array(W2, "W2"), numpy_helper.from_array(b2[None, :], "b2")]
            nodes += [
                helper.make_node("Add", ["h", "b1"], ["h1"]),
                helper.make_node("Relu", ["h1"], ["r"]),
                helper.make_node("MatMul", ["r", "W2"], ["z0"]),
                helper.make_node("Add", ["z0", "b2"], ["z"]),
            ]
        else:
            inits.append(numpy_helper.from_array(model.b2.detach().numpy().astype(np.float32)[None, :], "b2"))
            nodes.append(helper.make_node("Add", ["h", "b2"], ["z"]))
        k = len(calib) if calib else (model.out.out_features if model.hidden else E.shape[1])
        a = np.array([c[0] for c in calib] if calib else [1.0] * k, dtype=np.float32)[None, :]
        c = np.array([c[1] for c in calib] if calib else [0.0] * k, dtype=np.float32)[None, :]
        inits += [numpy_helper.from_array(a, "cal_a"), numpy_helper.from_array(c, "cal_c")]
        nodes += [
            helper.make_node("Mul", ["z", "cal_a"], ["za"]),
            helper.make_node("Add", ["za", "cal_c"], ["logits"]),
            helper.make_node("Sigmoid", ["logits"], ["probs"]),
        ]
        outputs += [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, k]), helper.make_tensor_value_info("probs", TensorProto.FLOAT, [1, k])]
    graph = helper.make_graph(
        nodes,
        name,
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["n"]), helper.make_tensor_value_info("vals", TensorProto.FLOAT, ["n"])],
        outputs,
        inits,
    )
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="prompt-bouncer-training")
    m.ir_version = 8
    onnx.checker.check_model(m)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    onnx.save(m, path)
    return os.path.getsize(path)


def quantized_logits(model: BagModel, data: Featurized, calib=None):
    """Logits as the exported (int8) graph computes them, per sample (max over windows) — to
    measure what quantisation costs and to write golden scores. One column per output: the
    hidden layer's outputs, or (bag-linear, where dim = outputs) the embedding's width."""
    E = model.bag.weight.detach().numpy()
    q, s = _quantize_rows(E, getattr(model, "half_scales", False))
    Eq = q.astype(np.float32) * s.astype(np.float32)[:, None]
    out = np.full((len(data.labels), model.out.out_features if model.hidden else E.shape[1]), -np.inf, dtype=np.float32)
    for j, (ids, vals) in enumerate(data.rows):
        if not ids:
            ids, vals = [0], [0.0]
        h = (Eq[ids] * np.asarray(vals, dtype=np.float32)[:, None]).sum(0)
        if model.hidden:
            z = np.maximum(h + model.b1.detach().numpy(), 0) @ model.out.weight.detach().numpy().T + model.out.bias.detach().numpy()
        else:
            z = h + model.b2.detach().numpy()
        if calib:
            z = z * np.array([c[0] for c in calib]) + np.array([c[1] for c in calib])
        i = data.owner[j]
        out[i] = np.maximum(out[i], z)
    return out


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def auc(scores, labels):
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores))


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


def class_balanced(y):
    """Per-row weights giving both classes equal total weight (mean 1): for Platt fits and
    balanced metrics, so 0.5 = even odds at a 50/50 prior."""
    y = np.asarray(y)
    n1, n0 = max(int((y == 1).sum()), 1), max(int((y == 0).sum()), 1)
    return (np.where(y == 1, 0.5 / n1, 0.5 / n0) * len(y)).astype(np.float32)


def source_balanced(rows):
    """Training weights: both classes carry equal total weight; inside a class each source's total
    grows with sqrt(its rows), so one big source does not drown the small ones (mean 1)."""
    groups = {}
    for r in rows:
        k = (r["source"], r["label"])
        groups[k] = groups.get(k, 0) + 1
    per_class = {}
    for (_, lab), n in groups.items():
        per_class[lab] = per_class.get(lab, 0.0) + np.sqrt(n)
    w = np.array([1.0 / np.sqrt(groups[(r["source"], r["label"])]) / per_class[r["label"]] for r in rows], dtype=np.float64)
    return (w / w.mean()).astype(np.float32)


def metrics_at(p, y, thr):
    """Precision, recall, F1, FPR and the confusion counts of scores `p` at threshold `thr`."""
    y = np.asarray(y).astype(int)
    pred = np.asarray(p) >= thr
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    tn = int((~pred & (y == 0)).sum())
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "fpr": fp / (fp + tn) if fp + tn else 0.0, "tp": tp, "fp": fp, "fn": fn, "tn": tn, "rows": len(y)}
