"""Dates written in a sentence, in the 13 languages (month names from Babel's CLDR data)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import babel
from babel.dates import get_day_names, get_month_names

from monitor.detect.textnorm import fold

_LOCALES = {
    "en": ("en",),
    "vi": ("vi",),
    "fr": ("fr",),
    "es": ("es",),
    "ru": ("ru",),
    "ar": ("ar", "ar_SY"),
    "pl": ("pl",),
    "de": ("de",),
    "pt": ("pt", "pt_PT"),
    "id": ("id",),
}
_NUMERIC = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_CJK = re.compile(r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_VI = re.compile(
    r"(?<![\d/])(\d{1,2})\s*(?:/|-|\.|\s+th[aá]ng\s+)(\d{1,2})(?:\s*(?:/|-|\.|"
    r",?\s+n[aă]m\s+)(\d{4}))?(?![\d/])"
)
_SLASH = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])")


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence and where it starts."""

    position: int
    date: dt.date


@cache
def _months(lang: str) -> tuple[dict[str, int], re.Pattern[str] | None, re.Pattern[str] | None]:
    names: dict[str, int] = {}
    for locale in _LOCALES.get(lang, ()):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    key = fold(name).rstrip(".")
                    if len(key) >= 3:
                        names.setdefault(key, number)
    if not names:
        return names, None, None
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    day_month = re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:er|\.|º)?\s+(?:de\s+)?({alternation})\.?(?![^\W\d_])"
        rf"(?:,?\s+(?:de\s+|del\s+|năm\s+)?(\d{{4}}))?"
    )
    month_day = re.compile(
        rf"(?<![^\W\d_])({alternation})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{{4}}))?"
    )
    return names, day_month, month_day


# Languages whose weekday names need a preposition ("w sobotę", "в субботу") or a capital.
_WEEKDAY_PREFIX = {"pl": r"\bw(?:e)? ", "ru": r"\bв(?:о)? "}
_WEEKDAY_CASED = frozenset({"id", "vi"})


@cache
def _weekdays(lang: str) -> tuple[dict[str, int], re.Pattern[str] | None]:
    """Weekday names of `lang` (folded, or as written for Indonesian/Vietnamese)."""
    if lang == "vi":
        vietnamese = {"Hai": 0, "Ba": 1, "Tư": 2, "Năm": 3, "Sáu": 4, "Bảy": 5, "Nhật": 6}
        return vietnamese, re.compile(r"(?:[Tt]hứ|[Cc]hủ) (Hai|Ba|Tư|Năm|Sáu|Bảy|[Nn]hật)(?!\w)")
    try:
        names = get_day_names("wide", "format", lang)
    except (ValueError, babel.UnknownLocaleError):
        return {}, None
    table: dict[str, int] = {}
    for number, name in names.items():
        key = name if lang in _WEEKDAY_CASED else fold(name)
        table[key[:-1] if lang in _WEEKDAY_PREFIX else key] = number
    alternation = "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))
    suffix = r"\w*" if lang in _WEEKDAY_PREFIX else ""
    prefix = _WEEKDAY_PREFIX.get(lang, r"(?<![^\W\d_])" if lang not in ("zh", "ja", "ko") else "")
    return table, re.compile(f"{prefix}({alternation}){suffix}")


def _weekday_dates(sentence: str, lang: str, published: dt.datetime) -> list[DateMention]:
    """Weekdays ("on Saturday") resolved to the last such day on or before publication."""
    table, pattern = _weekdays(lang)
    if pattern is None:
        return []
    text = sentence if lang in _WEEKDAY_CASED else fold(sentence)
    found = []
    for match in pattern.finditer(text):
        weekday = table[match.group(1).capitalize() if lang == "vi" else match.group(1)]
        back = (published.weekday() - weekday) % 7
        found.append(DateMention(match.start(), published.date() - dt.timedelta(days=back)))
    return found


def _make(year: int | None, month: int, day: int, published: dt.datetime | None) -> dt.date | None:
    """Build a date, taking the year from `published` (not after it) when none is given."""
    try:
        if year is not None:
            return dt.date(year, month, day)
        if published is None:
            return None
        candidate = dt.date(published.year, month, day)
        if candidate > published.date() + dt.timedelta(days=3):
            candidate = dt.date(published.year - 1, month, day)
        return candidate
    except ValueError:
        return None


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def find_dates(sentence: str, lang: str, published: dt.datetime | None) -> list[DateMention]:
    """Dates in `sentence` (any of our languages' formats), in text order."""
    folded = fold(sentence)
    found: list[tuple[int, dt.date | None]] = []
    for m in _NUMERIC.finditer(folded):
        found.append((m.start(), _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), None)))
    for m in _CJK.finditer(folded):
        found.append(
            (m.start(), _make(_year(m.group(1)), int(m.group(2)), int(m.group(3)), published))
        )
    if lang != "en":
        pattern = _VI if lang == "vi" else _SLASH
        for m in pattern.finditer(folded):
            found.append(
                (m.start(), _make(_year(m.group(3)), int(m.group(2)), int(m.group(1)), published))
            )
    names, day_month, month_day = _months(lang if lang in _LOCALES else "en")
    if day_month is not None and month_day is not None:
        for m in day_month.finditer(folded):
            month = names[m.group(2)]
            found.append((m.start(), _make(_year(m.group(3)), month, int(m.group(1)), published)))
        for m in month_day.finditer(folded):
            month = names[m.group(1)]
            found.append((m.start(), _make(_year(m.group(3)), month, int(m.group(2)), published)))
    mentions = [DateMention(pos, date) for pos, date in found if date is not None]
    if not mentions and published is not None:
        mentions = _weekday_dates(sentence, lang, published)
    return sorted(mentions, key=lambda mention: mention.position)
