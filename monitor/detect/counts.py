"""Aggregate counts: "72 states signed", "signatories rose to 74", "the 12th ratification".

A count is a number (not a year, date or article number) attached to a noun for
countries or signatories, next to a usable signature/ratification verb in the
same clause, or a number of signatories/ratifications stated outright.  Numbers
in requirements ("40 ratifications are needed", entry into force) and
approximations ("nearly 70") are not counts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from monitor.detect.clauses import Span

_NUM = r"(?<![\d.,/:-])(\d{1,3})(?![\d]|[.,:/-]\d)"
_COUNTRY_NOUN = (
    r"\s*(?:(?:\w+|-)\s+){0,2}?(?:countries|states|nations|member states|governments|signatories|"
    r"parties|quốc gia|quoc gia|nước|nuoc|pays|etats|paises|estados|naciones|nacoes|staaten|"
    r"lander|länder|mitgliedstaaten|kraj\w*|panstw\w*|стран\w*|государств\w*|negara)\b"
    r"|\s*(?:个|個)?(?:国家|國家|成员国|成員國)|\s*(?:か国|カ国|ヵ国|ヶ国|ケ国)|\s*(?:개국|개 ?나라|개 ?국가)"
    r"|\s*(?:دولة|دول|بلدا|بلدان)"
)
_COUNTED = re.compile(_NUM + "(?:" + _COUNTRY_NOUN + ")")
_SIGNATORIES = re.compile(
    r"\bsignatories\b[^.;]{0,40}?\b(?:rose|risen|reached|grew|climbed|increased|stands?|stood|"
    r"totals?|totalled|totaled|is now|now)\b[^\d]{0,12}" + _NUM
    + r"|" + _NUM + r"\s+(?:signatories|signataires|signatarios|sygnatariusz\w*|unterzeichner\w*)\b"
)
_ORDINAL = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:\w+\s+){0,2}?(?:ratification|country to ratify|"
    r"state to ratify|party|instrument)\b"
)
_RATIFICATIONS = re.compile(_NUM + r"\s+(?:ratifications|instruments of ratification)\b")
_REQUIREMENT = re.compile(
    r"need|require|necessar|must|at least|threshold|into force|entry|vigueur|vigor|in kraft|"
    r"w zycie|в силу|生效|発効|발효|النفاذ|hieu luc|berlaku|potrzeb|wymaga|необходим|需要|必要|"
    r"필요|يلزم|تحتاج|can thiet|cần|diperlukan|erforderlich|benotigt|nécessaire|necesari|"
    r"after|once|when|until|before"
)
_APPROXIMATE = re.compile(
    r"(?:nearly|almost|close to|gan|gần|prawie|niemal|почти|近|将近|약|قرابة|نحو|hampir|fast|"
    r"beinahe|quase|casi|pres de|presque|up to)\W*$"
)


@dataclass(frozen=True)
class CountReport:
    """A number of signatures or ratifications reported as a total."""

    action: str
    count: int
    date: dt.date | None
    evidence: str


def _valid(view: str, start: int, value: int) -> bool:
    if not 1 <= value <= 200:
        return False
    return not _APPROXIMATE.search(view[max(0, start - 14):start])


def _near_verb(start: int, end: int, verbs: list[Span], view: str) -> Span | None:
    """The usable verb governing a counted noun: after it in the clause, or just before it."""
    for verb in verbs:
        between = view[end:verb.start] if verb.start >= end else view[verb.end:start]
        if verb.start >= end and len(between) <= 70 and not re.search(r"[;:]|, (?:which|that)", between):
            return verb
        if verb.end <= start and len(between) <= 30:
            return verb
    return None


def sentence_counts(view: str, verbs: list[Span], evidence: str, date: dt.date | None) -> list[CountReport]:
    """Counts stated in one sentence (view is the folded or lower-cased sentence)."""
    found: list[CountReport] = []
    for match in _COUNTED.finditer(view):
        value = int(match.group(1))
        verb = _near_verb(match.start(), match.end(), verbs, view)
        if verb is None or not _valid(view, match.start(), value):
            continue
        window = view[max(0, match.start() - 40):max(match.end(), verb.end) + 40]
        if verb.action == "ratification" and _REQUIREMENT.search(window):
            continue
        if _REQUIREMENT.search(view[match.end():match.end() + 30]):
            continue
        found.append(CountReport(verb.action, value, date, evidence))
    for pattern, action in ((_SIGNATORIES, "signature"), (_RATIFICATIONS, "ratification"),
                            (_ORDINAL, "ratification")):
        for match in pattern.finditer(view):
            value = int(next(g for g in match.groups() if g))
            if _valid(view, match.start(), value) and not _REQUIREMENT.search(view):
                found.append(CountReport(action, value, date, evidence))
    return found
