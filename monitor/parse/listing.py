"""Section pages: find the links to articles."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from monitor.urls import canonicalize, same_site

# A path looks like an article when its last segment is a long slug, carries
# an id, or ends like a document.
_ARTICLE_PATH = re.compile(r"(\d{5,}|[\w]+(?:-[\w]+){3,}|\.s?html?$|\.aspx?$|\.php$)", re.U)
_NOT_ARTICLE = re.compile(
    r"/(tag|tags|category|categories|author|authors|search|login|register|page|feed|rss)(/|$)",
    re.I,
)


def article_links(html: str, base_url: str, selector: str | None = None) -> list[str]:
    """Canonical same-site article URLs linked from a listing page, in page order."""
    tree = LexborHTMLParser(html)
    nodes = tree.css(selector) if selector else tree.css("a[href]")
    seen: set[str] = set()
    links: list[str] = []
    for node in nodes:
        anchor = node if node.tag == "a" else node.css_first("a[href]")
        href = anchor.attributes.get("href") if anchor else None
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        url = urljoin(base_url, href)
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        if not selector and not _looks_like_article(url, base_url):
            continue
        canonical = canonicalize(url)
        if canonical not in seen and canonical != canonicalize(base_url):
            seen.add(canonical)
            links.append(canonical)
    return links


def _looks_like_article(url: str, base_url: str) -> bool:
    if not same_site(url, base_url):
        return False
    path = urlsplit(url).path
    if _NOT_ARTICLE.search(path):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return bool(last) and bool(_ARTICLE_PATH.search(last))
