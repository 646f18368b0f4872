"""Page metadata: title, canonical URL, language, publication date and JSON-LD article data."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from monitor.parse.dates import date_from_url, parse_datetime

_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|NewsArticle|Report|Posting", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|«|·|•|/)\s+")
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$", re.I)
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
)


@dataclass
class Metadata:
    """What a page's <head>, JSON-LD and markup say about it."""

    meta: dict[str, str] = field(default_factory=dict)  # lower-cased property/name -> content
    json_ld: list[str] = field(default_factory=list)  # texts of the JSON-LD scripts
    canonical_href: str | None = None
    html_lang: str | None = None

    @cached_property
    def article(self) -> dict[str, Any]:
        """The JSON-LD Article, if any; parsed when first asked for (most pages never ask)."""
        return _ld_article(self.json_ld)

    def article_body(self, text: str) -> str:
        """The JSON-LD articleBody when it may replace `text` (see `structured_wanted`), else "".

        A body can be no longer than the scripts holding it: when the DOM text is
        long enough, the scripts need no parsing.
        """
        if len(text) >= 0.5 * sum(map(len, self.json_ld)):
            return ""
        body = self.article.get("articleBody")
        return body if isinstance(body, str) and structured_wanted(body, text) else ""


def _flatten(data: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object in a parsed script, including those inside @graph and lists."""
    if isinstance(data, list):
        return [item for element in data for item in _flatten(element)]
    if not isinstance(data, dict):
        return []
    return [data, *_flatten(data.get("@graph", []))]


# Elements that hold code, not prose; removed once their JSON-LD has been read.
CODE_TAGS = "script, style, noscript, template"


def _ld_article(scripts: list[str]) -> dict[str, Any]:
    """The first JSON-LD object with an articleBody, else the first typed as an article."""
    best: dict[str, Any] = {}
    for script in scripts:
        try:
            objects = _flatten(json.loads(script, strict=False))
        except ValueError:
            continue
        for obj in objects:
            if "articleBody" in obj:
                return obj
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not best and any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
                best = obj
    return best


def _take_json_ld(tree: LexborHTMLParser) -> list[str]:
    """Texts of the JSON-LD scripts; removes every script, style and noscript element."""
    scripts = []
    for node in tree.css(CODE_TAGS):
        if node.tag == "script" and "ld+json" in (node.attributes.get("type") or ""):
            scripts.append(node.text())
        node.remove()
    return scripts


def read_metadata(tree: LexborHTMLParser) -> Metadata:
    """Collect <meta> tags, the canonical link, <html lang> and the JSON-LD article.

    Scripts, styles and noscript elements are removed from the tree on the way.
    """
    head = tree.head
    metas = head.css("meta[content]") if head is not None else []
    meta: dict[str, str] = {}
    for node in metas or tree.css("meta[content]"):  # some broken pages put them in <body>
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        if key:
            key = key.lower()
            content = attrs.get("content")
            if content and key not in meta:
                meta[key] = content.strip()
    link = (head or tree).css_first('link[rel="canonical"][href]')
    root = tree.root
    return Metadata(
        meta=meta,
        json_ld=_take_json_ld(tree),
        canonical_href=link.attributes.get("href") if link else None,
        html_lang=root.attributes.get("lang") if root is not None else None,
    )


def structured_wanted(structured: str, text: str) -> bool:
    """Whether a JSON-LD articleBody could replace the DOM text (which falls short of it).

    On the benchmark the DOM text matches or beats a JSON-LD body that the page
    also shows (JSON-LD drops subheadings and adds notes), so structured data
    only fills in when the DOM yields little: script-rendered pages, odd markup.
    """
    body = structured.strip()
    return len(body) >= 200 and "<" not in body and len(text) < 0.5 * len(body)


def structured_body(structured: str, text: str, page: str) -> str:
    """The JSON-LD body if the DOM gave nothing or the page shows it too, else `text`."""
    words = structured.split()
    probes = [words[i : i + 6] for i in (0, len(words) // 2, max(0, len(words) - 6))]
    shown = all(" ".join(probe) in page for probe in probes)
    return structured.strip() if not text or shown else text


def _text(value: Any) -> str:
    """A JSON-LD value as plain text (first item of a list, name of an object)."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    return value.strip() if isinstance(value, str) else ""


def clean_title(title: str, site_name: str | None) -> str:
    """Remove a site-name suffix or prefix such as " - Site" or "Site | " from a title."""
    title = " ".join(title.split())
    seps = list(_TITLE_SEPARATORS.finditer(title))
    if not seps:
        return title
    first, last = title[: seps[0].start()], title[seps[-1].end() :]
    site = (site_name or "").strip().lower()
    if site and last.lower() == site:
        return title[: seps[-1].start()]
    if site and first.lower() == site:
        return title[seps[0].end() :]
    # Without a known site name, drop a short end part next to a longer rest.
    if len(last.split()) <= 4 and len(last) < seps[-1].start():
        return title[: seps[-1].start()]
    pipe_like = seps[0].group().strip() in ("|", "::", "»", "·", "•")
    if pipe_like and len(first.split()) <= 3 and 2 * len(first) < len(title) - seps[0].end():
        return title[seps[0].end() :]
    return title


def find_title(tree: LexborHTMLParser, data: Metadata) -> str:
    """og:title, JSON-LD headline, the page's only <h1> or <title>, without the site name."""
    site = data.meta.get("og:site_name") or _text(data.article.get("publisher"))
    candidate = data.meta.get("og:title") or data.meta.get("twitter:title")
    candidate = candidate or _text(data.article.get("headline"))
    if candidate:
        return clean_title(candidate, site)
    node = (tree.head or tree).css_first("title")
    title = clean_title(node.text(deep=True), site) if node is not None else ""
    headings = [" ".join(h1.text(deep=True).split()) for h1 in tree.css("h1")]
    headings = [h for h in headings if h]
    # Several <h1>s, or one that is not in <title>, may be a logo or a section name.
    if len(headings) == 1 and (
        not title or headings[0].lower() in title.lower() or len(headings[0].split()) >= 4
    ):
        return headings[0]
    return title or (headings[0] if headings else "")


def find_canonical(data: Metadata, url: str | None) -> str | None:
    """The canonical URL (link rel=canonical, then og:url), absolute, else None."""
    for href in (data.canonical_href, data.meta.get("og:url")):
        if not href:
            continue
        absolute = urljoin(url or "", href.strip())
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and parts.netloc:
            return absolute
    return None


def language_code(value: str | None) -> str | None:
    """ISO 639-1 code from a tag such as "en-US", "vi_VN" or "de, en"."""
    if not value:
        return None
    first = value.split(",")[0].split(";")[0].strip()
    match = _LANG.match(first)
    if not match:
        return None
    code = match.group(1).lower()
    return code if len(code) == 2 else None


def find_language(data: Metadata, content_language: str | None) -> str | None:
    """Language declared by <html lang>, og:locale, JSON-LD or Content-Language."""
    for value in (data.html_lang, data.meta.get("og:locale"), data.meta.get("content-language")):
        code = language_code(value)
        if code:
            return code
    return language_code(_text(data.article.get("inLanguage"))) or language_code(content_language)


def find_published(tree: LexborHTMLParser, data: Metadata, url: str | None) -> datetime | None:
    """Publication date from meta tags, JSON-LD, <time>, the URL, then visible text."""
    for key in _DATE_KEYS:
        if key in data.meta:
            value = parse_datetime(data.meta[key])
            if value:
                return value
    value = parse_datetime(_text(data.article.get("datePublished")))
    if value:
        return value
    for node in tree.css("time[datetime], [itemprop=datePublished]")[:5]:
        attrs = node.attributes
        value = parse_datetime(attrs.get("datetime") or attrs.get("content") or node.text())
        if value:
            return value
    return date_from_url(url)


# Scripts that name one language (or nearly): checked on letters, no model needed.
_SCRIPT_LANGUAGES = (
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    # Letters only Vietnamese uses (not ă or â, which Romanian shares).
    (re.compile(r"[ơưđƠƯĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"), "vi"),
)
_NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_SCRIPT_CODES = frozenset(("ja", "ko", "zh", "th", "he", "el", "vi", "ar", "fa", "ru", "uk"))
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_PERSIAN = re.compile(r"[پچژگ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Letters only one Cyrillic language uses; ы and э are Russian (or Belarusian: ў first).
_CYRILLIC_LANGUAGES = (
    (re.compile(r"[іїєґІЇЄҐ]"), "uk"),
    (re.compile(r"[ўЎ]"), "be"),
    (re.compile(r"[ђјљњћџЂЈЉЊЋЏ]"), "sr"),
    (re.compile(r"[ѓќѕЃЌЅ]"), "mk"),
    (re.compile(r"[ыэЫЭ]"), "ru"),
)
# Frequent function words that tell Latin-script languages apart.
_STOPWORDS = {
    "en": "the and of to in is that for with was on as by it from are this have be",
    "fr": "le la les des est une que pour dans qui sur du au avec pas sont cette aux",
    "es": "el los las del que una por para con es se como pero sus fue este entre",
    "pt": "o os as do da dos das que uma para com não em por mais foi são pelo",
    "de": "der die das und ist nicht mit den von zu ein eine auf sich dem auch wird",
    "it": "il di che la per una sono della non con gli anche del nel alla questo",
    "pl": "i w nie się na z że do jest to jak po przez oraz dla są od który",
    "nl": "het een van dat niet zijn voor ook aan door wordt naar bij werd heeft",
}
_STOPWORD_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}


def _languages_by_word() -> dict[str, list[str]]:
    """The languages each function word belongs to ("que" is French, Spanish and Portuguese)."""
    table: dict[str, list[str]] = {}
    for language, words in _STOPWORD_SETS.items():
        for word in words:
            table.setdefault(word, []).append(language)
    return table


_STOPWORD_LANGUAGES = _languages_by_word()
_WORD = re.compile(r"\w+")


def _latin_language(text: str) -> str | None:
    """The Latin-script language whose function words clearly dominate, else None."""
    words = Counter(_WORD.findall(text[:3000].lower()))
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in words.keys() & _STOPWORD_LANGUAGES.keys():
        for language in _STOPWORD_LANGUAGES[word]:
            counts[language] += words[word]
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, hits), (_, runner_up) = ranked[0], ranked[1]
    return best if hits >= 4 and hits >= 2 * runner_up else None


