"""Near-duplicate detection: exact fingerprints and bottom-k MinHash sketches.

A syndicated copy of an article (same text under another URL, perhaps with
another headline, byline or a trimmed last paragraph) must join the first
article's story. Exact copies share the fingerprint; near copies share most
of their word 5-shingles, which a bottom-k sketch estimates in O(k).
"""

from __future__ import annotations

import hashlib
import re

from monitor.match import fold

SKETCH_SIZE = 128
SHINGLE = 5
SAME_STORY = 0.5  # estimated Jaccard similarity of shingles at or above which texts are one story
_WORD = re.compile(r"\w+", re.U)


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def fingerprint(text: str) -> str:
    """A hash of the text's words: equal for copies that differ only in markup or case."""
    return hashlib.sha256(" ".join(_words(text)).encode("utf-8")).hexdigest()


def _hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big")


def sketch(text: str) -> str:
    """The k smallest shingle hashes of a text, as space-separated hex."""
    words = _words(text)
    if len(words) < SHINGLE:
        shingles = {" ".join(words)} if words else set()
    else:
        shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    smallest = sorted({_hash(s) for s in shingles})[:SKETCH_SIZE]
    return " ".join(f"{h:x}" for h in smallest)


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two sketches."""
    sa = {int(h, 16) for h in a.split()}
    sb = {int(h, 16) for h in b.split()}
    if not sa or not sb:
        return 0.0
    union_k = sorted(sa | sb)[: min(SKETCH_SIZE, len(sa | sb))]
    both = sa & sb
    return sum(1 for h in union_k if h in both) / len(union_k)
