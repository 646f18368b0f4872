"""Article extraction: title, body text, date, language and canonical URL of a news page.

The body comes from one walk over the DOM (selectolax/lexbor) that turns block
elements into text blocks, skipping hidden elements and those whose class or id
names clutter (share bars, comments, related links, captions...). Blocks are
scored like paragraphs (length, commas, link density) and their scores go to
the enclosing elements; the best element, widened to an ancestor when the
article is split into columns, is the article. Inside it, headings and lists are
kept; link lists, teasers and boilerplate lines are dropped. A JSON-LD
articleBody only fills in when the DOM yields little (see `structured_wanted`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from monitor.parse.blocks import HEADINGS, Block, Node, cluttered, collect_blocks
from monitor.parse.dates import date_from_text
from monitor.parse.decode import decode_html, parse_html
from monitor.parse.metadata import (
    check_language,
    find_canonical,
    find_language,
    find_published,
    find_title,
    guess_language,
    read_metadata,
    structured_body,
    structured_wanted,
)

__all__ = ["Extracted", "decode_html", "extract"]


@dataclass(frozen=True)
class Extracted:
    """What one article page says about itself."""

    title: str
    text: str
    published: datetime | None
    language: str | None
    canonical_url: str | None
    reason: str | None = None


_POSITIVE = re.compile(r"article|body|content|entry|main|news|post|story|text|detail")


def _class_weight(node: Node) -> float:
    """Bonus for article-like class, id or tag; malus for clutter-like ones."""
    tag, attrs = node
    hint = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    weight = 25.0 if _POSITIVE.search(hint) or tag == "article" else 0.0
    return weight - 25.0 if cluttered(hint) else weight


def _block_score(block: Block) -> float:
    """How much a block looks like article prose."""
    length = len(block.text)
    if length < 25 or block.tag in HEADINGS or block.teaser:
        return 0.0
    density = block.link_chars / length
    if density > 0.5:
        return 0.0
    text = block.text
    commas = text.count(",") + text.count("،") + text.count("，") + text.count("、")
    return (1 + commas + min(length / 100, 3)) * (1 - density)


def choose_container(blocks: list[Block], nodes: dict[int, Node]) -> int | None:
    """The mem_id of the element whose subtree holds most of the article prose."""
    scores: dict[int, float] = {}
    for block in blocks:
        score = _block_score(block)
        if not score:
            continue
        # The parent gets the score, the grandparent half, the next a sixth.
        for node, share in zip(block.ancestors[-2::-1], (1.0, 0.5, 1 / 6), strict=False):
            scores[node] = scores.get(node, 0.0) + score * share
    if not scores:
        return None
    top = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:8]
    best = max(top, key=lambda item: item[1] * (1 + _class_weight(nodes[item[0]]) / 100))
    return widen(blocks, nodes, best[0])


def _prose(blocks: list[Block]) -> list[Block]:
    """Blocks that read like paragraphs: long enough and mostly not links."""
    return [b for b in blocks if len(b.text) >= 60 and b.link_chars < 0.25 * len(b.text)]


def _first_class(node: Node) -> str:
    """The first class name of an element: the kind of thing, before any modifiers."""
    classes = (node[1].get("class") or "").split()
    return classes[0] if classes else ""


def _signatures(block: Block, nodes: dict[int, Node]) -> tuple[tuple[str, ...], ...]:
    """How a block's paragraph is marked up: its parent's tag and class, and its own class."""
    if block.keys:
        return block.keys
    own = nodes[block.ancestors[-1]]
    parent = nodes[block.ancestors[-2]] if len(block.ancestors) > 1 else own
    keys: list[tuple[str, ...]] = [("in", parent[0], _first_class(parent), block.tag)]
    own_class = _first_class(own)
    if own_class:
        keys.append(("is", block.tag, own_class))
    block.keys = tuple(keys)
    return block.keys


def widen(blocks: list[Block], nodes: dict[int, Node], best: int) -> int:
    """Climb from `best` to an ancestor when that ancestor holds much more prose like it.

    Articles split into sibling columns or one card per paragraph score each piece
    separately; the ancestor that unites them holds several times the prose, in
    paragraphs marked up like those of `best` (teaser feeds look different).
    """
    path = next(b.ancestors for b in blocks if best in b.ancestors)
    path = path[: path.index(best) + 1]
    prose = [(b, _signatures(b, nodes)) for b in _prose(blocks)]
    kinds = {key for b, keys in prose if best in b.ancestors for key in keys}
    similar = [b for b, keys in prose if any(key in kinds for key in keys)]
    current, chars = best, sum(len(b.text) for b in similar if best in b.ancestors)
    for node in reversed(path[-7:-1]):
        wider = sum(len(b.text) for b in similar if node in b.ancestors)
        if wider >= 1.5 * chars:
            current, chars = node, wider
    return current


_BOILERPLATE = re.compile(
    r"^(advertisement|advertising|sponsored|read more|related|share|share this|"
    r"follow us|sign up|subscribe|photo|image|getty images|ap photo)\b",
    re.I,
)
# Whole lines that label page furniture (ads, comments, sharing) in several languages.
_LABELS = frozenset(
    word.replace("_", " ")
    for word in """advert advertisement advertising ad anzeige werbung publicidad publicité
    pubblicità reklama реклама quảng_cáo 广告 إعلان comments comment kommentare komentarze
    comentarios commentaires commenti комментарии bình_luận 评论 تعليقات share teilen
    udostępnij compartir partager condividi поделиться chia_sẻ 分享 مشاركة""".split()
)
# Lines that point elsewhere ("READ MORE: ...") and photo credits ending a caption.
_POINTER = re.compile(r"^(read more|related|more|see also|don't miss|watch|listen)\s*:", re.I)
_CREDIT = re.compile(r"\((image|photo|picture|pic|foto|credit|source)s?\s*:[^)]*\)\s*$", re.I)


def _shouting(text: str) -> bool:
    """Whether a line is written in capitals (promos and link headlines on some sites)."""
    if len(text) < 8 or not text[:12].isupper():  # cheap test first: most lines fail it
        return False
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    # Uncased scripts do not count: "SBS <한국어 ...>" is not shouting.
    return upper > 4 * lower and upper >= 0.5 * (len(text) - text.count(" "))


def _keep(block: Block) -> bool:
    """Whether a block inside the article container is part of the article."""
    text = block.text
    length = len(text)
    if block.tag == "h1" or block.link_chars > 0.5 * length or block.teaser:
        return False
    if length < 40 and (_BOILERPLATE.match(text) or text.lower().strip(" .:…") in _LABELS):
        return False
    if length < 300 and (_POINTER.match(text) or _CREDIT.search(text)):
        return False
    # Capitals: a promo when linked or long; short ones are agency-style subheadings.
    promo = block.link_chars > 0 or length >= 60
    return not (promo and block.tag not in HEADINGS and length < 200 and _shouting(text))


def select_text(blocks: list[Block], nodes: dict[int, Node], container: int) -> str:
    """Article text: the kept blocks inside `container`, blank-line separated.

    Paragraphs right beside the container count too: sites often put the first
    paragraphs before a "paywall" or "read all" element that holds the rest.
    """
    path = next(b.ancestors for b in blocks if container in b.ancestors)
    parent = path[path.index(container) - 1] if path.index(container) else None
    inside = [b for b in blocks if container in b.ancestors]
    classes = {_own_class(b, nodes) for b in _prose(inside)}
    classes.discard(None)
    return "\n\n".join(
        b.text
        for b in blocks
        if (container in b.ancestors and _keep(b))
        or (parent and _beside(b, parent) and (b.tag == "p" or _own_class(b, nodes) in classes))
    )


def _own_class(block: Block, nodes: dict[int, Node]) -> str | None:
    """The class attribute of the element holding a block's text."""
    return nodes[block.ancestors[-1]][1].get("class")


