"""Alert rendering: outbox payloads to plain text, Markdown or HTML within a length limit.

A payload (JSON stored in the outbox) becomes a `Message`: a title and a list of
blocks. Formatting escapes scraped text for the target's markup, and `render`
shortens the evidence quote (then optional lists) to fit the target's length
limit; links are never cut.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from monitor.detect.countries import country_name as detect_country_name
from monitor.tally import NEEDED

TREATY = "the UN Convention against Cybercrime"
VERBS = {"signature": "signed", "ratification": "ratified"}
INSTRUMENTS = {"": "ratification", "A": "acceptance", "AA": "approval", "a": "accession"}
INSTRUMENT_VERBS = {
    "ratification": "ratified",
    "acceptance": "accepted",
    "approval": "approved",
    "accession": "acceded to",
}
_MIN_QUOTE = 40
_ELLIPSIS = "…"


@dataclass(frozen=True)
class Block:
    """One part of a message: a paragraph, a quote, links or a list."""

    kind: str  # para | quote | links | list | story (a title line with its links)
    text: str = ""
    items: tuple[str, ...] = ()
    lang: str | None = None
    optional: bool = False  # may be dropped to fit a short limit


@dataclass(frozen=True)
class Message:
    """A title and the blocks of the body."""

    title: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)


def country_name(code: str) -> str:
    """English name of an ISO 3166-1 alpha-2 code ('EU' is the European Union)."""
    if code.upper() == "EU":
        return "the European Union"  # reads right in "the European Union signed"
    return detect_country_name(code.upper())


def language_name(code: str | None) -> str | None:
    """English name of a language code ('vi' -> 'Vietnamese'), the code when unknown."""
    if not code:
        return None
    try:
        from babel import Locale

        return str(Locale.parse(code.replace("-", "_")).english_name or code)
    except Exception:  # unknown or malformed code: show it as it is
        return code


def format_date(value: str | dt.date | None) -> str:
    """'25 October 2025' from an ISO date (or 'date not reported')."""
    if not value:
        return "date not reported"
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day} {day:%B %Y}"


def tally_line(tally: dict[str, int] | None) -> str:
    """'73 signatories · 2 of 40 ratifications needed for entry into force'."""
    if not tally:
        return ""
    sig, par = tally.get("signatories", 0), tally.get("parties", 0)
    return (
        f"{sig} signator{'y' if sig == 1 else 'ies'} · {par} of {NEEDED} "
        "ratifications needed for entry into force"
    )


def instrument_name(kind: str | None) -> str:
    """'ratification', 'acceptance', 'approval' or 'accession' from a word or a UN suffix."""
    if kind in INSTRUMENT_VERBS:
        return str(kind)
    return INSTRUMENTS.get(kind or "", "ratification")


def event_title(
    name: str, action: str, confirmed: bool = False, instrument: str | None = None
) -> str:
    """'Kenya signed the UN Convention against Cybercrime' (capitalised)."""
    verb = VERBS.get(action, action)
    if action == "ratification" and instrument:
        verb = INSTRUMENT_VERBS[instrument_name(instrument)]
    text = f"{name} {verb} {TREATY}"
    text = text[0].upper() + text[1:]
    return f"Confirmed: {text}" if confirmed else text


def _tail(payload: dict[str, Any]) -> list[Block]:
    line = tally_line(payload.get("tally"))
    return [Block("para", line)] if line else []


def _event(title: str, p: dict[str, Any]) -> list[Block]:
    status = (
        "confirmed by the UN treaty record"
        if p.get("status") == "confirmed"
        else "reported in the news, not yet in the UN treaty record"
    )
    blocks = [Block("para", f"Date: {format_date(p.get('date'))}. Status: {status}.")]
    for ev in p.get("evidence", [])[:1]:
        blocks.append(Block("quote", ev["text"], lang=ev.get("language")))
    blocks.append(Block("links", items=tuple(p.get("sources", []))))
    return blocks + _tail(p)


def _confirmation(title: str, p: dict[str, Any]) -> list[Block]:
    name, instrument = p["country_name"], p.get("instrument") or p["action"]
    when = format_date(p.get("official_date"))
    if p["action"] == "signature":
        text = f"The UN treaty record confirms that {name} signed on {when}."
    else:
        text = (
            f"The UN treaty record confirms that {name} deposited its instrument "
            f"of {instrument} on {when}."
        )
    if p.get("reported_date") and p.get("reported_date") != p.get("official_date"):
        text += f" (The news reported {format_date(p['reported_date'])}.)"
    return [Block("para", text), Block("links", items=tuple(p.get("sources", [])))] + _tail(p)


def _count(title: str, p: dict[str, Any]) -> list[Block]:
    what = "signatories" if p["action"] == "signature" else "ratifications"
    text = f"New highest count: {p['count']} {what}"
    if p.get("previous"):
        text += f" (previously {p['previous']})"
    blocks = [Block("para", text + ".")]
    if p.get("evidence"):
        blocks.append(Block("quote", p["evidence"], lang=p.get("language")))
    return blocks + [Block("links", items=tuple(p.get("sources", [])))] + _tail(p)


def _milestone(title: str, p: dict[str, Any]) -> list[Block]:
    text = (
        f"The {NEEDED}th instrument was deposited on {format_date(p.get('deposit_date'))}"
        + (f" by {p['country_name']}" if p.get("country_name") else "")
        + f". The convention enters into force on {format_date(p.get('entry_into_force'))}"
        " (the 90th day after the deposit)."
    )
    return [Block("para", text), Block("links", items=tuple(p.get("sources", [])))] + _tail(p)


def _source(title: str, p: dict[str, Any]) -> list[Block]:
    if p["state"] == "down":
        text = f"Source {p['name']} has been failing since {p.get('since', '?')}."
        blocks = [Block("para", text)]
        if p.get("error"):
            blocks.append(Block("para", f"Last error: {p['error']}", optional=True))
    else:
        blocks = [Block("para", f"Source {p['name']} works again (since {p.get('since', '?')}).")]
    return blocks + [Block("links", items=tuple(p.get("sources", [])))]


def _baseline(title: str, p: dict[str, Any]) -> list[Block]:
    blocks = [
        Block("para", "Monitoring started. Current state of the convention:"),
        Block("para", tally_line(p.get("tally"))),
    ]
    if p.get("signatories"):
        blocks.append(Block("list", "Signatories known:", tuple(p["signatories"]), optional=True))
    if p.get("parties"):
        blocks.append(Block("list", "Parties known:", tuple(p["parties"]), optional=True))
    return blocks + [Block("links", items=tuple(p.get("sources", [])))]


def _digest(title: str, p: dict[str, Any]) -> list[Block]:
    blocks = [Block("para", f"{len(p['stories'])} stories seen in the last 24 hours.")]
    for story in p["stories"]:  # a story is dropped whole (title and links) to fit a limit
        langs = ", ".join(story.get("languages", []))
        blocks.append(
            Block(
                "story",
                f"{story['title']} ({story['articles']} articles; {langs})",
                tuple(story.get("links", [])),
                optional=True,
            )
        )
    return blocks


def _test(title: str, p: dict[str, Any]) -> list[Block]:
    return [Block("para", "Test message from convention-monitor: this target works.")]


_BUILDERS = {
    "event": _event,
    "confirmation": _confirmation,
    "count": _count,
    "milestone": _milestone,
    "source": _source,
    "baseline": _baseline,
    "digest": _digest,
    "test": _test,
}


def build_message(title: str, payload: dict[str, Any]) -> Message:
    """The message for an outbox payload (its 'type' picks the layout)."""
    builder = _BUILDERS.get(payload.get("type", ""), _test)
    return Message(title, tuple(b for b in builder(title, payload) if b.text or b.items))


# Only characters that start formatting: escaping every punctuation mark shows
# stray backslashes on services with partial Markdown (Telegram v1).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|>~<])")


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown punctuation in scraped text."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_url(url: str) -> str:
    return "<" + url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E") + ">"


def _block_text(b: Block, fmt: str) -> str:
    esc: Callable[[str], str] = str
    if fmt in ("html", "markdown"):
        esc = html.escape if fmt == "html" else escape_markdown
    if b.kind == "quote":
        lang = f" ({language_name(b.lang)})" if b.lang else ""
        if fmt == "html":
            return f"<blockquote>“{esc(b.text)}”{esc(lang)}</blockquote>"
        if fmt == "markdown":
            return f"> “{esc(b.text)}”{esc(lang)}"
        return f"Evidence{lang}: “{b.text}”"
    if b.kind in ("links", "story"):
        head = esc(b.text) if b.kind == "story" else "Sources:"
        if fmt == "html":
            links = "<br>".join(
                f'<a href="{html.escape(u, quote=True)}">{html.escape(u)}</a>' for u in b.items
            )
            return f"<p>{head}<br>{links}</p>"
        link: Callable[[str], str] = _md_url if fmt == "markdown" else str
        return head + "\n" + "\n".join(f"- {link(u)}" for u in b.items)
    if b.kind == "list":
        if fmt == "html":
            return f"<p>{esc(b.text)} {esc(', '.join(b.items))}</p>"
        return f"{esc(b.text)} {esc(', '.join(b.items))}"
    return f"<p>{esc(b.text)}</p>" if fmt == "html" else esc(b.text)


def format_body(message: Message, fmt: str) -> str:
    """The body in 'text', 'markdown' or 'html', scraped text escaped."""
    sep = "\n" if fmt == "html" else "\n\n"
    return sep.join(_block_text(b, fmt) for b in message.blocks)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + _ELLIPSIS


def fit(message: Message, fmt: str, maxlen: int) -> str:
    """Format the body within maxlen: shorten quotes, then drop optional parts, never links."""
    body = format_body(message, fmt)
    if maxlen <= 0 or len(body) <= maxlen:
        return body
    blocks = list(message.blocks)
    for i, b in enumerate(blocks):
        if b.kind == "quote":
            over = len(format_body(Message(message.title, tuple(blocks)), fmt)) - maxlen
            # html.escape may lengthen the text: shrink by the overflow plus a margin
            keep = max(_MIN_QUOTE, len(b.text) - over - 8) if over > 0 else len(b.text)
            blocks[i] = replace(b, text=_shorten(b.text, keep))
    body, dropped = format_body(Message(message.title, tuple(blocks)), fmt), 0
    for i in reversed(range(len(blocks))):
        if len(body) <= maxlen:
            break
        if blocks[i].optional:
            del blocks[i]
            dropped += 1
            note = Block("para", f"({dropped} more left out to fit this service's length limit)")
            body = format_body(Message(message.title, (*blocks, note)), fmt)
    return body


def render(
    title: str, payload: dict[str, Any], fmt: str = "text", maxlen: int = 0
) -> tuple[str, str]:
    """(title, body) of an outbox payload for one target's format and length limit."""
    return title, fit(build_message(title, payload), fmt, maxlen)
