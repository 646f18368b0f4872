"""What a verb's object is: a ratification law, a non-treaty object, a law being signed,
or a treaty that only names a group's members."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from monitor.detect.clauses import Span
from monitor.detect.countries import CountryMention
from monitor.detect.markers import LAW, RATIFICATION_WORD
from monitor.detect.treaties import TreatyRef, treaty_refs

if TYPE_CHECKING:
    from monitor.detect.events import Prepared


def ratification_law(prepared: Prepared, verb: Span, clause_end: int) -> bool:
    """Whether a signature verb's object is a law or decree on ratification."""
    start, end = max(0, verb.start - 40), min(clause_end, verb.end + 50)
    law = LAW.search(prepared.folded, verb.end, end)
    between = prepared.folded[verb.end : law.start()] if law else ""
    if between and treaty_refs(between) and not RATIFICATION_WORD.search(between):
        return False  # "подписавший конвенцию …, внес законопроект": the convention is the object
    return bool(
        LAW.search(prepared.folded, start, end)
        and RATIFICATION_WORD.search(prepared.folded, start, end)
    )


# An article-led object right after the verb ("signed the guestbook") that names no treaty.
_ARTICLE_OBJECT = {
    "en": re.compile(r"\s+(?:the|a|an|its|their|his|her)\s+\w"),
    "fr": re.compile(r"\s+(?:le|la|les|un|une|son|sa|ses|leur|l')\s*\w"),
    "es": re.compile(r"\s+(?:el|la|los|las|un|una|su|sus)\s+\w"),
    "pt": re.compile(r"\s+(?:o|a|os|as|um|uma|seu|sua)\s+\w"),
}


_POSSESSIVE = re.compile(r"(?:seu|seus|sua|suas|sien|siens|sienne|suyo|suyos|suya|suyas)\b")


def other_object(
    prepared: Prepared, verb: Span, refs: list[TreatyRef], mentions: Sequence[CountryMention] = ()
) -> bool:
    """Whether the verb takes an object that is no treaty at all ("signed the guestbook");
    an article before a country is an inverted subject ("assinou o Laos")."""
    pattern = _ARTICLE_OBJECT.get(prepared.lang)
    if pattern is None or verb.action == "follow" or " " in prepared.view[verb.start : verb.end]:
        return False  # phrases ("added its name to") carry their own object
    article = pattern.match(prepared.folded, verb.end)
    if not article:
        return False
    if any(article.end() - 1 <= m.start <= article.end() + 1 for m in mentions):
        return False
    following = prepared.folded[article.end() - 1 :].lstrip()
    if following[:1].isdigit():
        return False  # a date, no object: "a été déposé le 20 octobre"
    if _POSSESSIVE.match(following):
        return False  # "depositaram os seus": their own instruments
    if RATIFICATION_WORD.match(prepared.folded, article.end() - 1):
        return False  # "aprobaron su ratificación"
    return not any(verb.end <= r.start < verb.end + 60 for r in refs)


def signs_a_law(prepared: Prepared, verb: Span) -> bool:
    """Whether a signature verb's object is a law or decree ("signed the law", "法律に署名")."""
    if verb.action != "signature":
        return False
    after = LAW.search(prepared.folded, verb.end, verb.end + 25)
    if after and not treaty_refs(prepared.folded[verb.end : after.start()]):
        return True
    return any(m.end() >= verb.start - 4 for m in LAW.finditer(prepared.folded, 0, verb.start))


# "государств - участников Будапештской конвенции", "States parties to the Budapest
# Convention": a treaty naming the members of a group is not the verb's object.
_MEMBERS_OF = re.compile(
    r"(?:участник\w*|(?:states|countries) part(?:y|ies) to|(?:etats|pays) (?:parties|membres) "
    r"(?:a|de|du)|vertragsstaaten|mitgliedstaaten|estados (?:partes|parte|miembros|membros) "
    r"(?:de|del|da|do|en|no))\s*(?:the |la |le |l'|el |o |a |des |der )?$"
)


def qualifies_members(folded: str, verb: Span, ref: TreatyRef) -> bool:
    """Whether `ref` names the treaty whose members a group noun denotes, away from the verb."""
    return ref.start - verb.end > 20 and bool(
        _MEMBERS_OF.search(folded, max(0, ref.start - 40), ref.start)
    )


# A relative clause right after another treaty ("kerangka Budapest yang diikuti Filipina",
# "the Budapest Convention, which Kenya signed") has that treaty as its object.
_RELATIVE_GAP = re.compile(
    r"[\s,]*(?:\w+\s+)?(?:yang|which|that|que|qui|die|der|das|den|dem|welche\w*|котор\w+|"
    r"kt[oó]r\w+|mà|الذي|التي)\b(?:\s+\w+){0,4}\s*$"
)


def relative_of_other(folded: str, verb: Span, refs: list[TreatyRef]) -> bool:
    """Whether the verb sits in a relative clause attached to another treaty."""
    before = [r for r in refs if r.end <= verb.start and r.kind != "generic"]
    if not before or before[-1].kind == "ours" or verb.start - before[-1].end > 40:
        return False
    return bool(_RELATIVE_GAP.fullmatch(folded, before[-1].end, verb.start))
