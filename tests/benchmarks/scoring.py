"""Shingle-based precision/recall for extracted article text (no dependency on `monitor`).

Edge cases, per page:
- nothing expected and nothing extracted: precision = recall = 1 (perfect);
- something expected, nothing extracted: precision = recall = 0 (abstaining earns nothing);
- nothing expected, something extracted: precision = 0, recall = 1 (nothing was missed);
- a text with 1 to 3 tokens forms a single shorter shingle, so short texts still count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE_SIZE = 4
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Score:
    """Precision and recall of one page, or averages over many."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of `size`-token shingles of the word tokens of `text`."""
    tokens = _WORD.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def score_page(expected: str, extracted: str) -> Score:
    """Shingle precision and recall of one extracted text against the expected one."""
    want, got = shingles(expected), shingles(extracted)
    if not want and not got:
        return Score(1.0, 1.0)
    if not got:
        return Score(0.0, 0.0)
    if not want:
        return Score(0.0, 1.0)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    return Score(tp / (tp + fp), tp / (tp + fn))


def average(scores: Iterable[Score]) -> Score:
    """Macro-average precision and recall over pages (F1 is then taken from the averages)."""
    items = list(scores)
    if not items:
        return Score(0.0, 0.0)
    n = len(items)
    return Score(sum(s.precision for s in items) / n, sum(s.recall for s in items) / n)