def cheap_language(text: str, strict: bool = False) -> str | None:
    """Language of a text by its script or function words, None when unsure (no model).

    `strict` asks that a script fill most of the text (not just quotes in it).
    """
    sample = text[:3000]
    if len(sample.strip()) < 20:
        return None
    if _NON_LATIN.search(sample) is None:  # the common case: skip the script tests
        vietnamese = len(_SCRIPT_LANGUAGES[-1][0].findall(sample)) >= 5
        return "vi" if vietnamese else _latin_language(sample)
    for pattern, language in _SCRIPT_LANGUAGES:
        found = len(pattern.findall(sample))
        if found >= 5 and (language == "vi" or not strict or _fills(found, sample)):
            return language
    arabic = len(_ARABIC.findall(sample))
    if arabic >= 20 and (not strict or _fills(arabic, sample)):
        return "fa" if len(_PERSIAN.findall(sample)) >= 5 else "ar"
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic >= 20 and (not strict or _fills(cyrillic, sample)):
        for pattern, language in _CYRILLIC_LANGUAGES:
            if len(pattern.findall(sample)) >= 3:
                return language
    return _latin_language(sample)


def _fills(count: int, sample: str) -> bool:
    """Whether `count` letters are at least 40% of the letters in `sample`."""
    return count >= 0.4 * sum(c.isalpha() for c in sample)


def check_language(declared: str, text: str) -> str:
    """The declared language, unless the text is clearly in another one we can tell.

    Site templates often keep lang="en" on pages written in other languages.
    """
    known = declared in _STOPWORD_SETS or declared in _SCRIPT_CODES
    seen = cheap_language(text[:600], strict=True) if known else None
    return seen or declared


def guess_language(text: str) -> str | None:
    """Language of a text by its script or function words; py3langid when unsure.

    The cheap rules first keep py3langid's model (about 80 MiB) out of memory for
    most pages; it is loaded only for text they cannot decide.
    """
    if len(text.strip()) < 20:
        return None
    language = cheap_language(text)
    if language:
        return language
    import py3langid  # lazily: its model is large

    return str(py3langid.classify(text[:3000])[0]) or None
