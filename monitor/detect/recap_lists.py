"""Country lists around recap constructions: where a list starts and ends, which words may
stand between a construction and its list, and mentions the gazetteer lacks (one-country
institutions, German genitives).  Offsets index the per-language view of `events.prepare`."""

from __future__ import annotations

import re
from functools import cache

from monitor.detect.countries import FOREIGN_ADJECTIVE_PL, CountryMention, lookup
from monitor.detect.events import Prepared
from monitor.detect.language import CJK
from monitor.detect.lexicon_context import BLOCK_BEFORE, LIST_SEPARATOR
from monitor.detect.recap_lexicon import (
    BESIDES,
    COMPANIONS,
    GAP_WORDS,
    INSTITUTIONS,
    INVERSION_GAP,
    OTHER_DOCUMENTS,
    PLACE_BEFORE,
)
from monitor.detect.spans import Span, clause_bounds, extend_back, extend_forward
from monitor.detect.treaties import TreatyRef

_SEPARATOR = re.compile(LIST_SEPARATOR)
# Prepositions repeated before each member of a list after "followed by", "seguido pela".
_PREPOSITION = re.compile(r"\b(?:by|par|por|pela|pelo|pelos|pelas|von|przez|от|oleh)\b")
_GAP_WORD = re.compile(rf"(?:{GAP_WORDS})$")
_INVERSION_WORD = re.compile(rf"(?:{INVERSION_GAP})$")
_BESIDES = re.compile(BESIDES)
# Asides allowed between a verb and its subject list ("La firmaron, entre otros, China").
_ASIDE = re.compile(
    r"entre (?:otros|otras|outros|outras|autres)|unter anderem|among others|notamment|m\.in\.|"
    r"в том числе|antara lain|كل من"
)
_COMPANIONS = re.compile(COMPANIONS.lstrip("^"))
# A contrast opens a new clause: "were among the signatories, while India was absent".
_CONTRAST = re.compile(
    r"\b(?:while|whereas|but|however|alors que|tandis que|mais|mientras|pero|sin embargo|"
    r"wahrend|während|aber|jedoch|podczas gdy|ale|natomiast|enquanto|mas|porem|sementara|"
    r"tetapi|namun|но|однако|в то время как)\b|nhưng|trong khi|而|但|然而|一方|반면|بينما|لكن"
)
_OTHER_DOCUMENTS = re.compile(rf"(?<!\w)(?:{OTHER_DOCUMENTS})(?!\w)")
_PLACE_BEFORE = re.compile(PLACE_BEFORE)
# A short aside between a country and what is said of it ("Viet Nam, the host, was first").
_APPOSED = re.compile(r"^\s*[,،][^,،;.]{1,40}[,،]")
# What may stand between a verbless headline list and "among the signatories".
_ADJACENT = re.compile(
    r"[\s,]*(?:(?:also|too|auch|ebenfalls|aussi|egalement|tambien|tambem|takze|rowniez|тоже|"
    r"также)[\s,]*)?"
)
_CJK_FILLER = re.compile(r"[\s,，、：:《》「」『』()（）的有包括为是了和及与与还也中里之列名单既]+")

