"""Feeds: RSS 0.9x/1.0/2.0 and Atom in, entries out; broken and hostile feeds are errors."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from monitor.parse.feed import FeedError, parse_feed

SITE = Path(__file__).parent / "data" / "site"

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel rdf:about="http://x.org/"><title>t</title><link>http://x.org/</link></channel>
 <item rdf:about="http://x.org/a"><title>A</title><link>http://x.org/a</link>
  <dc:date>2026-03-12T10:00:00Z</dc:date></item>
</rdf:RDF>"""
RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>t</title>
<link>http://x.org/</link><description>d</description><language>pl</language>
<item><title>B</title><link>http://x.org/b</link>
<description>&lt;p&gt;Tekst &lt;b&gt;b&lt;/b&gt;&lt;/p&gt;</description></item>
</channel></rss>"""
BOMB = b"""<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>
<rss version="2.0"><channel><title>&g;</title><item><title>&g;</title>
<link>http://x.org/c</link></item></channel></rss>"""
EXTERNAL = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&x;</title>
<link>http://x.org/d</link></item></channel></rss>"""


def fixture(name: str) -> bytes:
    return (SITE / name).read_bytes().replace(b"{BASE}", b"http://news.example")


def test_rss2_and_atom_fixtures() -> None:
    rss = parse_feed(fixture("feed.rss"), content_type="application/rss+xml")
    assert len(rss) == 5 and rss[0].title.startswith("Kenya signs")
    assert rss[0].published is not None and rss[0].published.tzinfo is not None
    assert rss[0].language == "en"
    atom = parse_feed(fixture("feed.atom"), content_type="application/atom+xml")
    assert [e.url.rsplit("/", 1)[-1] for e in atom][:2] == [
        "viet-nam-ky-cong-uoc.html",
        "seed-000.html",
    ]


def test_rss1_and_rss091() -> None:
    (one,) = parse_feed(RSS1)
    assert one.url == "http://x.org/a" and one.published is not None
    (old,) = parse_feed(RSS091)
    assert old.summary == "Tekst b" and old.language == "pl"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ((SITE / "malformed.rss").read_bytes(), "malformed feed"),
        (b"<html><body><p>Not a feed</p></body></html>", "not a feed"),
        (b"\x00\x01garbage", "malformed feed"),
    ],
)
def test_broken_feeds_are_one_line_errors(body: bytes, message: str) -> None:
    with pytest.raises(FeedError) as err:
        parse_feed(body)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_entity_bomb_and_external_entity_are_not_expanded() -> None:
    started = time.monotonic()
    entries = parse_feed(BOMB)
    assert time.monotonic() - started < 1
    assert all(len(e.title) < 100 for e in entries)
    (entry,) = parse_feed(EXTERNAL)
    assert "root:" not in entry.title


def test_entries_without_http_links_are_skipped() -> None:
    body = b"""<rss version="2.0"><channel><title>t</title>
    <item><title>a</title><link>javascript:alert(1)</link></item>
    <item><title>b</title><link>http://x.org/b</link></item></channel></rss>"""
    assert [e.url for e in parse_feed(body)] == ["http://x.org/b"]
