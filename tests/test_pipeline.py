"""End to end, offline: the fixture site -> poll -> stored articles, stories, sources."""

from __future__ import annotations

import json

from tests.conftest import Cli
from tests.site import Site

RELEVANT = {
    "/en/kenya-signs.html",
    "/news/kenya-signs-wire.html",
    "/en/azerbaijan-ratifies.html",
    "/vi/viet-nam-ky-cong-uoc.html",
    "/pl/seed-000.html",
    "/pl/seed-001.html",
}


def articles(cli: Cli) -> list[dict]:
    return json.loads(cli("articles", "--json").stdout)


def test_poll_stores_exactly_the_relevant_articles(cli: Cli, site: Site, site_catalogue) -> None:
    result = cli("poll", "--all")
    lines = {line.split(":")[0]: line for line in result.stdout.splitlines() if ": fetched" in line}
    assert set(lines) == {"ledger-rss", "wire-atom", "ledger-latest", "seed-page"}
    assert "errors 0" in lines["ledger-rss"]
    stored = articles(cli)
    assert {a["canonical_url"].removeprefix(site.server.base_url) for a in stored} == RELEVANT
    for article in stored:
        assert article["title"] and article["language"] and article["story_id"]
        assert "utm_" not in article["canonical_url"]
    languages = {a["canonical_url"].split("/")[3]: a["language"] for a in stored}
    assert languages["vi"] == "vi" and languages["pl"] == "pl"


def test_second_poll_is_conditional_and_adds_nothing(cli: Cli, site: Site, site_catalogue) -> None:
    cli("poll", "--all")
    first = len(articles(cli))
    fetched_before = len(site.hits("/en/budapest.html"))
    cli("poll", "--all")
    assert len(articles(cli)) == first
    feed_hits = site.hits("/feed.rss")
    assert len(feed_hits) == 2 and feed_hits[1].headers.get("If-None-Match")
    # irrelevant pages are remembered and never fetched again
    assert len(site.hits("/en/budapest.html")) == fetched_before == 1


def test_syndicated_copy_joins_the_first_story(cli: Cli, site: Site, site_catalogue) -> None:
    cli("poll", "--all")
    by_path = {a["canonical_url"].removeprefix(site.server.base_url): a for a in articles(cli)}
    original, copy = by_path["/en/kenya-signs.html"], by_path["/news/kenya-signs-wire.html"]
    assert original["story_id"] == copy["story_id"]
    assert by_path["/pl/seed-000.html"]["story_id"] != original["story_id"]
    stories = json.loads(cli("stories", "--json").stdout)
    kenya = next(s for s in stories if s["id"] == original["story_id"])
    assert kenya["article_count"] == 2 and "wire-atom" in kenya["sources"]


def test_sources_show_health(cli: Cli, site: Site, site_catalogue) -> None:
    cli("poll", "--all")
    rows = json.loads(cli("sources", "--json").stdout)
    assert {r["name"] for r in rows} == {"ledger-rss", "wire-atom", "ledger-latest", "seed-page"}
    assert all(r["last_success"] and r["error_count"] == 0 and r["next_check"] for r in rows)
    table = cli("sources").stdout
    assert "ledger-rss" in table and "last success" in table


def test_feed_text_is_kept_when_the_page_is_not_the_article(
    cli: Cli, site: Site, tmp_path, monkeypatch
) -> None:
    from tests.conftest import write_catalogue

    site.serve(
        "/consent", b"<html><body><form>Before you continue, accept cookies.</form></body></html>"
    )
    site.serve(
        "/gnews.rss",
        (
            '<rss version="2.0"><channel><title>Google News</title><item>'
            "<title>Kenya signs UN cybercrime treaty in New York - Daily Ledger</title>"
            f"<link>{site.url('/consent')}?article=1</link>"
            "<description>Kenya signed the UN Convention against Cybercrime on Thursday."
            "</description>"
            "</item></channel></rss>"
        ).encode(),
        "application/rss+xml",
    )
    path = write_catalogue(tmp_path / "g.toml", site, [("gnews", "feed", "/gnews.rss")])
    monkeypatch.setenv("CONVMON_SOURCES", str(path))
    cli("poll", "--all")
    (stored,) = articles(cli)
    assert stored["title"].startswith("Kenya signs UN cybercrime treaty")
    events = json.loads(cli("events", "--json").stdout)
    assert [(e["country"], e["action"]) for e in events] == [("KE", "signature")]
