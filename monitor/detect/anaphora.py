"""Anaphora: "his country", "the country", "the Union" and the home institutions after them.

"His country" is the one country named before it in the sentence; "the country"
(同国, nước này) is the one country named before it in the sentence, else the one
the previous sentence named; an unqualified home institution after such an
anaphor ("đại sứ nước này ... thay mặt Chính phủ") is that country's; "both countries"
is the two countries named before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.detect.countries import CountryMention, drop_qualified_institutions, is_institution
from monitor.detect.markers import OWN_COUNTRY, THE_COUNTRY, THE_UNION

if TYPE_CHECKING:
    from monitor.detect.events import Prepared


# "Both countries", "les deux pays", "两国": the two countries named just before.
_BOTH = re.compile(
    r"\b(?:both countries|the two countries|both nations|les deux pays|ambos (?:paises|estados)|"
    r"ambos|"
    r"los dos paises|os dois paises|beide (?:lander|staaten)|oba (?:kraje|panstwa)|"
    r"обе страны|kedua negara|hai nuoc|ca hai nuoc)\b|两国|兩國|両国|양국|البلدان|كلا البلدين"
)


def _both(
    folded: str, mentions: list[CountryMention], pair: tuple[str, ...]
) -> list[CountryMention]:
    """Two mentions on the span of "both countries": the two countries named before it in
    the sentence, else the two the previous sentence named."""
    extra = []
    for match in _BOTH.finditer(folded):
        named = sorted({m.code for m in mentions if m.end <= match.start()})
        codes = named if len(named) == 2 else list(pair) if not named else []
        if len(codes) == 2:
            extra += [CountryMention(c, match.start(), match.end(), match.group()) for c in codes]
    return extra


def with_anaphora(
    prepared: Prepared,
    mentions: list[CountryMention],
    topic: str | None,
    pair: tuple[str, ...] = (),
) -> list[CountryMention]:
    """Add "his country" (the one country named before it) and "the country"/"同国" (the
    one country named before it in the sentence, else the one the previous sentence named)."""
    extra = []
    for match in OWN_COUNTRY.finditer(prepared.folded):
        before = {m.code for m in mentions if m.end <= match.start()}
        if len(before) == 1:
            extra.append(CountryMention(before.pop(), match.start(), match.end(), match.group()))
    if "EU" in {m.code for m in mentions} or topic == "EU":
        for match in THE_UNION.finditer(prepared.folded):
            if not any(m.start < match.end() and match.start() < m.end for m in mentions):
                extra.append(CountryMention("EU", match.start(), match.end(), match.group()))
    for match in THE_COUNTRY.finditer(prepared.folded):
        named = {m.code for m in mentions if m.end <= match.start()}
        refers = named.pop() if len(named) == 1 else None if named else topic
        if refers and not any(m.start < match.end() and match.start() < m.end for m in mentions):
            extra.append(CountryMention(refers, match.start(), match.end(), match.group()))
    extra += _both(prepared.folded, mentions, pair)
    if not extra:
        return mentions
    return drop_qualified_institutions(_institutions_of(mentions, extra))


def _institutions_of(
    mentions: list[CountryMention], extra: list[CountryMention]
) -> list[CountryMention]:
    """All mentions in order, an unqualified institution after an anaphor taking its country
    ("đại sứ nước này ... thay mặt Chính phủ": that country's government)."""
    resolved = []
    for mention in mentions:
        anaphors = [m for m in extra if m.end <= mention.start]
        if anaphors and is_institution(mention):
            mention = CountryMention(anaphors[-1].code, mention.start, mention.end, mention.surface)
        resolved.append(mention)
    return sorted(resolved + extra, key=lambda m: m.start)
