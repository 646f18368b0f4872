"""Detection end to end: the labelled corpus served as a news site -> poll -> events --json."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Cli, write_catalogue
from tests.site import DATA, Site

CORPUS = DATA / "events"
LABELS = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
BY_LANGUAGE: dict[str, list[dict]] = defaultdict(list)
for page in LABELS:
    BY_LANGUAGE[page["language"]].append(page)


def poll_pages(
    cli: Cli, site: Site, tmp_path: Path, pages: list[dict], monkeypatch: pytest.MonkeyPatch
) -> list[dict]:
    """Serve the pages through one RSS feed, poll it, return `events --json`."""
    items = "".join(
        f"<item><title>{p['file']}</title><link>{site.url('/events/' + p['file'])}</link></item>"
        for p in pages
    )
    site.serve(
        "/corpus.rss",
        f'<rss version="2.0"><channel><title>c</title>{items}</channel></rss>'.encode(),
        "application/rss+xml",
    )
    path = write_catalogue(tmp_path / "sources.toml", site, [("corpus", "feed", "/corpus.rss")])
    monkeypatch.setenv("CONVMON_SOURCES", str(path))
    cli("poll", "--all")
    return json.loads(cli("events", "--json").stdout)


@pytest.fixture
def corpus_site() -> Iterator[Site]:
    with Site({"/events/": CORPUS}) as site:
        yield site


@pytest.mark.parametrize("language", sorted(BY_LANGUAGE))
def test_events_per_language(
    cli: Cli, corpus_site: Site, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = BY_LANGUAGE[language]
    found = poll_pages(cli, corpus_site, tmp_path, pages, monkeypatch)
    expected = {(e["country"], e["action"]) for p in pages for e in p["events"]}
    got = {(e["country"], e["action"]) for e in found}
    for event in found:  # every event quotes its evidence and links the page it came from
        assert event["status"] == "reported" and event["evidence"]
        assert all(url.startswith(corpus_site.url("/events/")) for url in event["sources"])
    true = len(expected & got)
    precision = true / len(got) if got else 1.0
    recall = true / len(expected) if expected else 1.0
    assert precision >= 0.8 and recall >= 0.5, (
        language,
        sorted(got - expected),
        sorted(expected - got),
    )


def test_pages_about_other_treaties_give_no_event(
    cli: Cli, corpus_site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    others = [p for p in LABELS if p["other_treaty"]]
    assert len(others) >= 5
    assert poll_pages(cli, corpus_site, tmp_path, others, monkeypatch) == []