def _beside(block: Block, parent: int) -> bool:
    """Whether a block is a paragraph of prose directly inside `parent`."""
    return (
        block.tag in ("p", "div")
        and len(block.ancestors) > 1
        and block.ancestors[-2] == parent
        and len(block.text) >= 80
        and block.link_chars < 0.25 * len(block.text)
        and not block.teaser
    )


def header_text(blocks: list[Block], container: int | None) -> str:
    """Text around the top of the article, where bylines and dates are written."""
    first = next((i for i, b in enumerate(blocks) if container in b.ancestors), 0)
    return "\n".join(b.text for b in blocks[max(0, first - 12) : first + 3])


def extract_body(
    tree: LexborHTMLParser, body_selector: str | None = None, structured: str = ""
) -> tuple[str, str]:
    """The article body of a parsed page and the text around its top (for dates).

    Expects scripts and styles gone from the tree (`read_metadata` removes them).
    """
    body = tree.body
    if body is None:
        return "", ""
    if body_selector:
        chosen = _select(body, body_selector)
        if chosen:
            return chosen, chosen[:500]
    blocks, nodes = collect_blocks(body)
    container = choose_container(blocks, nodes)
    header = header_text(blocks, container)
    text = select_text(blocks, nodes, container) if container is not None else ""
    if structured_wanted(structured, text):
        page = " ".join(b.text for b in blocks)
        text = structured_body(structured, text, page)
    return text, header


def _select(body: LexborNode, selector: str) -> str:
    """Text of the elements a site's CSS selector picks ("" if it picks nothing)."""
    try:
        matches = body.css(selector)
    except SelectolaxError:  # a bad selector in the catalogue must not stop extraction
        return ""
    texts = []
    for match in matches:
        blocks, _ = collect_blocks(match)
        texts.append("\n\n".join(b.text for b in blocks if _keep(b)))
    return "\n\n".join(t for t in texts if t)


def extract(
    html: bytes | str,
    url: str | None = None,
    *,
    charset: str | None = None,
    content_language: str | None = None,
    body_selector: str | None = None,
) -> Extracted:
    """Extract title, body text, date, language and canonical URL from an article page."""
    if not html or not html.strip():
        return Extracted("", "", None, None, None, "empty document")
    tree = parse_html(html, charset)
    if tree is None:
        return Extracted("", "", None, None, None, "not HTML")
    data = read_metadata(tree)
    title = find_title(tree, data)
    published = find_published(tree, data, url)
    structured = data.article.get("articleBody")
    structured = structured if isinstance(structured, str) else ""
    text, header = extract_body(tree, body_selector, structured)
    if published is None:
        published = date_from_text(header)
    language = find_language(data, content_language)
    language = check_language(language, text) if language else guess_language(text or title)
    return Extracted(
        title=title,
        text=text,
        published=published,
        language=language,
        canonical_url=find_canonical(data, url),
        reason=None if text else "no article text found",
    )
