"""Turn the bytes of a web page into text or a tree: HTTP charset, BOM, <meta>, detection."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
from selectolax.lexbor import LexborHTMLParser

# <meta charset=...> and <meta http-equiv=Content-Type content="...; charset=...">;
# both put "charset=" before the name, so one pattern finds either in the first bytes.
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I
)
_SNIFF_BYTES = 4096
_LOOKS_LIKE_HTML = re.compile(r"<\s*[!a-zA-Z?]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF16_32_BOMS = tuple(bom for bom, name in _BOMS if name != "utf-8")
# Labels that browsers treat as a superset (WHATWG Encoding Standard).
_SUPERSETS = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "tis-620": "cp874",
    "windows-874": "cp874",
}


def normalize_charset(label: str | None) -> str | None:
    """Python codec name for a charset label, or None if unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def sniff_charset(data: bytes) -> str | None:
    """Charset declared by a <meta> tag near the start of the document."""
    match = _META_CHARSET.search(data, 0, _SNIFF_BYTES)
    return normalize_charset(match.group(1).decode("ascii")) if match else None


def _strict_utf8(data: bytes) -> str | None:
    """The document as UTF-8, or None if it is not valid UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def choose_encoding(data: bytes, charset: str | None = None) -> tuple[str, int]:
    """Codec name and BOM length for `data`, in the order HTTP, BOM, <meta>, detection."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    declared = normalize_charset(charset) or sniff_charset(data)
    if declared in ("utf-16-le", "utf-16-be", "utf-16"):
        declared = "utf-8"  # a page that says so in ASCII bytes is not UTF-16 (WHATWG)
    if declared and declared != "utf-8" and not data.isascii():
        # Non-ASCII bytes that happen to be valid UTF-8 are a mislabelled UTF-8 page.
        if _strict_utf8(data) is not None:
            return "utf-8", 0
        return declared, 0
    if declared or data.isascii() or _strict_utf8(data) is not None:
        return declared or "utf-8", 0
    best = charset_normalizer.from_bytes(data[:65536]).best()
    return (normalize_charset(best.encoding) or "cp1252") if best else "cp1252", 0


def _decode(data: bytes, encoding: str) -> str:
    """Bytes to text, composed (NFC): windows-1258 writes Vietnamese tones as separate marks."""
    text = data.decode(encoding, errors="replace")
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode page bytes using the HTTP charset, a BOM, <meta charset>, then detection."""
    encoding, skip = choose_encoding(data, charset)
    return _decode(data[skip:], encoding)


def _looks_like_html(head: str) -> bool:
    """Whether the start of a document has a tag and no binary zero bytes."""
    return _LOOKS_LIKE_HTML.search(head) is not None and "\x00" not in head


def parse_html(html: bytes | str, charset: str | None = None) -> LexborHTMLParser | None:
    """Parse a page, or None if it is not HTML; UTF-8 bytes go to lexbor untouched (fastest).

    Parsed as a browser running scripts would: a <noscript> in <head> holding an
    <img> then does not push the meta tags after it into <body>.
    """
    if isinstance(html, str):
        return LexborHTMLParser(html, scripting=True) if _looks_like_html(html[:2048]) else None
    if b"\x00" in html[:2048] and not html.startswith(_UTF16_32_BOMS):
        return None  # binary (images, PDF, archives): skip charset detection
    encoding, skip = choose_encoding(html, charset)
    head = html[skip : skip + 2048].decode(encoding, errors="replace")
    if not _looks_like_html(head):
        return None
    if encoding == "utf-8":
        return LexborHTMLParser(html[skip:] if skip else html, scripting=True)
    return LexborHTMLParser(_decode(html[skip:], encoding), scripting=True)
