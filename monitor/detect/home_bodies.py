"""Unqualified national bodies in a country's own press ("le Parlement a autorisé la
ratification", "el Congreso aprobó la ratificación").

Such a sentence names no country; it is attributed only when the article names
exactly one country as the subject of a ratification elsewhere (a ratification
report, or "la ratification par la France", "ratificación por España").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from monitor.detect.countries import CountryMention
from monitor.detect.markers import LAW
from monitor.detect.spans import Span, clause_bounds, extend_back

if TYPE_CHECKING:
    from monitor.detect.events import Report


class HomeState(Protocol):
    """What the article left: body-only ratifications and named ratifying countries."""

    orphans: list[Report]
    subjects: set[str]


# A parliament, its chambers or members, a head of state: the body, not the country.
HOME_BODY = re.compile(
    r"\b(?:parliament|national assembly|congress|lawmakers|legislators|legislature|"
    r"(?:the )?president|parlement|president de la republique|congreso|"
    r"cortes(?: generales)?|asamblea nacional|congresso(?: nacional)?|senado|senate|senat|"
    r"chambre(?: des deputes)?|camara(?: dos deputados| de diputados)?|"
    r"assembleia(?: nacional| da republica)?|parlament\w*|bundestag|sejm|prezydent|"
    r"парламент\w*|президент|dpr|presiden|quoc hoi|deputes|deputies|diputados|deputados|"
    r"senateurs|senators|senadores|abgeordnete\w*|poslowie|депутат\w*|senator\w*|duma|дума|"
    r"nationalrat|bundesrat|majelis|kongres|tong thong|nghi vien|parlemen)\b|"
    r"全国人大|人大常委会|国会|議会|全人代|常務委員会|국회|البرلمان|مجلس النواب|مجلس الشعب"
)
# A whole parliament authorising ratification (one chamber's vote is not yet domestic approval).
_WHOLE = r"\b(?:parliament|parlement|congreso|cortes|congresso|congress)\b(?: \w+){0,3}? "
AUTHORISED: dict[str, str] = {
    "en": _WHOLE + r"authori[sz]ed (?:the )?ratification\b",
    "fr": _WHOLE + r"(?:(?:a|ont) autorise|autorise(?:nt)?) la ratification\b",
    "es": _WHOLE + r"autoriz(?:o|aron|a|an) la ratificacion\b",
    "pt": _WHOLE + r"autoriz(?:ou|aram|a|am) a ratificacao\b",
}
_RATIFICATION_NOUN = (
    r"(?:ratification|ratificacion|ratificacao|ratifizierung|ratyfikacj\w*|ратификаци\w*)"
)
_BY = re.compile(
    _RATIFICATION_NOUN + r"\b[^.;:]{0,70}?\b(?:by|par|por|pela|pelo|durch|przez)\s+"
    r"(?:the |la |le |l'|el |o |a |den |die )?$"
)
_AND = re.compile(
    r"\s*(?:,|and|et|y|e|und|i|и)?\s*(?:by |par |por |pela |pelo |durch |przez )?"
    r"(?:the |la |le |l'|el |o |a |den |die )?$"
)


def home_act(view: str, folded: str, lang: str, verb: Span) -> bool:
    """Whether an unqualified national body ("le Parlement") ratified in the verb's clause
    ("el Congreso peruano" is qualified by its adjective: another country's)."""
    start, _ = clause_bounds(view, verb, lang)
    body = HOME_BODY.search(folded, start, verb.end)
    return (
        verb.action == "ratification"
        and body is not None
        and not _DEMONYM.match(folded, body.end())
    )


# A nationality adjective after the body ("Congreso peruano", "Congresso brasileiro").
_DEMONYM = re.compile(
    r"\s+\w+(?:ano|ana|ino|ina|eno|ena|ense|eiro|eira|ais|aise|ien|ienne|ois|oise)\b"
)
_IN_COUNTRY = re.compile(
    r"(?:\b(?:in|en|em|no|na|w|we|в|во|di|im|au|aux|tại|ở)\s+(?:der |den |la |le |l')?$)"
)
_COUNTRY_IN = re.compile(r"\s?(?:では|で|에서는|에서)")


def located_bodies(
    view: str, folded: str, mentions: list[CountryMention], verb: Span, lang: str
) -> list[CountryMention]:
    """Countries whose national body ratified, named as a place: "In Frankreich und Spanien
    haben die Parlamente zugestimmt", "フランスでは議会が批准を承認"."""
    before = [m for m in mentions if verb.start - 150 <= m.start and m.end <= verb.start]
    if not before or verb.action != "ratification":
        return []
    before = extend_back(view, mentions, mentions.index(before[0])) + before[1:]
    first, last = before[0], before[-1]
    body = HOME_BODY.search(folded, max(last.end, verb.start - 50), verb.start) or LAW.search(
        folded, max(last.end, verb.start - 50), verb.start
    )  # "В Беларуси закон о ратификации был подписан"
    if body is None or "," in folded[body.end() : verb.start]:  # the verb's subject, close to it
        return []
    if _IN_COUNTRY.search(view[max(0, first.start - 12) : first.start]) or _COUNTRY_IN.match(
        view, last.end
    ):
        return before
    return []


def ratification_subjects(folded: str, mentions: list[CountryMention]) -> set[str]:
    """Countries named as the agent of a ratification noun ("ratification par la France"),
    with the list that follows the first ("par le Sénégal et par la France")."""
    found: set[str] = set()
    previous: CountryMention | None = None
    for mention in mentions:
        listed = previous is not None and _AND.match(folded[previous.end : mention.start])
        if listed or _BY.search(folded[max(0, mention.start - 110) : mention.start]):
            found.add(mention.code)
            previous = mention
        else:
            previous = None
    return found


def home_reports(state: HomeState, reports: Iterable[Report]) -> list[Report]:
    """The article's body-only ratifications, given to the one country it names as ratifying
    (else as the one signatory)."""
    reports = list(reports)
    subjects = set(state.subjects)
    subjects.update(r.country for r in reports if r.action == "ratification")
    if not subjects:  # "Congress approved it" in an article on the one country that signed
        subjects = {r.country for r in reports if r.action == "signature"}
    if len(subjects) != 1:
        return []
    code = subjects.pop()
    return [replace(orphan, country=code) for orphan in state.orphans]
