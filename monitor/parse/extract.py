"""Article extraction: title, body text, date, language and canonical URL of a news page.

The body comes from one walk over the DOM (selectolax/lexbor, see `blocks`) that
turns block elements into text blocks, skipping hidden elements and those whose
class or id names clutter (share bars, comments, related links, captions...). Blocks are
scored like paragraphs (length, commas, link density) and their scores go to
the enclosing elements; the best element, widened to an ancestor when the
article is split into columns, is the article. Inside it, headings and lists are
kept; link lists, teasers and boilerplate lines are dropped. A JSON-LD
articleBody only fills in when the DOM yields little (see `Metadata.article_body`).
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
    Metadata,
    check_language,
    find_canonical,
    find_language,
    find_published,
    find_title,
    guess_language,
    read_metadata,
    structured_body,
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


_SIXTH = 1 / 6
_POSITIVE = re.compile(r"article|body|content|entry|main|news|post|story|text|detail")


def _class_weight(node: Node) -> float:
    """Bonus for article-like class, id or tag; malus for clutter-like ones."""
    tag, attrs, _ = node
    hint = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    weight = 25.0 if _POSITIVE.search(hint) or tag == "article" else 0.0
    return weight - 25.0 if cluttered(hint) else weight


def _block_score(block: Block) -> float:
    """How much a block looks like article prose."""
    text = block.text
    length = len(text)
    if length < 25 or block.teaser or block.tag in HEADINGS:
        return 0.0
    density = block.link_chars / length
    if density > 0.5:
        return 0.0
    commas = text.count(",") + text.count("،") + text.count("，") + text.count("、")
    return (1 + commas + min(length / 100, 3)) * (1 - density)


def choose_container(blocks: list[Block], nodes: dict[int, Node]) -> int | None:
    """The mem_id of the element whose subtree holds most of the article prose."""
    scores: dict[int, float] = {}
    get = scores.get
    for block in blocks:
        score = _block_score(block) if len(block.text) >= 25 else 0.0
        if not score:
            continue
        # The parent gets the score, the grandparent half, the next a sixth.
        ancestors = block.ancestors
        if len(ancestors) > 1:
            scores[ancestors[-2]] = get(ancestors[-2], 0.0) + score
            if len(ancestors) > 2:
                scores[ancestors[-3]] = get(ancestors[-3], 0.0) + score * 0.5
                if len(ancestors) > 3:
                    scores[ancestors[-4]] = get(ancestors[-4], 0.0) + score * _SIXTH
    if not scores:
        return None
    top = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:8]
    best = max(top, key=lambda item: item[1] * (1 + _class_weight(nodes[item[0]]) / 100))
    return widen(blocks, nodes, best[0])


def _under(block: Block, node: int, depth: int) -> bool:
    """Whether a block is inside element `node`, found at `depth` (one look, not a search)."""
    return len(block.ancestors) > depth and block.ancestors[depth] == node


def _within(blocks: list[Block], nodes: dict[int, Node], node: int) -> list[Block]:
    """The blocks inside element `node`."""
    depth = nodes[node][2]
    return [b for b in blocks if len(b.ancestors) > depth and b.ancestors[depth] == node]


def _prose(blocks: list[Block]) -> list[Block]:
    """Blocks that read like paragraphs: long enough and mostly not links."""
    return [b for b in blocks if len(b.text) >= 60 and b.link_chars < 0.25 * len(b.text)]


def _first_class(node: Node) -> str:
    """The first class name of an element: the kind of thing, before any modifiers."""
    classes = (node[1].get("class") or "").split(None, 1)
    return classes[0] if classes else ""


def _signatures(block: Block, nodes: dict[int, Node]) -> tuple[tuple[str, ...], ...]:
    """How a block's paragraph is marked up: its parent's tag and class, and its own class."""
    own = nodes[block.ancestors[-1]]
    parent = nodes[block.ancestors[-2]] if len(block.ancestors) > 1 else own
    inside = ("in", parent[0], _first_class(parent), block.tag)
    own_class = _first_class(own)
    return (inside, ("is", block.tag, own_class)) if own_class else (inside,)


def widen(blocks: list[Block], nodes: dict[int, Node], best: int) -> int:
    """Climb from `best` to an ancestor when that ancestor holds much more prose like it.

    Articles split into sibling columns or one card per paragraph score each piece
    separately; the ancestor that unites them holds several times the prose, in
    paragraphs marked up like those of `best` (teaser feeds look different).
    """
    depth = nodes[best][2]
    base = max(0, depth - 6)  # up to six ancestors are candidates
    path = _within(blocks, nodes, best)[0].ancestors[base : depth + 1]
    prose = _prose(_within(blocks, nodes, path[0]))  # only prose in the outermost counts
    signatures = [_signatures(b, nodes) for b in prose]
    kinds = {
        key
        for b, keys in zip(prose, signatures, strict=True)
        if _under(b, best, depth)
        for key in keys
    }
    held = [0] * len(path)  # chars of similar prose whose innermost candidate is path[i]
    for block, keys in zip(prose, signatures, strict=True):
        if kinds.isdisjoint(keys):
            continue
        ancestors, i = block.ancestors, min(len(block.ancestors) - base, len(path)) - 1
        while ancestors[base + i] != path[i]:
            i -= 1
        held[i] += len(block.text)
    current, chars = best, held[-1]
    wider = chars
    for i in range(len(path) - 2, -1, -1):
        wider += held[i]
        if wider >= 1.5 * chars:
            current, chars = path[i], wider
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
    depth = nodes[container][2]
    inside = _within(blocks, nodes, container)
    parent = inside[0].ancestors[depth - 1] if depth else None
    classes = {_own_class(b, nodes) for b in _prose(inside)}
    classes.discard(None)
    texts = []
    for b in blocks:
        ancestors = b.ancestors
        if (len(ancestors) > depth and ancestors[depth] == container and _keep(b)) or (
            parent is not None
            and ancestors[-2:-1] == (parent,)  # cheap first test of `_beside`
            and _beside(b, parent)
            and (b.tag == "p" or _own_class(b, nodes) in classes)
        ):
            texts.append(b.text)
    return "\n\n".join(texts)


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


def header_text(blocks: list[Block], nodes: dict[int, Node], container: int | None) -> str:
    """Text around the top of the article, where bylines and dates are written."""
    first = 0
    if container is not None:
        depth = nodes[container][2]
        first = next((i for i, b in enumerate(blocks) if _under(b, container, depth)), 0)
    return "\n".join(b.text for b in blocks[max(0, first - 12) : first + 3])


def extract_body(
    tree: LexborHTMLParser, body_selector: str | None = None, data: Metadata | None = None
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
    header = header_text(blocks, nodes, container)
    text = select_text(blocks, nodes, container) if container is not None else ""
    structured = data.article_body(text) if data is not None else ""
    if structured:  # the DOM yields little: JSON-LD may fill in
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
    text, header = extract_body(tree, body_selector, data)
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
