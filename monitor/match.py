"""Topic relevance: does a text refer to the UN Convention against Cybercrime?"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ё": "е", "Ё": "е", "ß": "ss"})
_DASHES = re.compile(r"[\-\u2010-\u2015\u2212_/]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics, treat dashes as spaces: the form names are matched in."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DASHES.sub(" ", text.casefold())
    return _SPACES.sub(" ", text)


def _is_spaced(char: str) -> bool:
    # Latin, Greek and Cyrillic words are delimited; CJK, Arabic and Korean take affixes.
    return char.isalnum() and ord(char) < 0x0590


def _compile(name: str) -> str:
    """Turn one name from topic.toml into a regex over folded text."""
    words = fold(name).strip().split(" ")
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    pattern = " ?".join(parts) if not any(_is_spaced(c) for c in name) else " ".join(parts)
    head, tail = words[0][0], words[-1][-1]
    if _is_spaced(head):
        pattern = r"(?<!\w)" + pattern
    if _is_spaced(tail):
        pattern += r"(?!\w)"
    return pattern


@dataclass(frozen=True)
class Topic:
    """Compiled names and confusers."""

    names: re.Pattern[str]
    confusers: re.Pattern[str] | None

    @classmethod
    def load(cls, path: Path) -> Topic:
        """Read a topic TOML file (names per language, confuser patterns)."""
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        names = [n for per_lang in data.get("names", {}).values() for n in per_lang]
        if not names:
            raise ValueError(f"{path}: no [names] given")
        confusers = data.get("confusers", {}).get("patterns", [])
        return cls(
            names=_alternation(names),
            confusers=_alternation(confusers) if confusers else None,
        )

    def mentions(self, text: str) -> list[tuple[int, int]]:
        """Spans (in folded text) where the convention is named, confusers excluded."""
        folded = fold(text)
        blocked = [m.span() for m in self.confusers.finditer(folded)] if self.confusers else []
        return [
            m.span()
            for m in self.names.finditer(folded)
            if not any(m.start() < b_end and b_start < m.end() for b_start, b_end in blocked)
        ]

    def is_relevant(self, title: str, text: str) -> bool:
        """True when the title or the body refers to the convention; under a headline about
        another treaty ("South Korea joins Budapest Convention"), one passing mention in the
        body is not enough."""
        if self.mentions(title):
            return True
        about_other = self.confusers is not None and self.confusers.search(fold(title))
        return len(self.mentions(text)) >= (2 if about_other else 1)


def _alternation(names: list[str]) -> re.Pattern[str]:
    # Longest first so that a full title wins over a short alias at the same place.
    return re.compile("|".join(_compile(n) for n in sorted(set(names), key=len, reverse=True)))


@lru_cache(maxsize=4)
def load_topic(path: Path | None = None) -> Topic:
    """The topic from a file, or the bundled feeds/topic.toml."""
    from monitor.config import bundled_feeds_dir

    return Topic.load(path or bundled_feeds_dir() / "topic.toml")


def is_relevant(title: str, text: str, topic: Topic | None = None) -> bool:
    """True when title or text refers to the convention (bundled topic by default)."""
    return (topic or load_topic()).is_relevant(title, text)
