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


# Block elements that never hold article prose: the walker does not enter them.
_SKIP = frozenset(
    "svg canvas iframe object embed video audio picture button select input textarea nav "
    "aside footer figure figcaption dialog menu map head meta link script style noscript "
    "template img wbr".split()
)
_INLINE = frozenset(
    "a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span "
    "strike strong sub sup time tt u var label output nobr".split()
)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _words_pattern(words: str) -> str:
    """A regex alternation of words grouped by first letter (twice as fast to search)."""
    groups: dict[str, list[str]] = {}
    for word in words.split():
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Words in a class or id that mark clutter (matched as lower-case substrings).
_CLUTTER = re.compile(
    _words_pattern(
        "comment share sharing social related recommend newsletter subscri cookie consent "
        "sidebar breadcrumb outbrain taboola promo advert sponsor popular trending mostread "
        "most-read morestories more-stories caption byline signup print-only sr-only "
        "screen-reader modal popup tooltip disqus gallery slideshow footer masthead navbar menu"
    )
    + r"|(^|\s)(hidden|d-none|is-hidden|visually-hidden)(\s|$)"
)
# Class or id tokens that begin with these words are clutter even when they hold much
# of the page (a long comment thread); others may name a wrapper ("has-sidebar").
_STRONG_CLUTTER = re.compile(
    r"(^|\s)(comment|related|recommend|outbrain|taboola|disqus|newsletter|cookie|consent)"
)
_NOT_CLUTTER = re.compile(
    r"article-?body|story-?body|entry-?content|post-?(body|content)|article-?content|"
    r"article-?text|main-?content|body-?text|commentary|embed|tweet"
)
# ARIA landmarks and widgets that are never the article.
_CLUTTER_ROLES = frozenset(
    "navigation banner contentinfo complementary search dialog alertdialog menu menubar "
    "toolbar tablist".split()
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


@dataclass(slots=True)
class Block:
    """One run of text in a block element, with where it sits in the tree."""

    text: str
    link_chars: int
    tag: str
    ancestors: tuple[int, ...]  # mem_id of each enclosing element, outermost first
    marks: tuple[int, ...]  # mem_id of each enclosing element marked as clutter
    teaser: bool = False  # opens with a linked headline, as teasers of other stories do
    keys: tuple[tuple[str, ...], ...] = ()  # markup signatures, filled in when first needed


def _name_kind(name: str) -> int:
    """0 for a content class or id, 1 for clutter or a wrapper, 2 for sure clutter."""
    name = name.lower()
    if _CLUTTER.search(name) is None or _NOT_CLUTTER.search(name) is not None:
        return 0
    return 2 if _STRONG_CLUTTER.search(name) else 1


def _clutter_kind(attrs: dict[str, str | None], seen: dict[str, int]) -> int:
    """0 for content, 1 for clutter or a wrapper, 2 for sure clutter or a hidden element.

    `seen` caches the verdict on each class and id string: pages repeat them a lot.
    """
    style = attrs.get("style")
    if "hidden" in attrs or (style and _HIDDEN_STYLE.search(style.lower())):
        return 2
    if attrs.get("role") in _CLUTTER_ROLES:
        return 2
    kind = 0
    for name in (attrs.get("class"), attrs.get("id")):
        if name:
            verdict = seen.get(name)
            if verdict is None:
                verdict = seen[name] = _name_kind(name)
            kind = max(kind, verdict)
    return kind


def _visible_chars(text: str) -> int:
    """Length of a text without its spaces, tabs and newlines (cheap, all in C)."""
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t")


_WORD_CHAR = re.compile(r"\w")


def _has_words(text: str) -> bool:
    """Whether a text has a word character (not just "),", "•" or zero-width spaces)."""
    return len(text) > 40 or _WORD_CHAR.search(text) is not None


def _is_teaser(text: str, links: list[str]) -> bool:
    """Whether a block opens with a linked headline followed by a new sentence (a teaser).

    In article prose a leading link runs on ("<a>The report</a>, published ...").
    """
    for link in links:
        if len(link) >= 15 and text.startswith(link) and len(text) > len(link) + 20:
            after = text[len(link) + 1 : len(link) + 2]
            return text[len(link)] == " " and (after.isupper() or after.isdigit())
    return False


def _site_header(node: LexborNode) -> bool:
    """Whether an element is the site's header (a <header> with navigation or menus).

    An article's own <header> holds its headline, byline and date: that one is read.
    """
    return node.css_first("nav, ul, ol, form") is not None


def _link_list(node: LexborNode) -> bool:
    """Whether a list is mostly links (menus, related stories): cheaper to judge than walk."""
    text = _visible_chars(node.text())
    links = sum(_visible_chars(a.text()) for a in node.css("a"))
    return links > 0.7 * text


def _judged_whole(node: LexborNode, tag: str) -> bool:
    """Whether a block can be dropped without walking it: a site header, a link list."""
    if tag == "header":
        return _site_header(node)
    return (tag == "ul" or tag == "ol") and _link_list(node)


# Deeper than this the walker stops recursing (Python's stack is limited).
_MAX_DEPTH = 150
# Marked elements smaller than this are clutter for sure; larger ones may be wrappers.
_WRAPPER_CHARS = 1500


class _Walker:
    """Collects text blocks from a subtree; recursion only enters block elements."""

    def __init__(self, root: LexborNode) -> None:
        self.root = root
        self.root_chars = -1  # visible characters under root, computed when first needed
        self.blocks: list[Block] = []
        self.stack: list[int] = []
        self.marks: tuple[int, ...] = ()
        self.nodes: dict[int, LexborNode] = {}
        self.buffer: list[str] = []
        self.links: list[str] = []
        self.seen: dict[str, int] = {}

    def flush(self, tag: str) -> None:
        """Close the current run of inline text as one block per paragraph."""
        raw = "".join(self.buffer)
        self.buffer.clear()
        if not raw or raw.isspace():
            return
        links, self.links = self.links, []
        ancestors = tuple(self.stack)
        if raw.count("\n") < 2:  # no blank line, no <br><br>: one paragraph
            text = " ".join(raw.split())
            if not _has_words(text):
                return
            link_chars = min(sum(map(len, links)), len(text)) if links else 0
            teaser = _is_teaser(text, links) if links else False
            self.blocks.append(Block(text, link_chars, tag, ancestors, self.marks, teaser))
            return
        for part in _PARAGRAPH_BREAK.split(raw):
            text = " ".join(part.split())
            if _has_words(text):  # count only the links that fall in this paragraph
                link_chars = min(sum(len(link) for link in links if link in text), len(text))
                teaser = _is_teaser(text, links)
                self.blocks.append(Block(text, link_chars, tag, ancestors, self.marks, teaser))

    def walk(self, node: LexborNode) -> None:
        """Append the blocks under `node` in document order."""
        key = node.mem_id
        self.nodes[key] = node
        self.stack.append(key)
        tag = node.tag or ""
        buffer = self.buffer
        for child in node.iter(include_text=True):
            ctag = child.tag or "-"
            if ctag == "-text":
                text = child.text_content
                if text and (buffer or not text.isspace()):
                    buffer.append(text)
            elif ctag in _INLINE:
                text = child.text(deep=True)
                if not text:
                    continue
                buffer.append(text)
                if ctag == "a" and not text.isspace():
                    if "\n" in text:  # per line: a link around a <br> counts in each paragraph
                        self.links.extend(" ".join(line.split()) for line in text.splitlines())
                    else:
                        self.links.append(" ".join(text.split()))
            elif ctag == "br":
                buffer.append("\n\n" if buffer and buffer[-1] == "\n" else "\n")
            elif ctag not in _SKIP and ctag[0] != "-" and not _judged_whole(child, ctag):
                if buffer:
                    self.flush(tag)
                self.enter(child)
        if buffer:
            self.flush(tag)
        self.stack.pop()

    def enter(self, child: LexborNode) -> None:
        """Walk a block child unless it is hidden or small and marked as clutter.

        Large marked elements are walked with a mark, as they may be wrappers
        around the article ("has-sidebar", "paywall"): see `_forgive_wrappers`.
        """
        if len(self.stack) >= _MAX_DEPTH:  # absurdly deep markup: read the rest flat
            self.buffer.append(child.text(deep=True, separator="\n\n"))
            return
        attrs = child.attributes
        if not attrs:
            self.walk(child)
            return
        kind = _clutter_kind(attrs, self.seen)
        if kind == 0:
            self.walk(child)
        elif kind == 1 and self.may_be_wrapper(_visible_chars(child.text())):
            saved = self.marks
            self.marks = saved + (child.mem_id,)
            self.walk(child)
            self.marks = saved

    def may_be_wrapper(self, chars: int) -> bool:
        """Whether a marked element this large may wrap the article (small pages too)."""
        if chars >= _WRAPPER_CHARS:
            return True
        if self.root_chars < 0:
            self.root_chars = _visible_chars(self.root.text())
        return chars >= 0.3 * self.root_chars


def _forgive_wrappers(blocks: list[Block]) -> list[Block]:
    """Blocks outside clutter; a marked element with 30%+ of the text is a wrapper, kept."""
    total = sum(len(b.text) for b in blocks)
    held: dict[int, int] = {}
    for block in blocks:
        for mark in block.marks:
            held[mark] = held.get(mark, 0) + len(block.text)
    wrappers = {mark for mark, chars in held.items() if chars >= 0.3 * total}
    return [b for b in blocks if all(mark in wrappers for mark in b.marks)]


def collect_blocks(root: LexborNode) -> tuple[list[Block], dict[int, LexborNode]]:
    """Text blocks of the subtree at `root` outside clutter, and its elements by mem_id."""
    walker = _Walker(root)
    walker.walk(root)
    return _forgive_wrappers(walker.blocks), walker.nodes


_POSITIVE = re.compile(r"article|body|content|entry|main|news|post|story|text|detail")


def _class_weight(node: LexborNode) -> float:
    """Bonus for article-like class, id or tag; malus for clutter-like ones."""
    attrs = node.attributes
    hint = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    weight = 25.0 if _POSITIVE.search(hint) or node.tag == "article" else 0.0
    return weight - 25.0 if _CLUTTER.search(hint) else weight


def _block_score(block: Block) -> float:
    """How much a block looks like article prose."""
    length = len(block.text)
    if length < 25 or block.tag in _HEADINGS or block.teaser:
        return 0.0
    density = block.link_chars / length
    if density > 0.5:
        return 0.0
    text = block.text
    commas = text.count(",") + text.count("،") + text.count("，") + text.count("、")
    return (1 + commas + min(length / 100, 3)) * (1 - density)


def choose_container(blocks: list[Block], nodes: dict[int, LexborNode]) -> int | None:
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


def _first_class(node: LexborNode) -> str:
    """The first class name of an element: the kind of thing, before any modifiers."""
    classes = (node.attributes.get("class") or "").split()
    return classes[0] if classes else ""


def _signatures(block: Block, nodes: dict[int, LexborNode]) -> tuple[tuple[str, ...], ...]:
    """How a block's paragraph is marked up: its parent's tag and class, and its own class."""
    if block.keys:
        return block.keys
    own = nodes[block.ancestors[-1]]
    parent = nodes[block.ancestors[-2]] if len(block.ancestors) > 1 else own
    keys: list[tuple[str, ...]] = [("in", parent.tag or "", _first_class(parent), block.tag)]
    own_class = _first_class(own)
    if own_class:
        keys.append(("is", block.tag, own_class))
    block.keys = tuple(keys)
    return block.keys


def widen(blocks: list[Block], nodes: dict[int, LexborNode], best: int) -> int:
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
    return not (promo and block.tag not in _HEADINGS and length < 200 and _shouting(text))


def select_text(blocks: list[Block], nodes: dict[int, LexborNode], container: int) -> str:
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


def _own_class(block: Block, nodes: dict[int, LexborNode]) -> str | None:
    """The class attribute of the element holding a block's text."""
    return nodes[block.ancestors[-1]].attributes.get("class")


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
