"""Message rendering: layouts, escaping per format, length limits that keep every link."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from monitor.notify import redact, redact_url
from monitor.render import (
    country_name,
    escape_markdown,
    event_title,
    format_date,
    render,
    tally_line,
)

LINKS = ["https://news.example/a_(1)?x=1&y=2", "https://vn.example/tin-tuc/cong-uoc"]


def event_payload(quote: str, **kw: Any) -> dict[str, Any]:
    payload = {
        "type": "event",
        "country": "KE",
        "country_name": "Kenya",
        "action": "signature",
        "status": "reported",
        "date": "2025-10-25",
        "evidence": [{"text": quote, "language": "en", "url": LINKS[0]}],
        "sources": LINKS,
        "tally": {"signatories": 73, "parties": 2},
    }
    payload.update(kw)
    return payload


def test_titles_dates_tally() -> None:
    assert event_title("Kenya", "signature") == "Kenya signed the UN Convention against Cybercrime"
    assert event_title("the European Union", "ratification", confirmed=True) == (
        "Confirmed: The European Union ratified the UN Convention against Cybercrime"
    )
    assert event_title("Palau", "ratification", instrument="a") == (
        "Palau acceded to the UN Convention against Cybercrime"
    )
    assert event_title("Chile", "ratification", instrument="acceptance").startswith(
        "Chile accepted"
    )
    assert country_name("AZ") == "Azerbaijan" and country_name("EU") == "the European Union"
    assert format_date("2025-10-05") == "5 October 2025" and format_date(None).startswith("date")
    assert format_date(dt.date(2026, 2, 23)) == "23 February 2026"
    assert tally_line({"signatories": 73, "parties": 2}) == (
        "73 signatories · 2 of 40 ratifications needed for entry into force"
    )


def test_text_body_has_quote_language_links_tally() -> None:
    _, body = render("Kenya signed", event_payload("Kenya signed it."), "text")
    assert "Evidence (English): “Kenya signed it.”" in body
    assert all(f"- {u}" in body for u in LINKS)
    assert body.rstrip().endswith("2 of 40 ratifications needed for entry into force")
    assert "reported in the news" in body


def test_html_escapes_scraped_text_and_links() -> None:
    quote = '<script>alert("x")</script> & Kenya signed'
    _, body = render("t", event_payload(quote), "html")
    assert "<script>" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Kenya signed" in body
    assert '<a href="https://news.example/a_(1)?x=1&amp;y=2">' in body


def test_markdown_escapes_scraped_text_but_not_links() -> None:
    quote = "Kenya *signed* [the] _convention_ # now"
    _, body = render("t", event_payload(quote), "markdown")
    assert r"Kenya \*signed\* \[the\] \_convention\_ \# now" in body
    assert "<https://news.example/a_(1)?x=1&y=2>" in body
    assert escape_markdown("a.b (c)") == "a.b (c)"


@pytest.mark.parametrize(
    ("fmt", "limit"), [("text", 2000), ("markdown", 2000), ("html", 4096), ("text", 400)]
)
def test_long_quote_shortened_links_kept(fmt: str, limit: int) -> None:
    quote = "Kenya signed the convention. " + "Lorem ipsum dolor sit amet. " * 300
    _, body = render("t", event_payload(quote), fmt, limit)
    assert len(body) <= limit
    assert "…" in body and "Kenya signed the convention." in body
    assert all(u in body or u.replace("&", "&amp;") in body for u in LINKS)


def test_sms_limit_keeps_links_even_when_over() -> None:
    _, body = render(
        "t", event_payload("Kenya signed the convention in Hanoi today. " * 3), "text", 160
    )
    assert all(u in body for u in LINKS)
    quote = re.search(r"“(.*)”", body)
    assert quote and len(quote.group(1)) <= 41


def test_baseline_drops_lists_before_links() -> None:
    names = [f"Country {n}" for n in range(80)]
    payload = {
        "type": "baseline",
        "tally": {"signatories": 80, "parties": 0},
        "signatories": names,
        "parties": [],
        "sources": ["https://treaties.example/x"],
    }
    _, full = render("t", payload, "text")
    assert "Country 79" in full
    _, short = render("t", payload, "text", 300)
    assert "Country 79" not in short and "https://treaties.example/x" in short


def test_confirmation_and_milestone_layouts() -> None:
    _, body = render(
        "t",
        {
            "type": "confirmation",
            "country_name": "Azerbaijan",
            "action": "ratification",
            "instrument": "accession",
            "official_date": "2026-03-02",
            "reported_date": "2026-02-23",
            "sources": ["https://treaties.example"],
        },
        "text",
    )
    assert "deposited its instrument of accession on 2 March 2026" in body
    assert "news reported 23 February 2026" in body
    _, body = render(
        "t",
        {
            "type": "milestone",
            "deposit_date": "2027-01-10",
            "entry_into_force": "2027-04-10",
            "country_name": "Poland",
        },
        "text",
    )
    assert "enters into force on 10 April 2027" in body and "by Poland" in body


def test_redaction_helpers() -> None:
    assert redact_url("mailto://user:pw123@example.com") == "mailto://user:****@example.com"
    assert redact_url("json://h/x?token=abc&mode=1") == "json://h/x?token=****&mode=1"
    assert redact_url("discord://12345/AbCdEf123456789xyz") == "discord://12345/****"
    assert redact("failed: secretvalue here", ("secretvalue",)) == "failed: **** here"


def test_digest_drops_whole_stories_to_fit() -> None:
    stories = [
        {
            "title": f"Story {n}",
            "articles": 2,
            "languages": ["en", "vi"],
            "links": [f"https://n.example/{n}/a", f"https://n.example/{n}/b"],
        }
        for n in range(40)
    ]
    payload = {"type": "digest", "date": "2026-03-01", "stories": stories}
    _, full = render("t", payload, "markdown")
    assert "Story 39 (2 articles; en, vi)" in full and "<https://n.example/39/b>" in full
    _, short = render("t", payload, "markdown", 2000)
    assert len(short) <= 2000 and "more left out to fit" in short
    kept = re.findall(r"Story (\d+) ", short)
    assert kept and all(f"https://n.example/{n}/b" in short for n in kept)
