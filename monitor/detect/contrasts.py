"""Countries that did what the subject did not: "Portugal did not sign in Hanoi, unlike the
European Union, France and Spain"; "hatte Deutschland nicht unterschrieben – anders als
Frankreich und Polen".

A contrast word ("unlike", "anders als", "ao contrário de") after an act verb that a
negation blocks introduces the countries that did perform the act.
"""

from __future__ import annotations

import re
from functools import cache

from monitor.detect.countries import CountryMention
from monitor.detect.lexicon_context import RELATIVE
from monitor.detect.spans import Span, extend_forward

_UNLIKE: dict[str, str] = {
    "en": r"\b(?:unlike|in contrast to|contrary to)\b",
    "fr": r"\b(?:contrairement (?:a|au|aux)|a la difference d[eu]s?)\b",
    "es": r"\b(?:a diferencia de|al contrario de|contrariamente a)\b",
    "pt": r"\b(?:ao contrario d[aoe]s?|diferentemente d[aoe]s?|a diferenca d[aoe]s?)\b",
    "de": r"\b(?:anders als|im gegensatz zu)\b",
    "pl": r"\b(?:w przeciwienstwie do|inaczej niz)\b",
    "ru": r"\b(?:в отличие от)\b",
    "id": r"\b(?:berbeda dengan|tidak seperti)\b",
    "vi": r"(?<!\w)(?:khác với|không giống như)(?!\w)",
}
# Words allowed between the contrast word and its first country.
_LEAD = re.compile(
    r"^\s*(?:the|la|le|les|l'|el|los|las|o|a|os|as|da|do|das|dos|de|du|des|der|die|dem|den|"
    r"nach|\s)*$"
)


_RELATIVE = re.compile(RELATIVE)


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    return re.compile(_UNLIKE[lang]) if lang in _UNLIKE else None


def unlike(
    view: str, mentions: list[CountryMention], negated: list[Span], lang: str
) -> list[tuple[CountryMention, Span]]:
    """Countries after a contrast word that follows a negated act (`negated`: act verbs of
    the sentence that a negation blocked), with the act they performed."""
    pattern = _pattern(lang)
    if pattern is None or not negated:
        return []
    found: list[tuple[CountryMention, Span]] = []
    for match in pattern.finditer(view):
        before = [v for v in negated if v.end <= match.start() and match.start() - v.end <= 120]
        after = [i for i, m in enumerate(mentions) if m.start >= match.end()]
        if not before or not after:
            continue
        if not _LEAD.match(view[match.end() : mentions[after[0]].start]):
            continue
        verb = before[-1]
        found.extend((m, verb) for m in extend_forward(view, mentions, after[0]))
    return found


def contrasted(view: str, mentions: list[CountryMention], lang: str) -> list[CountryMention]:
    """Countries a contrast word sets apart from the act ("Unlike Tajikistan, Kazakhstan
    signed"): never the subject of the sentence's verb, unless a relative clause of their own
    follows ("Unlike Japan, which ratified it, …")."""
    pattern = _pattern(lang)
    if pattern is None:
        return []
    found: list[CountryMention] = []
    for match in pattern.finditer(view):
        after = [i for i, m in enumerate(mentions) if m.start >= match.end()]
        if not after or not _LEAD.match(view[match.end() : mentions[after[0]].start]):
            continue
        group = extend_forward(view, mentions, after[0])
        # "Unlike A, B and C signed": the contrast ends at the last comma inside the list
        commas = [i for i, m in enumerate(group[:-1]) if view[m.end :].lstrip().startswith(",")]
        group = group[: commas[-1] + 1] if commas else group
        if not _RELATIVE.match(view[group[-1].end :]):
            found.extend(group)
    return found
