"""Text blocks of a page: one walk over the DOM that turns block elements into runs of text.

The walker enters block elements only; inline elements give their whole text in
one call. Hidden elements and those whose class or id names clutter (share
bars, comments, related links, captions...) are not entered, unless they are
large enough to be wrappers around the article (see `_Walker.finish` and
`_forgive_wrappers`).

Every call into the DOM costs about as much as a few lines of Python, so the
walk asks each node as little as it can: whitespace-only text is skipped in C
(and put back where it separates words or paragraphs), each element's
attributes are read once and kept with its tag and depth in `Node`, so the
later stages never go back to the DOM, and the page's whole text is taken only
on small pages, where a clutter-named element may hold the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from selectolax.lexbor import LexborNode

__all__ = ["HEADINGS", "Block", "Node", "cluttered", "collect_blocks", "visible_chars"]

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
_NOT_WALKED = _SKIP | {"-comment", "-doctype", "-document"}
_JUDGED_WHOLE = frozenset(("ul", "ol", "header"))
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _words_pattern(words: str) -> str:
    """A regex alternation of words grouped by first letter (twice as fast to search)."""
    groups: dict[str, list[str]] = {}
    for word in words.split():
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Words in a class or id that mark clutter (matched as lower-case substrings), and
# whole class names that hide an element. Two patterns: one alternation of literal
# words lets the regex engine skip ahead on their first letters (twice as fast).
_CLUTTER_WORDS = re.compile(
    _words_pattern(
        "comment share sharing social related recommend newsletter subscri cookie consent "
        "sidebar breadcrumb outbrain taboola promo advert sponsor popular trending mostread "
        "most-read morestories more-stories caption byline signup print-only sr-only "
        "screen-reader modal popup tooltip disqus gallery slideshow footer masthead navbar menu"
    )
)
_HIDDEN_CLASS = re.compile(r"(^|\s)(hidden|d-none|is-hidden|visually-hidden)(\s|$)")


def cluttered(name: str) -> bool:
    """Whether a lower-cased class or id names clutter (or hides the element)."""
    if _CLUTTER_WORDS.search(name) is not None:
        return True
    return ("hidden" in name or "d-none" in name) and _HIDDEN_CLASS.search(name) is not None


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
# Deeper than this the walker stops recursing (Python's stack is limited).
_MAX_DEPTH = 150
# Marked elements smaller than this are clutter for sure; larger ones may be wrappers.
_WRAPPER_CHARS = 1500


# What the later stages need to know of an element the walker entered: its tag, its
# attributes and its depth under the root (its index in the `ancestors` of its blocks).
Node = tuple[str, dict[str, str | None], int]


@dataclass(slots=True)
class Block:
    """One run of text in a block element, with where it sits in the tree."""

    text: str
    link_chars: int
    tag: str
    ancestors: tuple[int, ...]  # mem_id of each enclosing element, outermost first
    marks: tuple[int, ...]  # mem_id of each enclosing element marked as clutter
    teaser: bool = False  # opens with a linked headline, as teasers of other stories do


def _name_kind(name: str) -> int:
    """0 for a content class or id, 1 for clutter or a wrapper, 2 for sure clutter."""
    name = name.lower()
    if not cluttered(name) or _NOT_CLUTTER.search(name) is not None:
        return 0
    return 2 if _STRONG_CLUTTER.search(name) else 1


def _names_kind(names: tuple[str | None, str | None]) -> int:
    """The kind of an element by its class and id: the worse of the two (see `_name_kind`)."""
    cls, ident = names
    kind = _name_kind(cls) if cls else 0
    return max(kind, _name_kind(ident)) if ident and kind < 2 else kind


def _hidden(attrs: dict[str, str | None]) -> bool:
    """Whether attributes hide an element or give it a role that is never the article."""
    style = attrs.get("style")
    if "hidden" in attrs or (style and _HIDDEN_STYLE.search(style.lower())):
        return True
    return attrs.get("role") in _CLUTTER_ROLES


def visible_chars(text: str) -> int:
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


def _judged_whole(node: LexborNode, tag: str) -> bool:
    """Whether a block can be dropped without walking it: a site header, a link list.

    An article's own <header> holds its headline, byline and date: only one with
    navigation or menus is the site's. Lists that are mostly links are menus or
    related stories, cheaper to judge than to walk.
    """
    if tag == "header":
        return node.css_first("nav, ul, ol, form") is not None
    links = visible_chars("".join([a.text() for a in node.css("a")]))
    return links > 0 and links > 0.7 * visible_chars(node.text())


class _Walker:
    """Collects text blocks from a subtree; recursion only enters block elements."""

    def __init__(self, root: LexborNode) -> None:
        self.root = root
        self.root_chars = -1  # visible characters under root, computed when first needed
        self.blocks: list[Block] = []
        self.chars = 0  # visible characters in the blocks
        self.stack: list[int] = []
        self.marks: tuple[int, ...] = ()
        self.marked = False  # whether any element was walked with a mark
        self.nodes: dict[int, Node] = {}
        self.buffer: list[str] = []
        self.links: list[str] = []
        self.seen: dict[tuple[str | None, str | None], int] = {}  # kind by (class, id)
        # Small marked elements met before the page's size is known, with where they were.
        self.pending: list[tuple[_Marked, int, tuple[int, ...], tuple[int, ...]]] = []

    def flush(self, tag: str) -> None:
        """Close the current run of inline text as one block per paragraph."""
        raw = "".join(self.buffer)
        self.buffer.clear()
        if not raw or raw.isspace():
            return
        links, self.links = self.links, []
        ancestors = tuple(self.stack)
        if raw.count("\n") < 2:  # no blank line, no <br><br>: one paragraph
            words = raw.split()
            text = " ".join(words)
            if not _has_words(text):
                return
            link_chars = min(sum(map(len, links)), len(text)) if links else 0
            teaser = _is_teaser(text, links) if links else False
            self.blocks.append(Block(text, link_chars, tag, ancestors, self.marks, teaser))
            self.chars += len(text) - len(words) + 1  # all but the spaces between words
            return
        for part in _PARAGRAPH_BREAK.split(raw):
            words = part.split()
            text = " ".join(words)
            if _has_words(text):  # count only the links that fall in this paragraph
                link_chars = min(sum(len(link) for link in links if link in text), len(text))
                teaser = _is_teaser(text, links)
                self.blocks.append(Block(text, link_chars, tag, ancestors, self.marks, teaser))
                self.chars += len(text) - len(words) + 1

    def add_link(self, text: str) -> None:
        """Note the text of a link in the current run (per line: <br> may split it)."""
        if "\n" in text:  # a link around a <br> counts in each paragraph
            self.links.extend(" ".join(line.split()) for line in text.splitlines())
        else:
            self.links.append(" ".join(text.split()))

    def walk(self, node: LexborNode, tag: str, attrs: dict[str, str | None]) -> None:
        """Append the blocks under `node` (a `tag` element) in document order."""
        key = node.mem_id
        stack = self.stack
        self.nodes[key] = (tag, attrs, len(stack))
        stack.append(key)
        buffer = self.buffer
        for child in node.iter(include_text=True, skip_empty=True):
            ctag = child.tag
            if buffer:  # put back the whitespace skipped before this node, if any
                previous = child.prev
                if previous is not None and previous.is_empty_text_node:
                    buffer.append(previous.text_content or " ")
            if ctag == "-text":
                text = child.text_content
                if text:
                    buffer.append(text)
            elif ctag in _INLINE:
                text = child.text()
                if text:  # images and empty elements add nothing
                    buffer.append(text)
                    if ctag == "a" and not text.isspace():
                        self.add_link(text)
            elif ctag == "br":
                buffer.append("\n\n" if buffer and buffer[-1] == "\n" else "\n")
            elif not (
                ctag in _NOT_WALKED
                or not ctag
                or ctag[0] == "-"
                or (ctag in _JUDGED_WHOLE and _judged_whole(child, ctag))
            ):
                if buffer:
                    self.flush(tag)
                if len(stack) >= _MAX_DEPTH:  # absurdly deep markup: read the rest flat
                    buffer.append(child.text(deep=True, separator="\n\n"))
                    continue
                cattrs = child.attributes
                if not cattrs or not self.cluttered(child, ctag, cattrs):
                    self.walk(child, ctag, cattrs)
        if buffer:
            self.flush(tag)
        stack.pop()

    def cluttered(self, child: LexborNode, tag: str, attrs: dict[str, str | None]) -> bool:
        """Whether a block child is hidden or marked as clutter (then not walked here).

        Large marked elements are walked with a mark, as they may be wrappers
        around the article ("has-sidebar", "paywall"): see `finish`.
        """
        if ("style" in attrs or "hidden" in attrs or "role" in attrs) and _hidden(attrs):
            return True
        names = (attrs.get("class"), attrs.get("id"))
        kind = self.seen.get(names)
        if kind is None:
            kind = self.seen[names] = _names_kind(names)
        if kind == 1:
            self.enter_marked(_Marked(child, tag, attrs, visible_chars(child.text())))
        return kind > 0

    def enter_marked(self, marked: _Marked) -> None:
        """Walk a large marked element; put a small one aside until the page's size is known."""
        if marked.chars >= _WRAPPER_CHARS:
            self.walk_marked(marked)
        elif self.root_chars < 0:
            self.pending.append((marked, len(self.blocks), tuple(self.stack), self.marks))
        elif marked.chars >= 0.3 * self.root_chars:
            self.walk_marked(marked)

    def walk_marked(self, marked: _Marked) -> None:
        """Walk an element marked as clutter; its blocks carry the mark."""
        saved = self.marks
        self.marked = True
        self.marks = saved + (marked.node.mem_id,)
        self.walk(marked.node, marked.tag, marked.attrs)
        self.marks = saved

    def finish(self) -> None:
        """Walk the small marked elements that hold 30%+ of the page's text (small pages).

        The page's size costs a walk over all its text, so it is taken only when
        the text already collected does not show that none of them is that large.
        """
        if not self.pending:
            return
        largest = max(marked.chars for marked, *_ in self.pending)
        # What was collected and what was put aside are separate parts of the page.
        collected = sum(marked.chars for marked, *_ in self.pending)
        if largest < 0.3 * (collected + self.chars):
            return
        self.root_chars = visible_chars(self.root.text())
        for marked, at, stack, marks in reversed(self.pending):  # from the end: `at` holds
            if marked.chars >= 0.3 * self.root_chars:
                blocks, self.blocks = self.blocks, []
                self.stack, self.marks = list(stack), marks
                self.walk_marked(marked)
                blocks[at:at] = self.blocks
                self.blocks = blocks


class _Marked(NamedTuple):
    """An element marked as clutter that may still wrap the article."""

    node: LexborNode
    tag: str
    attrs: dict[str, str | None]
    chars: int  # visible characters


def _forgive_wrappers(blocks: list[Block]) -> list[Block]:
    """Blocks outside clutter; a marked element with 30%+ of the text is a wrapper, kept."""
    held: dict[int, int] = {}
    for block in blocks:
        for mark in block.marks:
            held[mark] = held.get(mark, 0) + len(block.text)
    total = sum(len(b.text) for b in blocks)
    wrappers = {mark for mark, chars in held.items() if chars >= 0.3 * total}
    return [b for b in blocks if all(mark in wrappers for mark in b.marks)]


def collect_blocks(root: LexborNode) -> tuple[list[Block], dict[int, Node]]:
    """Text blocks of the subtree at `root` outside clutter, and its elements by mem_id."""
    walker = _Walker(root)
    walker.walk(root, root.tag or "", root.attributes)
    walker.finish()
    blocks = _forgive_wrappers(walker.blocks) if walker.marked else walker.blocks
    return blocks, walker.nodes
