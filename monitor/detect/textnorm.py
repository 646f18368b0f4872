"""Length-preserving text folding shared by the gazetteer and the event rules.

`fold` maps every character to exactly one character (lower case, Latin
diacritics removed, typographic apostrophes and dashes unified), so offsets in
the folded text are offsets in the original text.  `strip_marks` is the
lossy variant used on whole sentences where offsets do not matter.
"""

from __future__ import annotations

import unicodedata

_SPECIAL = {
    "đ": "d",
    "Đ": "d",
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "ı": "i",
    "İ": "i",
    "ß": "ß",
    "æ": "a",
    "œ": "o",
    "’": "'",
    "‘": "'",
    "`": "'",
    "´": "'",
    "ʼ": "'",
    "‐": "-",
    "‑": "-",
    "–": "-",
    "—": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "ё": "е",
    "Ё": "е",
    "ي": "ي",
    "ى": "ي",
    "ی": "ي",
    "ك": "ك",
    "ک": "ك",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ة": "ة",
}


class _FoldTable(dict[int, str]):
    """A lazily filled `str.translate` table mapping a character to one character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _fold_char(char)
        self[code] = folded
        return folded


def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isascii():
        return char.lower()
    if unicodedata.combining(char):
        return char
    base = unicodedata.normalize("NFKD", char)
    if any(unicodedata.combining(c) and not _is_diacritic(c) for c in base):
        return char.lower() if len(char.lower()) == 1 else char
    kept = "".join(c for c in base if not _is_diacritic(c)) or char
    lowered = kept.lower()
    if len(lowered) != 1:
        lowered = char.lower() if len(char.lower()) == 1 else char
    return lowered


def _is_diacritic(char: str) -> bool:
    """Latin/Cyrillic combining diacritics and Arabic vowel marks (not kana voicing marks)."""
    code = ord(char)
    return 0x300 <= code <= 0x36F or 0x64B <= code <= 0x65F or code == 0x670


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case and strip Latin diacritics, keeping the length of `text`."""
    return text.translate(_TABLE)


def strip_marks(text: str, keep_vietnamese: bool = False) -> str:
    """NFKC-normalise and drop combining marks (tone marks kept for Vietnamese)."""
    text = unicodedata.normalize("NFKC", text)
    if keep_vietnamese:
        return text
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not _is_diacritic(c) and c != "\u0640")
    return unicodedata.normalize("NFC", kept)


def collapse_spaces(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return " ".join(text.split())
