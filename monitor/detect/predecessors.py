"""Countries that did the same act earlier: "the third state to ratify, after Azerbaijan and
Viet Nam", "menyusul Malaysia pada September", "继阿塞拜疆之后", "オーストリアに続き".

A list of countries right after an "after"-word (or, in Chinese, Japanese and Korean, right
before an "after"-particle) shares the action of the sentence's nearest reported act, when
nothing but a date or punctuation follows the list ("after France's request" and "after
Viet Nam hosted the talks" name no earlier act).  Where "after" is also a common
preposition of place or time ("nach", "po"), the sentence must rank the act ("als dritter
Staat", "jako trzecie").
"""

from __future__ import annotations

import re
from functools import cache

from monitor.detect.clauses import Span
from monitor.detect.countries import CountryMention

# Prefix markers: the list follows them.
_BEFORE_LIST: dict[str, str] = {
    "en": r"\b(?:after|following|behind|in the footsteps of|(?:on )?the same day as)\b",
    "fr": r"\b(?:apres|a la suite de|dans le sillage de|a l'instar de|le meme jour que)\b",
    "es": r"\b(?:despues de|tras|siguiendo a|a la zaga de|el mismo dia que)\b",
    "pt": r"\b(?:depois de|depois d[oa]s?|apos|na esteira d[oa]s?|a exemplo d[oa]s?|"
    r"no mesmo dia que)\b",
    "de": r"\b(?:nach|im anschluss an|am (?:selben|gleichen) tag wie)\b",
    "pl": r"\b(?:po|w slad za|za)\b",
    "ru": r"\b(?:после|вслед за)\b",
    "id": r"\b(?:setelah|sesudah|menyusul|mengikuti|mengekor)\b",
    "vi": r"(?<!\w)(?:sau|tiếp sau|theo chân|nối gót)(?!\w)",
    "ar": r"(?<![\u0621-\u064a])(?:بعد|عقب|تلو)(?![\u0621-\u064a])",
}
# Suffix markers (zh, ja, ko): the list precedes them.
_AFTER_LIST: dict[str, str] = {
    "zh": r"\s*(?:之后|之後|后|後)",
    "ja": r"\s*(?:に続き|に続いて|に次いで|に続く|の後)",
    "ko": r"\s*(?:에 이어|에 뒤이어|의 뒤를 이어|에 이은|다음으로)",
}
# Where the marker is also an everyday preposition, the sentence must rank the act.
_NEEDS_RANK = frozenset({"de", "pl"})
_RANK = re.compile(
    r"\b(?:erste|zweite|dritte|vierte|fünfte|\d+\.|letzte|jüngste|pierwsz|drug|trzeci|czwart|"
    r"piat|kolejn|ostatni)\w*"
)
_ARTICLE = r"(?:the|l'|la|le|les|el|los|las|al|o|a|os|as|do|da|dos|das|del|de la|der|dem|den)"
_LEAD = re.compile(rf"^\s*(?:{_ARTICLE}\s*)?$")
# What may follow the list: punctuation, the end, or a date ("in May", "pada Juni", "vào tháng").
_TAIL = re.compile(
    r"^\s*(?:$|[,.;:)\]–—-]|(?:in|on|en|em|im|am|w|we|в|pada|vào|tháng|ngày|earlier|last|"
    r"el|le|no|на|او|في|و)\b|\d)"
)
_LIST_GAP = re.compile(r"^\s*(?:,|and|et|y|e|und|i|и|dan|và|و|、|，|和|及|与|與|と|과|와|및)?\s*$")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _forward(view: str, mentions: list[CountryMention], index: int) -> list[CountryMention]:
    group = [mentions[index]]
    while index + 1 < len(mentions) and _LIST_GAP.match(
        view[mentions[index].end : mentions[index + 1].start]
    ):
        index += 1
        group.append(mentions[index])
    return group


def _backward(view: str, mentions: list[CountryMention], index: int) -> list[CountryMention]:
    group = [mentions[index]]
    while index > 0 and _LIST_GAP.match(view[mentions[index - 1].end : mentions[index].start]):
        index -= 1
        group.insert(0, mentions[index])
    return group


def _opens_sentence(view: str, start: int, group: list, verbs: list[Span]) -> bool:
    """Whether an "after"-list opens the sentence and its act's verb follows within a few words
    ("Po Wietnamie konwencję ONZ podpisały Chiny")."""
    if view[:start].strip():
        return False
    end = group[-1].end
    return any(v.start >= end and len(view[end : v.start].split()) <= 6 for v in verbs)


def _lists(
    view: str, mentions: list[CountryMention], lang: str, verbs: list[Span]
) -> list[tuple[int, list]]:
    """(marker position, countries) for every "after"-list in the sentence."""
    found: list[tuple[int, list]] = []
    if lang in _AFTER_LIST:
        suffix = _compiled(_AFTER_LIST[lang])
        for i, mention in enumerate(mentions):
            if suffix.match(view, mention.end) and (
                i + 1 == len(mentions) or mentions[i + 1].start != mention.start
            ):
                found.append((mention.start, _backward(view, mentions, i)))
        return found
    marker = _BEFORE_LIST.get(lang)
    if marker is None:
        return found
    ranked = lang not in _NEEDS_RANK or _RANK.search(view)
    for match in _compiled(marker).finditer(view):
        following = [i for i, m in enumerate(mentions) if m.start >= match.end()]
        if not following or not _LEAD.match(view[match.end() : mentions[following[0]].start]):
            continue
        group = _forward(view, mentions, following[0])
        tail = view[group[-1].end :]
        if _opens_sentence(view, match.start(), group, verbs) or (
            ranked and _TAIL.match(tail) and not tail.startswith("'s")
        ):
            found.append((match.start(), group))
    return found


def predecessors(
    view: str, mentions: list[CountryMention], acts: list[tuple[Span, list]], lang: str
) -> list[tuple[CountryMention, Span]]:
    """Countries named as having done a sentence's reported act before its agents.

    `acts` pairs each usable verb with its agents; only verbs with agents lend their action.
    """
    acting = [(verb, found) for verb, found in acts if found]
    if not acting:
        return []
    result: list[tuple[CountryMention, Span]] = []
    for position, group in _lists(view, mentions, lang, [verb for verb, _ in acting]):
        earlier = [verb for verb, _ in acting if verb.end <= position]
        verb = earlier[-1] if earlier else acting[0][0]
        taken = {m.code for v, found in acting if v.action == verb.action for m in found}
        result.extend((m, verb) for m in group if m.code not in taken)
    return result
