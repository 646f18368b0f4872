"""The labelled event corpus in tests/data/events is well formed (not a detector test)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from babel import Locale

CORPUS = Path(__file__).parent / "data" / "events"
LANGUAGES = {"en", "vi", "fr", "es", "ru", "zh", "ar", "pl", "de", "pt", "id", "ko", "ja"}
ACTIONS = {"signature", "ratification"}
TRAPS = {
    "budapest",
    "both_treaties",
    "other_un_convention",
    "other_agreement",
    "appeal",
    "intention",
    "negation",
    "speaker",
    "attendance",
    "hosting",
    "list",
    "domestic_vs_deposit",
    "sidebar",
    "unrelated",
    "count_variants",
    "non_count",
}
KEYS = {
    "file",
    "language",
    "relevant",
    "events",
    "counts",
    "traps",
    "other_treaty",
    "split",
    "note",
}


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    """The parsed labels.json."""
    return json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))


def _country_codes() -> set[str]:
    """ISO 3166-1 alpha-2 codes known to CLDR, plus EU."""
    codes = {code for code in Locale("en").territories if re.fullmatch(r"[A-Z]{2}", code)}
    return codes | {"EU"}


def test_every_label_has_a_page_and_every_page_a_label(labels: list[dict]) -> None:
    """labels.json and the HTML files match one to one."""
    labelled = [entry["file"] for entry in labels]
    assert len(labelled) == len(set(labelled)), "duplicate entries"
    pages = {path.name for path in CORPUS.glob("*.html")}
    assert set(labelled) == pages


def test_entries_have_the_expected_shape(labels: list[dict]) -> None:
    """Each entry carries the documented keys with valid values."""
    codes = _country_codes()
    for entry in labels:
        name = entry["file"]
        assert set(entry) == KEYS, name
        assert entry["language"] in LANGUAGES, name
        assert name.startswith(entry["language"] + "_"), name
        assert isinstance(entry["relevant"], bool), name
        assert re.fullmatch(r"dev|holdout\d*", entry["split"]), name
        assert set(entry["traps"]) <= TRAPS | {"seed"}, name
        pairs = [(event["country"], event["action"]) for event in entry["events"]]
        assert len(pairs) == len(set(pairs)), f"{name}: duplicate event"
        for country, action in pairs:
            assert country in codes, f"{name}: {country}"
            assert action in ACTIONS, f"{name}: {action}"
        for count in entry["counts"]:
            assert count["action"] in ACTIONS, name
            assert isinstance(count["count"], int) and count["count"] > 0, name
        if not entry["relevant"]:
            assert not entry["events"] and not entry["counts"], f"{name}: events on irrelevant page"
        if entry["other_treaty"]:
            assert not entry["relevant"], name


def test_pages_are_complete_documents() -> None:
    """Each page declares its language, title, canonical URL and publication time."""
    for path in CORPUS.glob("*.html"):
        html = path.read_text(encoding="utf-8")
        language = path.name.split("_", 1)[0]
        assert re.search(rf'<html lang="{language}(-[A-Za-z0-9]+)*"', html), path.name
        for marker in (
            "<title>",
            'property="og:title"',
            'rel="canonical"',
            'property="article:published_time"',
            "<h1",
        ):
            assert marker in html, f"{path.name}: {marker}"


def test_corpus_size_and_coverage(labels: list[dict]) -> None:
    """Enough pages, languages and traps for the benchmark to mean something."""
    assert len(labels) >= 50
    per_language = Counter(entry["language"] for entry in labels)
    assert len(per_language) >= 10
    assert sum(1 for n in per_language.values() if n >= 3) >= 10
    traps = Counter(trap for entry in labels for trap in entry["traps"])
    assert TRAPS <= set(traps), TRAPS - set(traps)
    assert sum(1 for entry in labels if entry["relevant"]) >= 30
    assert sum(1 for entry in labels if not entry["relevant"]) >= 10


def test_seed_pages_are_labelled_as_specified(labels: list[dict]) -> None:
    """The two seed articles carry the labels the project started from."""
    by_file = {entry["file"]: entry for entry in labels}
    seed0, seed1 = by_file["pl_seed_000.html"], by_file["pl_seed_001.html"]
    assert seed0["relevant"] and not seed0["events"] and not seed0["counts"]
    assert seed1["relevant"] and not seed1["events"]
    assert seed1["counts"] == [{"action": "signature", "count": 69}]
