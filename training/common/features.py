"""Hashed n-gram features: the Python twin of src/models/features.ts.

The spec (models/<id>/features.json) fixes every choice; both implementations must produce the
same (bucket, value) pairs for the same text. `training/common/golden.py` writes the fixture that
test/node/model-features.test.ts compares against, so any drift fails CI.

text mode:  NFKC + lower-case; tokens are runs of letters/digits/marks ("words", with every
            Han/kana/Thai character its own token) and runs of other non-space characters
            ("symbols", capped); features are word unigrams, token bigrams, and character n-grams
            of "<word>" for each word.
chars mode: for short strings such as URLs: character n-grams of "<s>" over the whole string.
Values: sub-linear tf (1 + ln count), L2-normalised.
Optional `fold` (text mode, see `fold_tokens`): English request frames folded to the present
before any feature is taken: "en-tense" (frame phrases, auxiliaries, irregular verbs) or
"en-stem" (the same, then a light suffix stemmer on every ASCII word).
"""
import functools
import math
import unicodedata

FNV_OFFSET = 0x811C9DC5
FNV_PRIME = 0x01000193


@functools.lru_cache(maxsize=1 << 21)
def fnv1a(s: str) -> int:
    h = FNV_OFFSET
    for ch in s:
        h ^= ord(ch)
        h = (h * FNV_PRIME) & 0xFFFFFFFF
    return h


def _solo(cp: int) -> bool:
    """Characters of scripts written without spaces: each is its own token."""
    return (
        0x3040 <= cp <= 0x30FF  # hiragana, katakana
        or 0x3400 <= cp <= 0x4DBF  # CJK ext A
        or 0x4E00 <= cp <= 0x9FFF  # CJK unified
        or 0xF900 <= cp <= 0xFAFF  # CJK compatibility
        or 0x0E00 <= cp <= 0x0E7F  # Thai
        or 0x0E80 <= cp <= 0x0EFF  # Lao
        or 0x1000 <= cp <= 0x109F  # Myanmar
        or 0x1780 <= cp <= 0x17FF  # Khmer
        or 0x20000 <= cp <= 0x2FA1F  # CJK ext B+
    )


