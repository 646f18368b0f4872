"""Alerts through the whole pipeline: baseline first, then one message per new event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli, write_catalogue
from tests.receivers import HttpReceiver
from tests.site import DATA, Site

KENYA = "/en/kenya-signs.html"


def feed(site: Site, *paths: str) -> bytes:
    items = "".join(f"<item><title>{p}</title><link>{site.url(p)}</link></item>" for p in paths)
    return f'<rss version="2.0"><channel><title>n</title>{items}</channel></rss>'.encode()


@pytest.fixture
def hook() -> HttpReceiver:
    with HttpReceiver() as receiver:
        yield receiver


@pytest.fixture
def newsroom(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hook: HttpReceiver
) -> Site:
    """A feed that starts with the Vietnamese report; the treaty record is not watched."""
    site.serve("/live.rss", feed(site, "/vi/viet-nam-ky-cong-uoc.html"), "application/rss+xml")
    path = write_catalogue(tmp_path / "sources.toml", site, [("live", "feed", "/live.rss")])
    monkeypatch.setenv("CONVMON_SOURCES", str(path))
    monkeypatch.setenv("CONVMON_NOTIFY", hook.url())
    return site


def test_baseline_then_one_alert_per_new_event_never_twice(
    cli: Cli, newsroom: Site, hook: HttpReceiver
) -> None:
    cli("poll", "--all")
    assert [m["title"] for m in hook.received] == [
        "Monitoring the UN Convention against Cybercrime: 72 signatories"
    ]
    newsroom.serve(
        "/live.rss", feed(newsroom, "/vi/viet-nam-ky-cong-uoc.html", KENYA), "application/rss+xml"
    )
    cli("poll", "--all")
    assert len(hook.received) == 2
    alert = hook.received[1]
    assert alert["title"] == "Kenya signed the UN Convention against Cybercrime"
    assert (
        "Kenya on Thursday signed the United Nations Convention against Cybercrime"
        in alert["message"]
    )
    assert newsroom.url(KENYA) in alert["message"] and "reported" in alert["message"]
    assert "12 March 2026" in alert["message"]
    # the same articles again, and a syndicated copy of the Kenya story: nothing new is sent
    newsroom.serve(
        "/live.rss", feed(newsroom, KENYA, "/news/kenya-signs-wire.html"), "application/rss+xml"
    )
    cli("poll", "--all")
    cli("poll", "--all")
    assert len(hook.received) == 2
    alerts = json.loads(cli("alerts", "--json").stdout)
    assert {a["kind"] for a in alerts} == {"baseline", "signature"}
    assert all(d["status"] == "sent" for a in alerts for d in a["deliveries"])
    assert all("127.0.0.1" in d["target"] for a in alerts for d in a["deliveries"])


def test_a_new_highest_count_is_alerted_once(cli: Cli, newsroom: Site, hook: HttpReceiver) -> None:
    page = (
        (DATA / "site" / "en" / "kenya-signs.html")
        .read_text(encoding="utf-8")
        .replace("becoming the latest country", "becoming the 80th country")
        .replace(
            "The treaty, adopted",
            "With Kenya, 80 states have now signed the convention. The treaty, adopted",
        )
    )
    newsroom.serve("/en/eighty.html", page.encode())
    cli("poll", "--all")  # baseline: 72 signatories
    newsroom.serve("/live.rss", feed(newsroom, "/en/eighty.html"), "application/rss+xml")
    cli("poll", "--all")
    titles = [m["title"] for m in hook.received]
    assert "80 signatories of the UN Convention against Cybercrime" in titles
    cli("poll", "--all")
    assert [m["title"] for m in hook.received] == titles


def test_notify_test_reports_each_target_with_secrets_redacted(
    cli: Cli, hook: HttpReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret_url = hook.url().replace("json://", "json://alice:s3cretpass@")
    dead = "json://bob:hunter22@127.0.0.1:9/nowhere?cto=1&rto=1"
    monkeypatch.setenv("CONVMON_NOTIFY", f"{secret_url} {dead}")
    result = cli("notify-test", ok=False)
    assert result.exit_code == 1  # one target failed
    lines = result.output.strip().splitlines()
    assert len(lines) == 2 and lines[0].endswith(": ok") and "FAILED" in lines[1]
    assert "s3cretpass" not in result.output and "hunter22" not in result.output
    assert len(hook.received) == 1
