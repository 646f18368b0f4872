"""Spans of a sentence: clauses, asides, and lists of country names.

The building blocks of `clauses` (who did it): where a verb's clause starts and
ends, which comma- or dash-delimited asides to look through, whether a gap
between two country names makes them a list, and whether a country is named as
a place rather than as an agent.  All work on the per-language view of
`events.prepare`; mention offsets index the same string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from monitor.detect.countries import CountryMention
from monitor.detect.dates import _months
from monitor.detect.lexicon_context import CLAUSE_BREAK, INCLUDING, LIST_SEPARATOR, LOCATIVE

_SEPARATOR = re.compile(LIST_SEPARATOR)
_INCLUDING = re.compile(INCLUDING)
_LOCATIVE = re.compile(LOCATIVE)

GROUP_NOUN = re.compile(
    r"(?:\b(?:des|les|ces|de|plusieurs|autres|\d+) pays\b)|\b(?:countries|states|nations|"
    r"delegations|etats|paises|estados|naciones|nacoes|"
    r"\w*staaten|lander|länder|kraje|krajow|krajach|krajami|panstwa|panstw|страны|стран|странами|"
    r"государства|государств|governments|others)\b|\d+\s*(?:negara|quốc gia|nước)|"
    r"国家|國家|か国(?!目)|カ国(?!目)|개국|دول(?!ة)"
)

# A city right after a country name makes the pair a place ("미국 뉴욕", "美国纽约").
CITY_AFTER = re.compile(
    r"\s?(?:뉴욕|워싱턴|제네바|하노이|빈|纽约|紐約|华盛顿|華盛頓|日内瓦|河内|維也納|维也纳|"
    r"ニューヨーク|ワシントン|ジュネーブ|ハノイ|ウィーン)"
)
# A country or union right after a group noun qualifies the group ("państw Unii
# Europejskiej", "member states of the EU"): the group, not the union, is the agent.
QUALIFIED_GROUP = re.compile(
    r"(?:\b(?:panstw|krajow|states of(?: the)?|countries of(?: the)?|pays de(?: l')?|"
    r"etats membres de(?: l')?|paises de(?: la)?|estados miembros de(?: la)?|"
    r"estados-membros da|paises da|staaten der|mitgliedstaaten der|государств|стран)"
    r"|\bnuoc thanh vien)\s*$"
)

_PARENTHETICAL = re.compile(r"[,،、]\s*[^,،、;:.]{1,70}?[,،、]")
_COMMA = re.compile(r"[,،、]")


@dataclass(frozen=True)
class Span:
    """A verb occurrence: its span, action and kind."""

    start: int
    end: int
    action: str
    kind: str | None
    needs_object: bool
    follow: str | None = None


@cache
def break_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(CLAUSE_BREAK.get(lang, CLAUSE_BREAK["en"]) + r"|…|\.\.\.")


def clause_bounds(view: str, verb: Span, lang: str) -> tuple[int, int]:
    """Start and end of the clause around `verb`."""
    pattern = break_pattern(lang)
    start = 0
    for match in pattern.finditer(view, 0, verb.start):
        if match.end() <= verb.start:
            start = match.end()
    following = pattern.search(view, verb.end)
    return start, following.start() if following else len(view)


# A union qualifying its members ("欧盟成员国", "EU member states") or a source ("외교부에 따르면",
# "according to"): the mention is no agent.
_NOT_AGENT_AFTER = re.compile(
    r"\s?(?:成员国|成員國|加盟国|회원국|member states|mitgliedstaaten|etats membres|"
    r"estados miembros|estados-membros|panstw(?:a)? czlonkowsk\w*|에 따르면|에 의하면|によると|"
    r"によれば)"
)


def is_place(view: str, mention: CountryMention) -> bool:
    """Whether the mention is a location ("in Viet Nam", "미국 뉴욕") or qualifies a group
    ("państw UE"), not a possible agent."""
    if CITY_AFTER.match(view, mention.end) or _NOT_AGENT_AFTER.match(view, mention.end):
        return True
    if QUALIFIED_GROUP.search(view[max(0, mention.start - 30) : mention.start]):
        return True
    return bool(_LOCATIVE.search(view[max(0, mention.start - 14) : mention.start]))


# A short rank or date between two list members ("Azerbaijan, first to deposit, in April,
# Russia and Viet Nam"; "Азербайджан, сделавший это первым 2 апреля, и Белоруссия").
_RANK_ASIDE = re.compile(
    r"\s*,(?!\s*(?:que|qui|which|who|whose|der|die|das|ktor\w*|котор\w*|yang|mà|dont|cuy\w*|"
    r"where|donde|ou|wo|gdzie|где)\b)[^,;:.()]{1,45},(?:\s*[^,;:.()]{1,20},)?\s*"
    r"(?:and|et|y|e|und|i|и|dan|và)?\s*(?:the|le|la|les|l'|el|los|las|o|a|os|as|die|der)?\s*"
)


# "Vietnam sebagai penanda tangan pertama, Tiongkok": a role between two list members.
_AS_ASIDE = re.compile(
    r"\s+(?:as|sebagai|comme|como|als|jako|как|với tư cách)\s[^,;:.()]{1,40}?"
    r"(?:,\s*|\s+(?=(?:and|et|y|e|und|sowie|i|и|dan|và)\s))"
    r"(?:and|et|y|e|und|sowie|i|и|dan|và)?\s*"
)


_BRACKETED = re.compile(r"\s?[(（][^()（）]{0,40}[)）]|\s[-–—][^-–—()]{1,40}[-–—](?=,)")
_CONJUNCTION_WORD = re.compile(r"\b(?:and|et|y|e|und|i|и|dan|và|oraz)\b")


@cache
def _date_aside() -> re.Pattern[str]:
    """A date after a list member ("Mauritius in November, Ghana and Jordan in January, …")."""
    months = {
        name
        for lang in ("en", "fr", "es", "pt", "de", "pl", "ru", "id")
        for name in _months(lang)[0]
    }
    alternation = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    return re.compile(
        r"\s+(?:in|on|en|em|im|am|w|we|в|pada)\s+(?:(?:early|late|mid|\d{1,2})\s+)?"
        rf"(?:{alternation})\b[^,;:.()]{{0,12}}?"
        r"(?:,\s*(?:(?:and|et|y|e|und|i|и|dan)\s+)?|\s+(?:and|et|y|e|und|i|и|dan)\s+)"
    )


def separates(gap: str) -> bool:
    """Whether a gap between two country names makes them a list (a bare space does not:
    "Quốc hội Lào" is one name)."""
    if not gap.strip():
        return False
    if _SEPARATOR.match(gap) or _RANK_ASIDE.fullmatch(gap) or _AS_ASIDE.fullmatch(gap):
        return True
    if _date_aside().fullmatch(gap):
        return True
    # "Indonesia (Mei 2026), Malaysia", "Azerbaiyán —el primero—, Rusia", "Kenya and, on 19 May,
    # Indonesia"
    bare = _BRACKETED.sub(" ", gap)
    if "~" in bare:  # a masked aside only inside "and, on 19 May,": not "Japan, which …, Viet Nam"
        dashed = bare.startswith(" ~")  # "Azerbaiyán —el primero—, Rusia"
        bare = bare.replace("~", "") if dashed or _CONJUNCTION_WORD.search(bare) else gap
    return bare != gap and bool(bare.strip()) and bool(_SEPARATOR.match(bare))


def extend_back(
    view: str, mentions: list[CountryMention], index: int, floor: int = 0
) -> list[CountryMention]:
    group = [mentions[index]]
    while (
        index > 0
        and mentions[index - 1].start >= floor
        and ";" not in view[mentions[index - 1].end : mentions[index].start]
        and (
            separates(view[mentions[index - 1].end : mentions[index].start])
            or mentions[index - 1].start == mentions[index].start  # "both countries"
        )
        and not is_place(view, mentions[index - 1])
    ):
        index -= 1
        group.insert(0, mentions[index])
    return group


def extend_forward(view: str, mentions: list[CountryMention], index: int) -> list[CountryMention]:
    group = [mentions[index]]
    while (
        index + 1 < len(mentions)
        and (
            separates(view[mentions[index].end : mentions[index + 1].start])
            or mentions[index + 1].start == mentions[index].start
        )
        and not is_place(view, mentions[index + 1])
    ):
        index += 1
        group.append(mentions[index])
    return group


_FILLER = "~"  # blanks an aside: no separator, no clause break, one character in gaps


_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—;:.]{1,70}?\s[-–—](?=\s)")


def _comma_asides(view: str) -> list[re.Match[str]]:
    """One aside from every comma, so that asides may share a comma ("On Monday, Russia,
    which drafted it, ratified it")."""
    found = (_PARENTHETICAL.match(view, comma.start()) for comma in _COMMA.finditer(view))
    return [match for match in found if match]


def asides(view: str) -> list[tuple[int, int]]:
    """Spans of comma- or dash-delimited asides ("Russia, which drafted it, signed";
    "Azerbaijan – a neighbour of Russia – signed")."""
    return [m.span() for m in (*_comma_asides(view), *_DASH_ASIDE.finditer(view))]


def mask_parentheticals(view: str, mentions: list[CountryMention], lang: str = "") -> str:
    """Blank out comma- and dash-delimited asides without country names ("Vietnam, the host,
    signed")."""

    def _blank(match: re.Match[str]) -> str:
        start, end = match.span()
        if any(start < m.end and m.start < end for m in mentions):
            return match.group()
        if GROUP_NOUN.search(match.group()):  # ", where 70 countries," holds a subject
            return match.group()
        if _INCLUDING.match(match.group().lstrip(" ,")):  # ", including two neighbours, Chile"
            return match.group()
        if lang == "de":  # German commas break clauses: "Vietnam, Gastgeber der Zeremonie, hat"
            return _FILLER * (end - start)
        return _FILLER * (end - start - 1) + match.group()[-1]

    def _blank_dashes(match: re.Match[str]) -> str:
        kept = _blank(match)
        return kept if kept == match.group() else kept[0] + _FILLER * (len(kept) - 1)

    masked = view
    for match in _comma_asides(view):
        start, end = match.span()
        blanked = _blank(match)
        if blanked != match.group():
            masked = masked[:start] + blanked + masked[end:]
    return _DASH_ASIDE.sub(_blank_dashes, masked)
