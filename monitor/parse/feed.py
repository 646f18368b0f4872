"""RSS and Atom feeds (feedparser) to entries."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser
from selectolax.lexbor import LexborHTMLParser


class FeedError(ValueError):
    """The document is not a usable feed."""


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: where the article is and what the feed says of it."""

    url: str
    title: str
    summary: str
    published: datetime | None
    language: str | None


def parse_feed(
    content: bytes, *, url: str | None = None, content_type: str | None = None
) -> list[FeedEntry]:
    """Parse RSS 0.9x/1.0/2.0 or Atom; raise FeedError when nothing usable is there."""
    headers = {"content-location": url or "", "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(content, response_headers=headers)
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception") or "unknown").splitlines()[0]
            raise FeedError(f"malformed feed: {reason}")
        if not parsed.get("version"):
            raise FeedError("not a feed: neither RSS nor Atom")
    language = (parsed.feed.get("language") or "").split("-")[0].lower() or None
    entries = []
    for item in parsed.entries:
        link = item.get("link") or ""
        if not link.startswith(("http://", "https://")):
            continue
        entries.append(
            FeedEntry(
                url=link,
                title=_text(item.get("title", "")),
                summary=_text(_body(item)),
                published=_date(item),
                language=language,
            )
        )
    return entries


def _body(item: feedparser.FeedParserDict) -> str:
    contents = item.get("content") or []
    if contents:
        return max((c.get("value", "") for c in contents), key=len)
    return item.get("summary", "")


def _text(html: str) -> str:
    if "<" not in html:
        return " ".join(html.split())
    node = LexborHTMLParser(html).body
    return " ".join(node.text(separator=" ").split()) if node else ""


def _date(item: feedparser.FeedParserDict) -> datetime | None:
    parsed = item.get("published_parsed") or item.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
