"""Publication dates from metadata values, URL paths and visible text, as aware UTC datetimes.

A timestamp without a zone is taken as UTC: news metadata without an offset is most
often UTC already, and a wrong guess is off by hours, never by days.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache

from babel.dates import get_month_names

# Plausible publication years: older dates are usually history mentioned in the text.
MIN_YEAR = 1995
_ISO_DATE = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?",
    re.I,
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|\.|$)|/((?:19|20)\d{2})(\d{2})(\d{2})/"
)
_DMY_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})\b")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_CJK_DATE = re.compile(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# Languages whose month names are recognised in visible dates.
_MONTH_LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "pl", "ru", "vi", "nl", "ro", "tr")


def _aware(year: int, month: int, day: int, *rest: int, offset: str | None = None) -> datetime:
    """An aware UTC datetime from parts and an optional "+HH:MM" / "Z" offset."""
    hour, minute, second = (*rest, 0, 0, 0)[:3]
    value = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    if offset and offset.upper() not in ("Z", "UTC", "GMT"):
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        value -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    return value


def _plausible(value: datetime | None) -> datetime | None:
    """The value if it lies between MIN_YEAR and a day from now, else None."""
    if value is None:
        return None
    if value.year < MIN_YEAR or value > datetime.now(UTC) + timedelta(days=1):
        return None
    return value


def parse_datetime(value: str | None) -> datetime | None:
    """Parse an ISO 8601 or RFC 2822 timestamp into an aware UTC datetime."""
    if not value or len(value) > 100:
        return None
    text = value.strip()
    match = _ISO_DATE.search(text)
    if match:
        year, month, day, hour, minute, second, offset = match.groups()
        try:
            parts = [int(hour or 0), int(minute or 0), int(second or 0)]
            return _plausible(_aware(int(year), int(month), int(day), *parts, offset=offset))
        except ValueError:
            return None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return _plausible(parsed.astimezone(UTC))


def date_from_url(url: str | None) -> datetime | None:
    """A date written in a URL path, such as /2019/11/19/ or /20191119/."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    groups = [g for g in match.groups() if g]
    try:
        return _plausible(_aware(int(groups[0]), int(groups[1]), int(groups[2])))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _month_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """A regex for "<day> <month> <year>" / "<month> <day>, <year>" in several languages."""
    months: dict[str, int] = {}
    for language in _MONTH_LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names = get_month_names(width, context, locale=language)
                for number, name in names.items():
                    key = name.lower().rstrip(".")
                    if len(key) >= 3 and not key.isdigit():
                        months.setdefault(key, number)
    alternatives = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:(\d{{1,2}})\.?\s+(?:de\s+)?({alternatives})\.?,?\s+(?:de\s+)?((?:19|20)\d{{2}})"
        rf"|({alternatives})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}}))\b",
        re.I,
    )
    return pattern, months


def date_from_text(text: str) -> datetime | None:
    """The first date written out in visible text ("19 November 2019", "19.11.2019")."""
    pattern, months = _month_pattern()
    # Only look around four-digit years: the month-name pattern is slow on long text.
    for year in _YEAR.finditer(text):
        start = max(0, year.start() - 40)
        window = text[start : year.end() + 30]
        for regex in (_ISO_DATE, pattern, _CJK_DATE, _DMY_NUMERIC):
            for match in regex.finditer(window):
                if match.start() + start > year.start() or match.end() + start < year.end():
                    continue  # a match on another year in the window
                try:
                    value = _plausible(_parts_to_date(match, months))
                except (ValueError, KeyError):
                    continue
                if value:
                    return value
    return None


def _parts_to_date(match: re.Match[str], months: dict[str, int]) -> datetime:
    """Turn a match of one of the visible-date patterns into a datetime."""
    groups = match.groups()
    if match.re is _ISO_DATE:
        return parse_datetime(match.group(0)) or _aware(*map(int, groups[:3]))
    if match.re is _CJK_DATE:
        return _aware(int(groups[0]), int(groups[1]), int(groups[2]))
    if match.re is _DMY_NUMERIC:
        return _aware(int(groups[2]), int(groups[1]), int(groups[0]))
    if groups[0]:
        return _aware(int(groups[2]), months[groups[1].lower().rstrip(".")], int(groups[0]))
    return _aware(int(groups[5]), months[groups[3].lower().rstrip(".")], int(groups[4]))
