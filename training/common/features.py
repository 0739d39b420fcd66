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
    toks = tokenize(normalize(text), spec.get("maxSymbolRun", 4))
    w = spec["window"]
    return [raw_counts(toks[a:b], spec) for a, b in windows(len(toks), w["tokens"], w["stride"])]


def featurize(text: str, spec):
    """All windows of a text: list of (ids, vals)."""
    if spec["mode"] == "chars":
        return [char_features(text, spec)]
    toks = tokenize(normalize(text), spec.get("maxSymbolRun", 4))
    w = spec["window"]
    return [text_features(toks[a:b], spec) for a, b in windows(len(toks), w["tokens"], w["stride"])]