def _is_word(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LNM"


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def tokenize(text: str, max_symbol_run: int = 4):
    """Tokens of the normalised text: list of (kind, token), kind 'w' (word) or 's' (symbols)."""
    out = []
    cur = []
    cur_kind = None

    def flush():
        nonlocal cur, cur_kind
        if cur:
            tok = "".join(cur)
            out.append((cur_kind, tok if cur_kind == "w" else tok[:max_symbol_run]))
        cur = []
        cur_kind = None

    for ch in text:
        if ch.isspace() or unicodedata.category(ch)[0] in "CZ":
            flush()
            continue
        if _is_word(ch):
            if _solo(ord(ch)):
                flush()
                out.append(("w", ch))
                continue
            if cur_kind != "w":
                flush()
                cur_kind = "w"
            cur.append(ch)
        else:
            if cur_kind != "s":
                flush()
                cur_kind = "s"
            cur.append(ch)
    flush()
    return out


# ---- English tense/frame folding (spec "fold"). Data, not code: the TypeScript twin holds the
# same tables, and the golden fixture (golden.py) checks both agree.

# Time-frame phrases that say when, not what: dropped ("how did people X in the past?" and
# "how will people X in the future?" read as "how do I X?"). Longest first.
FOLD_DROP = [
    "a long time ago", "in the years to come", "in the near future", "in the distant future",
    "in the coming decades", "in the coming years", "in the old days", "in those days", "in years past",
    "back in the day", "in the future", "in the past", "in coming years", "in earlier times",
    "in former times", "back then", "years ago", "decades ago", "centuries ago", "long ago", "historically",
]
FOLD_DROP_TOKENS = sorted((tuple(p.split(" ")) for p in FOLD_DROP), key=lambda t: -len(t))

# Auxiliaries and modal frames to the present request form, and irregular past forms and
# participles to their base form.
FOLD_WORDS = {
    "did": "do", "does": "do", "didn": "don", "doesn": "don", "will": "do", "would": "do", "could": "can",
    "was": "is", "were": "are", "wasn": "isn", "weren": "aren", "had": "have", "has": "have",
}
_IRREGULAR = """make:made build:built steal:stole,stolen get:got,gotten take:took,taken give:gave,given
write:wrote,written sell:sold buy:bought bring:brought catch:caught teach:taught think:thought
find:found keep:kept spend:spent send:sent go:went,gone come:came become:became begin:began,begun
break:broke,broken choose:chose,chosen drive:drove,driven feed:fed flee:fled fight:fought
hide:hid,hidden know:knew,known lead:led lose:lost mean:meant meet:met pay:paid run:ran say:said
see:saw,seen shoot:shot stick:stuck strike:struck swear:swore,sworn tell:told throw:threw,thrown
win:won wear:wore,worn do:done bleed:bled blow:blew,blown draw:drew,drawn eat:ate,eaten
fall:fell,fallen forget:forgot,forgotten freeze:froze,frozen grow:grew,grown hang:hung ride:rode,ridden
rise:rose,risen sing:sang,sung sink:sank,sunk sleep:slept speak:spoke,spoken stand:stood swim:swam,swum
wake:woke,woken understand:understood deal:dealt dig:dug seek:sought lay:laid forgive:forgave,forgiven
hold:held feel:felt leave:left light:lit shake:shook,shaken sting:stung bite:bit,bitten
undertake:undertook,undertaken overcome:overcame mislead:misled withdraw:withdrew,withdrawn"""
for _line in _IRREGULAR.split():
    _base, _forms = _line.split(":")
    for _f in _forms.split(","):
        FOLD_WORDS.setdefault(_f, _base)
# Generic subjects right after an auxiliary ("how did people…", "how could someone…") read as "i".
FOLD_AUX = {"do", "can", "is", "are", "have", "may", "might", "should", "shall", "must"}
FOLD_SUBJECTS = {"people", "individuals", "someone", "somebody", "one", "persons", "folks"}


def _ascii_word(w: str) -> bool:
    return all("a" <= c <= "z" for c in w)


def _has_vowel(s: str) -> bool:
    return any(c in "aeiouy" for c in s)


def _undouble(s: str) -> str:
    return s[:-1] if len(s) >= 2 and s[-1] == s[-2] and s[-1] in "bdgmnprt" else s


def stem(w: str) -> str:
    """Light English suffix stemmer (plural/-s, -ed, -ing, final -y/-e), so every form of a verb or
    noun meets: make/makes/making/made -> "mak", create/created/creating -> "creat". ASCII words of 4+ letters."""
    if len(w) < 4 or not _ascii_word(w):
        return w
    if w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "i"
    elif w.endswith("s") and len(w) > 4 and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "i"
    elif w.endswith("eed"):
        pass
    elif w.endswith("ed") and _has_vowel(w[:-2]):
        w = _undouble(w[:-2])
    elif w.endswith("ing") and len(w) >= 5 and _has_vowel(w[:-3]):
        w = _undouble(w[:-3])
    if len(w) > 3 and w.endswith("y") and _has_vowel(w[:-1]):
        w = w[:-1] + "i"
    elif len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def fold_tokens(tokens, mode):
    """Tokens with English tense/frame folding (`mode`: None, "en-tense" or "en-stem")."""
    if not mode:
        return tokens
    if mode not in ("en-tense", "en-stem"):
        raise ValueError(f"unknown fold {mode!r}")
    out = []
    i, n = 0, len(tokens)
    while i < n:
        kind, tok = tokens[i]
        if kind == "w":
            hit = 0
            for ph in FOLD_DROP_TOKENS:
                m = len(ph)
                if i + m <= n and all(tokens[i + k][0] == "w" and tokens[i + k][1] == ph[k] for k in range(m)):
                    hit = m
                    break
            if hit:
                i += hit
                continue
            w = FOLD_WORDS.get(tok, tok)
            if w in FOLD_SUBJECTS and out and out[-1][0] == "w" and out[-1][1] in FOLD_AUX:
                w = "i"
            out.append(("w", w))
        else:
            out.append((kind, tok))
        i += 1
    if mode == "en-stem":
        out = [(k, stem(t) if k == "w" else t) for k, t in out]
    return out


def _finish(counts: dict, buckets: int):
    if not counts:
        return [], []
    ids = sorted(counts)
    vals = [1.0 + math.log(counts[i]) for i in ids]
    norm = math.sqrt(sum(v * v for v in vals))
    return ids, [v / norm for v in vals]


def raw_counts(tokens, spec):
    """Counts of every feature of one window by its full 32-bit hash. Bucket ids are
    `hash & (buckets - 1)`, so training scripts compute this once and reduce it to several
    bucket counts with `reduce_counts`."""
    lo, hi = spec["charNgrams"]
    max_chars = spec["maxWordChars"]
    counts: dict = {}

    def add(s):
        h = fnv1a(s)
        counts[h] = counts.get(h, 0) + 1

    prev = None
    for kind, tok in tokens:
        if kind == "w":
            add("w" + tok)
            p = "<" + tok[:max_chars] + ">"
            for n in range(lo, hi + 1):
                for k in range(0, len(p) - n + 1):
                    add("c" + p[k : k + n])
        else:
            add("s" + tok)
        if prev is not None:
            add("b" + prev + " " + tok)
        prev = tok
    return counts


def reduce_counts(raw: dict, buckets: int):
    """(ids, vals) of a window from its `raw_counts`, for `buckets` hash buckets."""
    counts: dict = {}
    m = buckets - 1
    for h, c in raw.items():
        i = h & m
        counts[i] = counts.get(i, 0) + c
    return _finish(counts, buckets)


def text_features(tokens, spec):
    """Features of a token list (one window)."""
    return reduce_counts(raw_counts(tokens, spec), spec["buckets"])


def char_features(s: str, spec):
    b = spec["buckets"]
    lo, hi = spec["charNgrams"]
    p = "<" + normalize(s)[: spec["maxChars"]] + ">"
    counts: dict = {}
    for n in range(lo, hi + 1):
        for k in range(0, len(p) - n + 1):
            i = fnv1a("c" + p[k : k + n]) & (b - 1)
            counts[i] = counts.get(i, 0) + 1
    return _finish(counts, b)


def windows(n_tokens: int, size: int, stride: int):
    """Token windows [start, end): one if it fits, else overlapping ones covering every token."""
    if n_tokens <= size:
        return [(0, n_tokens)]
    out = []
    start = 0
    while True:
        end = min(start + size, n_tokens)
        out.append((start, end))
        if end == n_tokens:
            return out
        start += stride


def raw_windows(text: str, spec):
    """`raw_counts` of every window of a text (text mode)."""
    toks = fold_tokens(tokenize(normalize(text), spec.get("maxSymbolRun", 4)), spec.get("fold"))
    w = spec["window"]
    return [raw_counts(toks[a:b], spec) for a, b in windows(len(toks), w["tokens"], w["stride"])]


def featurize(text: str, spec):
    """All windows of a text: list of (ids, vals)."""
    if spec["mode"] == "chars":
        return [char_features(text, spec)]
    toks = fold_tokens(tokenize(normalize(text), spec.get("maxSymbolRun", 4)), spec.get("fold"))
    w = spec["window"]
    return [text_features(toks[a:b], spec) for a, b in windows(len(toks), w["tokens"], w["stride"])]
