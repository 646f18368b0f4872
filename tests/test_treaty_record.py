"""The treaty record end to end: first import, diffs, confirmation of news reports, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli, write_catalogue
from tests.site import DATA, Site

TREATY = DATA / "treaty"


@pytest.fixture
def record(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Site:
    """A catalogue with the treaty record at /untc, served from status.html."""
    site.serve("/untc", (TREATY / "status.html").read_bytes())
    site.serve("/news.rss", feed(site), "application/rss+xml")
    path = write_catalogue(
        tmp_path / "sources.toml",
        site,
        [("untc", "treaty", "/untc"), ("news", "feed", "/news.rss")],
    )
    monkeypatch.setenv("CONVMON_SOURCES", str(path))
    return site


def feed(site: Site, *paths: str) -> bytes:
    """An RSS feed linking to paths on the site."""
    items = "".join(f"<item><title>{p}</title><link>{site.url(p)}</link></item>" for p in paths)
    return f'<rss version="2.0"><channel><title>news</title>{items}</channel></rss>'.encode()


def publish(site: Site, fixture: str) -> None:
    site.serve("/untc", (TREATY / fixture).read_bytes())


def events(cli: Cli) -> dict[tuple[str, str], dict]:
    return {(e["country"], e["action"]): e for e in json.loads(cli("events", "--json").stdout)}


def alert_keys(cli: Cli) -> list[str]:
    return sorted(a["key"] for a in json.loads(cli("alerts", "--json").stdout))


def test_first_import_is_the_baseline_and_status_prints_the_tally(cli: Cli, record: Site) -> None:
    cli("poll", "--all")
    status = json.loads(cli("status", "--json").stdout)
    assert (status["signatories"], status["parties"], status["needed"]) == (74, 5, 40)
    assert status["basis"] == "treaty record" and status["entry_into_force"] is None
    rows = {r["country"]: r for r in status["countries"]}
    assert rows["TM"]["signed"] is None and rows["TM"]["instrument"] == "accession"
    assert rows["KH"]["instrument"] == "acceptance" and rows["HU"]["instrument"] == "approval"
    assert rows["VN"]["ratified"] == "2026-02-12" and rows["VN"]["status"] == "confirmed"
    assert "US" not in rows and "EU" in rows
    text = cli("status").stdout
    assert "Signatories: 74" in text and "Parties: 5 of 40" in text and "Viet" in text
    assert alert_keys(cli) == ["baseline"]  # history is summed up, not alerted one by one


def test_new_signature_then_one_instrument_of_each_kind(cli: Cli, record: Site) -> None:
    cli("poll", "--all")
    publish(record, "status_new_signature.html")
    cli("poll", "--all")
    found = events(cli)
    assert found[("JP", "signature")]["status"] == "confirmed"
    assert found[("JP", "signature")]["date"] == "2026-06-01"
    assert alert_keys(cli) == ["baseline", "event:JP:signature"]
    publish(record, "status_new_ratification.html")
    cli("poll", "--all")
    found = events(cli)
    kinds = {c: found[(c, "ratification")]["kind"] for c in ("RU", "MN", "FR", "TJ")}
    assert kinds == {"RU": "ratification", "MN": "acceptance", "FR": "approval", "TJ": "accession"}
    assert found[("TJ", "ratification")]["date"] == "2026-06-11"
    assert set(alert_keys(cli)) >= {f"event:{c}:ratification" for c in kinds}
    status = json.loads(cli("status", "--json").stdout)
    assert (status["signatories"], status["parties"]) == (75, 9)
    cli("poll", "--all")  # the same record again: nothing new
    assert len(alert_keys(cli)) == 6


def test_news_report_confirmed_later_keeps_its_reports(cli: Cli, record: Site) -> None:
    cli("poll", "--all")
    page = (
        '<html lang="en"><head><title>Japan signs UN Convention against Cybercrime</title></head>'
        "<body><article><h1>Japan signs UN Convention against Cybercrime</h1>"
        "<p>Japan signed the UN Convention against Cybercrime at UN Headquarters in New York "
        "on 1 June 2026, its foreign ministry said.</p><p>The government will now prepare a "
        "bill for its ratification, officials said, without giving a date.</p></article>"
        "</body></html>"
    )
    record.serve("/news/japan-signs-cybercrime-convention.html", page.encode())
    record.serve(
        "/news.rss",
        feed(record, "/news/japan-signs-cybercrime-convention.html"),
        "application/rss+xml",
    )
    cli("poll", "--all")
    reported = events(cli)[("JP", "signature")]
    assert reported["status"] == "reported" and reported["date"] == "2026-06-01"
    assert "Japan signed" in reported["evidence"]
    publish(record, "status_new_signature.html")
    cli("poll", "--all")
    confirmed = events(cli)[("JP", "signature")]
    assert confirmed["status"] == "confirmed" and confirmed["reports"] == 1
    assert confirmed["sources"] == reported["sources"]
    assert alert_keys(cli) == ["baseline", "confirm:JP:signature", "event:JP:signature"]


def test_unparseable_row_is_skipped_and_a_missing_table_is_an_error(
    cli: Cli, record: Site, caplog: pytest.LogCaptureFixture
) -> None:
    cli("poll", "--all")
    publish(record, "status_bad_row.html")
    cli("poll", "--all")
    assert "treaty row skipped" in caplog.text
    status = json.loads(cli("status", "--json").stdout)
    assert status["signatories"] == 74  # Kenya's unreadable row does not withdraw Kenya
    publish(record, "status_no_table.html")
    output = cli("poll", "--all").stdout
    assert "no participant table found" in output
    untc = next(r for r in json.loads(cli("sources", "--json").stdout) if r["name"] == "untc")
    assert untc["error_count"] == 1 and "no participant table" in untc["last_error"]
    assert json.loads(cli("status", "--json").stdout)["signatories"] == 74
    assert alert_keys(cli) == ["baseline"]
