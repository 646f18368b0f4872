"""Fetch trouble at the source level: a clear per-source error, other sources unaffected."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.conftest import Cli, write_catalogue
from tests.httpserver import Response
from tests.site import Site


def sources(cli: Cli) -> dict[str, dict]:
    return {r["name"]: r for r in json.loads(cli("sources", "--json").stdout)}


@pytest.fixture
def troubled(site: Site, tmp_path, monkeypatch) -> Site:
    """The good RSS feed beside sources that misbehave in every way we guard against."""
    routes = site.server.routes
    routes["/slow.rss"] = Response(body=b"<rss/>", delay=3.0)
    routes["/huge.rss"] = Response(body=b"<rss>" + b" " * 200_000 + b"</rss>")
    routes["/loop-a"] = Response(status=302, headers={"Location": "/loop-b"})
    routes["/loop-b"] = Response(status=302, headers={"Location": "/loop-a"})
    routes["/busy.rss"] = Response(status=429, headers={"Retry-After": "7200"})
    routes["/broken.rss"] = Response(status=500)
    entries = [
        ("good", "feed", "/feed.rss"),
        ("slow", "feed", "/slow.rss"),
        ("huge", "feed", "/huge.rss"),
        ("loop", "feed", "/loop-a"),
        ("busy", "feed", "/busy.rss"),
        ("broken", "feed", "/broken.rss"),
        ("malformed", "feed", "/malformed.rss"),
    ]
    path = write_catalogue(tmp_path / "sources.toml", site, entries)
    monkeypatch.setenv("CONVMON_SOURCES", str(path))
    monkeypatch.setenv("CONVMON_TIMEOUT", "1")
    monkeypatch.setenv("CONVMON_MAX_BYTES", "100000")
    return site


def test_each_failure_is_a_clear_per_source_error(cli: Cli, troubled: Site) -> None:
    output = cli("poll", "--all").stdout
    rows = sources(cli)
    assert rows["good"]["error_count"] == 0 and "errors 0" in output
    expected = {
        "slow": "timed out",
        "huge": "larger than",
        "loop": "redirect loop",
        "busy": "HTTP 429",
        "broken": "HTTP 500",
        "malformed": "feed",
    }
    for name, words in expected.items():
        assert rows[name]["error_count"] == 1, name
        assert words in rows[name]["last_error"], (name, rows[name]["last_error"])
        assert "\n" not in rows[name]["last_error"]
    # Retry-After pushes the next check at least that far away
    busy_next = datetime.fromisoformat(rows["busy"]["next_check"])
    assert (busy_next - datetime.now(UTC)).total_seconds() > 7000
    assert len(json.loads(cli("articles", "--json").stdout)) == 2  # the good feed's two


def test_backoff_then_reset_on_recovery(cli: Cli, troubled: Site) -> None:
    cli("poll", "--source", "broken")
    first = sources(cli)["broken"]
    assert first["error_count"] == 1
    cli("poll", "--source", "broken")
    second = sources(cli)["broken"]
    assert second["error_count"] == 2 and second["next_check"] > first["next_check"]
    troubled.server.routes["/broken.rss"] = Response(
        body=b'<rss version="2.0"><channel><title>ok</title></channel></rss>'
    )
    cli("poll", "--source", "broken")
    healed = sources(cli)["broken"]
    assert healed["error_count"] == 0 and healed["last_success"]
    assert healed["last_error"]  # the last error stays visible for the record


def test_private_addresses_are_refused_by_default(
    cli: Cli, site: Site, tmp_path, monkeypatch
) -> None:
    path = write_catalogue(tmp_path / "s.toml", site, [("local", "feed", "/feed.rss")])
    monkeypatch.setenv("CONVMON_SOURCES", str(path))
    monkeypatch.setenv("CONVMON_ALLOW_PRIVATE_NETWORKS", "false")
    cli("poll", "--all")
    assert "refused" in sources(cli)["local"]["last_error"]
    assert site.hits("/feed.rss") == []