_LIST_END = re.compile(
    r"\s*(?:$|[,.;:!?)»”(]|(?:and|et|y|e|und|i|и|dan|on|in|at|le|el|am|в|pada|em|na|w|au|en)\b|"
    r"(?:ngày|tháng|vào|hôm|là)(?!\w)|(?:melalui|lewat|through|via|par|por|durch|przez|через)\b|"
    r"\d)"
)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A table pattern, compiled once."""
    return re.compile(pattern)


def with_institutions(prepared: Prepared, mentions: list[CountryMention]) -> list[CountryMention]:
    """Country mentions plus institutions that belong to one country ("Госдума" -> RU)."""
    extra: list[CountryMention] = []
    for pattern, code in INSTITUTIONS.get("*", ()) + INSTITUTIONS.get(prepared.lang, ()):
        for match in _compiled(pattern).finditer(prepared.view):
            start, end = match.span()
            if any(m.start < end + 12 and start - 4 < m.end for m in mentions):
                continue  # "Quốc hội Lào", "Azerbaijan's Milli Majlis": the country speaks
            if prepared.lang == "pl" and FOREIGN_ADJECTIVE_PL.search(
                prepared.original[max(0, start - 25) : start]
            ):
                continue  # "Litewski Sejm"
            extra.append(CountryMention(code, start, end, prepared.original[start:end]))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def with_genitives(prepared: Prepared, mentions: list[CountryMention]) -> list[CountryMention]:
    """German genitives the gazetteer lacks ("Spaniens", "Frankreichs") as country mentions."""
    if prepared.lang != "de":
        return mentions
    extra = []
    for match in re.finditer(r"\b([A-ZÄÖÜ][\w-]{2,})s\b", prepared.clean):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        code = lookup(match.group(1), "de")
        if code is not None:
            extra.append(CountryMention(code, start, end, match.group()))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _treaty_free(view: str, start: int, end: int, refs: list[TreatyRef]) -> str:
    """The text between two offsets with treaty references blanked."""
    text = view[start:end]
    for ref in refs:
        if start <= ref.start and ref.end <= end:
            a, b = ref.start - start, ref.end - start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def gap_ok(gap: str, lang: str, word: re.Pattern[str], unknown: int) -> bool:
    """Whether a gap holds only filler words (at most `unknown` others, no negation)."""
    if lang in CJK:
        return len(_CJK_FILLER.sub("", gap)) <= 6
    block = BLOCK_BEFORE.get(lang)
    if block and re.search(block, gap):
        return False
    tokens = [t for t in re.split(r"[\s,:;\-–—()«»\"“”]+", gap) if t]
    others = [t for t in tokens if not word.match(t)]
    return len(others) <= unknown


def next_list(
    prepared: Prepared, mentions: list[CountryMention], position: int, refs: list[TreatyRef]
) -> list[CountryMention]:
    """The country list starting shortly after `position` (treaty names may intervene)."""
    following = [i for i, m in enumerate(mentions) if m.start >= position]
    if not following:
        return []
    index = following[0]
    gap = _treaty_free(prepared.view, position, mentions[index].start, refs)
    if len(gap.strip()) > 140 or re.search(r"[;!?。；]", gap) or _CONTRAST.search(gap):
        return []
    if not gap_ok(gap, prepared.lang, _GAP_WORD, 1) or _OTHER_DOCUMENTS.search(gap):
        return []  # "the signatories of the open letter", "tech companies in Japan"
    words = gap.split()
    if words and _PLACE_BEFORE.match(words[-1]):
        return []
    if prepared.lang == "de" and re.match(r"\s+[A-ZÄÖÜ]", prepared.clean[mentions[index].end :]):
        return []  # "Vietnams Nachbarn": a genitive, not a list member
    listed = extend_list(prepared.view, mentions, index)
    tail = re.split(r"[,;.]", prepared.view[listed[-1].end : listed[-1].end + 30])[0]
    block = BLOCK_BEFORE.get(prepared.lang)
    if block and prepared.lang not in CJK and re.search(block, tail):
        return []  # "con la firma de España prevista para ...": the list's own verb is a plan
    return listed


def extend_list(view: str, mentions: list[CountryMention], index: int) -> list[CountryMention]:
    """`clauses` list extension, also across a repeated preposition ("pela China e pela Rússia")."""
    group = extend_forward(view, mentions, index)
    last = index + len(group) - 1
    while last + 1 < len(mentions):
        between = _PREPOSITION.sub(" ", view[mentions[last].end : mentions[last + 1].start])
        if not _SEPARATOR.match(between):
            break
        last += 1
        group.append(mentions[last])
    return group


def previous_list(
    prepared: Prepared, mentions: list[CountryMention], position: int, adjacent: bool = False
) -> list[CountryMention]:
    """The country list ending shortly before `position` (`adjacent`: right before it)."""
    before = [i for i, m in enumerate(mentions) if m.end <= position]
    if not before:
        return []
    index = before[-1]
    gap = _APPOSED.sub(" ", prepared.view[mentions[index].end : position])
    if adjacent and not _ADJACENT.fullmatch(gap):
        return []  # "Japan, absent among the signatories": no verbless headline list
    if len(gap.strip()) > 30 or not gap_ok(gap, prepared.lang, _INVERSION_WORD, 1):
        return []
    return extend_back(prepared.view, mentions, index)


def companions(
    prepared: Prepared, mentions: list[CountryMention], position: int, refs: list[TreatyRef]
) -> list[CountryMention]:
    """Countries added by "along with", "ao lado de" shortly after `position`."""
    match = _COMPANIONS.search(prepared.view, position, position + 100)
    if match is None:
        return []
    gap = _treaty_free(prepared.view, position, match.start(), refs)
    if not gap_ok(gap, prepared.lang, _GAP_WORD, 1):
        return []
    return next_list(prepared, mentions, match.end(), refs)


def list_after_follow(
    prepared: Prepared, mentions: list[CountryMention], span: Span, found: list[CountryMention]
) -> list[CountryMention]:
    """The list right after an after-follow ("tout comme la Suède"), ending its clause."""
    if not found:
        _, end = clause_bounds(prepared.view, span, prepared.lang)
        return following(prepared, mentions, span, end, [])
    gap = prepared.view[span.end : found[0].start]
    if not gap_ok(gap, prepared.lang, _INVERSION_WORD, 1):
        return []  # "Then came speeches by China"
    found = extend_list(prepared.view, mentions, mentions.index(found[0]))
    if prepared.lang not in CJK and prepared.lang != "ar":
        if not _LIST_END.match(prepared.view, found[-1].end):
            return []  # "puis la France a accueilli ...": the list has its own verb
    return found


def inverted(
    prepared: Prepared, mentions: list[CountryMention], verb: Span, refs: list[TreatyRef]
) -> list[CountryMention]:
    """The subject list after a clause-initial verb ("Assinaram também o tratado a China")."""
    start, end = clause_bounds(prepared.view, verb, prepared.lang)
    if prepared.view[verb.end : end].strip() == "" and end < len(prepared.view):
        _, end = clause_bounds(prepared.view, Span(end, end + 1, "", None, False), prepared.lang)
    before = [m for m in mentions if start <= m.start < verb.start]
    if any(not _BESIDES.search(prepared.view, max(0, m.start - 30), m.start) for m in before):
        return []
    found = following(prepared, mentions, verb, end, refs)
    return before + found if found else []


def following(
    prepared: Prepared,
    mentions: list[CountryMention],
    verb: Span,
    end: int,
    refs: list[TreatyRef],
) -> list[CountryMention]:
    """The country list right after `verb` (filler words and treaty names between)."""
    following = [i for i, m in enumerate(mentions) if verb.end <= m.start < end]
    if not following:
        return []
    index = following[0]
    gap = _treaty_free(prepared.view, verb.end, mentions[index].start, refs)
    if ("," in gap or "،" in gap) and not _ASIDE.search(gap):
        return []  # "…, que firmó primero, China y Rusia no firmaron": another clause
    words = gap.split()
    if words and _PLACE_BEFORE.match(words[-1]):
        return []  # "organizacje z Niemiec": a place or origin
    unknown = 0 if "," in gap or "،" in gap else 1
    if len(gap.strip()) > 120 or not gap_ok(gap, prepared.lang, _INVERSION_WORD, unknown):
        return []
    return extend_list(prepared.view, mentions, index)


def besides(prepared: Prepared, mentions: list[CountryMention], verb: Span) -> list[CountryMention]:
    """Countries introduced by "besides" before `verb` in its clause ("Neben Vietnam haben auch
    China und Russland unterzeichnet"): they did it as well."""
    start, _ = clause_bounds(prepared.view, verb, prepared.lang)
    for index, mention in enumerate(mentions):
        if start <= mention.start < verb.start and _BESIDES.search(
            prepared.view, max(0, mention.start - 30), mention.start
        ):
            return extend_list(prepared.view, mentions, index)
    return []
