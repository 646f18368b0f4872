"""Recap reports: countries named as signatories or ratifiers outside the plain
"X signed the convention" shape.

Four constructions, each checked with the event rules' own tests (intention,
appeal, negation, hearsay, other treaties; see `events`):

- signatory nouns: "Among the signatories are China and Russia", "署名国には…";
- sequences after an act: "Viet Nam signed first, followed by ...", "as did ...",
  "… 등이 뒤를 이었다" (`recap_lexicon.FOLLOW_*_EXTRA`);
- verb-first clauses: "Firmaron asimismo la Convención Francia y España";
- institutions that belong to one country ("Госдума", "全国人大", "Quốc hội"),
  added as country mentions before the event rules run again.

`recap_reports` runs after the main rules; `detect` keeps the main rules' report
when both find the same (country, action).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from monitor.detect.clauses import Span, _extend_back, _extend_forward, agents, clause_bounds
from monitor.detect.countries import CountryMention, find_countries, lookup
from monitor.detect.dates import find_dates
from monitor.detect.events import (
    Prepared,
    Report,
    about_ours,
    blocked,
    final_kind,
    prepare,
    usable_verbs,
)
from monitor.detect.lexicon_context import BLOCK_BEFORE, LIST_SEPARATOR
from monitor.detect.recap_lexicon import (
    ACTION_RATIFY,
    ALSO_WORDS,
    BESIDES,
    COMPANIONS,
    CORRECTION,
    DELIBERATION,
    ELLIPSIS_FILLER,
    EXTRA_VERBS,
    FOLLOW_AFTER_EXTRA,
    FOLLOW_BEFORE_EXTRA,
    GAP_WORDS,
    INSTITUTIONS,
    INVERSION_GAP,
    INVERTING,
    LIST_THEN_NOUN,
    NOUN_THEN_LIST,
    ONE_OF,
    OTHER_DOCUMENTS,
    PLACE_BEFORE,
)
from monitor.detect.sentences import Sentence
from monitor.detect.treaties import TreatyRef, sentence_context, treaty_refs

_CJK = frozenset({"zh", "ja", "ko"})
_QUESTION = re.compile(r"[?？؟]\W*$")
_CORRECTION = re.compile(CORRECTION)
_RATIFY = re.compile(ACTION_RATIFY)
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
# Qualifiers that make a signatory noun hypothetical or negative.
_DOUBT = re.compile(
    r"\b(?:potential|possible|prospective|future|would-be|expected|likely|planned|non|not|"
    r"potentiels?|futurs?|eventuels?|possibles|potenciales|futuros|posibles|potenciais|"
    r"kunftige\w*|künftige\w*|mogliche\w*|mögliche\w*|potencjaln\w*|przyszl\w*|"
    r"потенциальн\w*|будущ\w*|возможн\w*|calon|potensial|nicht|kein\w*|nie|ani|не|ни|no|ne|"
    r"pas|nao|tidak|belum|bukan)\b|(?<!\w)(?:chưa|không)(?!\w)|潜在|可能|未来|予定|잠재|예정|"
    r"没有|并非|不是|ではない|아니|않|المحتملة|"
    r"(?<![\u0621-\u064a])[و]?(?:غير|ليست|ليس|لم)(?![\u0621-\u064a])"
)
_ALSO = re.compile(rf"(?<!\w)(?:{ALSO_WORDS})(?!\w)")
_ELLIPSIS_WORD = re.compile(rf"(?:{ELLIPSIS_FILLER}|{ALSO_WORDS})$")
_CJK_ELLIPSIS = re.compile(
    r"(?:也是|也一样|也一樣|亦然|も同様(?:だ|です)?|도 마찬가지(?:다|였다|이다)?)"
)
_OTHER_DOCUMENTS = re.compile(rf"(?<!\w)(?:{OTHER_DOCUMENTS})(?!\w)")
_PLACE_BEFORE = re.compile(PLACE_BEFORE)
_DELIBERATION = re.compile(DELIBERATION)
_CJK_FILLER = re.compile(r"[\s,，、：:《》「」『』()（）的有包括为是了和及与与还也中里之列名单]+")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _action(text: str) -> str:
    return "ratification" if _RATIFY.search(text) else "signature"


def _institutions(prepared: Prepared, mentions: list[CountryMention]) -> list[CountryMention]:
    """Country mentions plus institutions that belong to one country ("Госдума" -> RU)."""
    extra: list[CountryMention] = []
    for pattern, code in INSTITUTIONS.get("*", ()) + INSTITUTIONS.get(prepared.lang, ()):
        for match in _compiled(pattern).finditer(prepared.view):
            start, end = match.span()
            if any(m.start < end + 12 and start - 4 < m.end for m in mentions):
                continue  # "Quốc hội Lào", "Azerbaijan's Milli Majlis": the country speaks
            extra.append(CountryMention(code, start, end, prepared.original[start:end]))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _genitives(prepared: Prepared, mentions: list[CountryMention]) -> list[CountryMention]:
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


def _gap_ok(gap: str, lang: str, word: re.Pattern[str], unknown: int) -> bool:
    """Whether a gap holds only filler words (at most `unknown` others, no negation)."""
    if lang in _CJK:
        return len(_CJK_FILLER.sub("", gap)) <= 6
    block = BLOCK_BEFORE.get(lang)
    if block and re.search(block, gap):
        return False
    tokens = [t for t in re.split(r"[\s,:;\-–—()«»\"“”]+", gap) if t]
    others = [t for t in tokens if not word.match(t)]
    return len(others) <= unknown


def _next_list(
    prepared: Prepared, mentions: list[CountryMention], position: int, refs: list[TreatyRef]
) -> list[CountryMention]:
    """The country list starting shortly after `position` (treaty names may intervene)."""
    following = [i for i, m in enumerate(mentions) if m.start >= position]
    if not following:
        return []
    index = following[0]
    gap = _treaty_free(prepared.view, position, mentions[index].start, refs)
    if len(gap.strip()) > 140 or re.search(r"[;.!?。；]", gap):
        return []
    if not _gap_ok(gap, prepared.lang, _GAP_WORD, 1) or _OTHER_DOCUMENTS.search(gap):
        return []  # "the signatories of the open letter", "tech companies in Japan"
    words = gap.split()
    if words and _PLACE_BEFORE.match(words[-1]):
        return []
    if prepared.lang == "de" and re.match(r"\s+[A-ZÄÖÜ]", prepared.clean[mentions[index].end :]):
        return []  # "Vietnams Nachbarn": a genitive, not a list member
    return _extend_list(prepared.view, mentions, index)


def _extend_list(view: str, mentions: list[CountryMention], index: int) -> list[CountryMention]:
    """`clauses` list extension, also across a repeated preposition ("pela China e pela Rússia")."""
    group = _extend_forward(view, mentions, index)
    last = index + len(group) - 1
    while last + 1 < len(mentions):
        between = _PREPOSITION.sub(" ", view[mentions[last].end : mentions[last + 1].start])
        if not _SEPARATOR.match(between):
            break
        last += 1
        group.append(mentions[last])
    return group


def _previous_list(
    prepared: Prepared, mentions: list[CountryMention], position: int
) -> list[CountryMention]:
    """The country list ending shortly before `position`."""
    before = [i for i, m in enumerate(mentions) if m.end <= position]
    if not before:
        return []
    index = before[-1]
    gap = prepared.view[mentions[index].end : position]
    if len(gap.strip()) > 30 or not _gap_ok(gap, prepared.lang, _INVERSION_WORD, 1):
        return []
    return _extend_back(prepared.view, mentions, index)


def _companions(
    prepared: Prepared, mentions: list[CountryMention], position: int, refs: list[TreatyRef]
) -> list[CountryMention]:
    """Countries added by "along with", "ao lado de" shortly after `position`."""
    match = _COMPANIONS.search(prepared.view, position, position + 100)
    if match is None:
        return []
    gap = _treaty_free(prepared.view, position, match.start(), refs)
    if not _gap_ok(gap, prepared.lang, _GAP_WORD, 1):
        return []
    return _next_list(prepared, mentions, match.end(), refs)


def _accepted(prepared: Prepared, span: Span, refs: list[TreatyRef], context: str) -> bool:
    """The event rules' checks: not blocked, about this convention."""
    _, clause_end = clause_bounds(prepared.view, span, prepared.lang)
    if about_ours(refs, span, max(clause_end, span.end + 100), context) is False:
        return False
    return not blocked(prepared, span)


def _noun_spans(prepared: Prepared) -> list[tuple[Span, str]]:
    """Signatory nouns with the side their country list is on ("after" or "before")."""
    found: list[tuple[Span, str]] = []
    tables = [(p, "after") for p in NOUN_THEN_LIST.get(prepared.lang, ())]
    for table in (LIST_THEN_NOUN, ONE_OF):
        if prepared.lang in table:
            tables.append((table[prepared.lang], "before"))
    for pattern, side in tables:
        for match in _compiled(pattern).finditer(prepared.view):
            head = prepared.view[max(0, match.start() - 25) : match.end() + 15]
            if _DOUBT.search(head) or _OTHER_DOCUMENTS.search(head):
                continue
            span = Span(match.start(), match.end(), _action(match.group()), None, False)
            found.append((span, side))
    return found


def _noun_reports(
    prepared: Prepared, mentions: list[CountryMention], refs: list[TreatyRef], context: str
) -> list[tuple[Span, list[CountryMention]]]:
    """Countries listed as signatories or ratifiers by a signatory noun."""
    out = []
    for span, side in _noun_spans(prepared):
        if not _accepted(prepared, span, refs, context):
            continue
        if side == "after":
            listed = _next_list(prepared, mentions, span.end, refs)
        else:
            listed = _previous_list(prepared, mentions, span.start)
            if listed:
                listed = listed + _companions(prepared, mentions, span.end, refs)
        if listed:
            out.append((span, listed))
    return out


def _follow_reports(
    prepared: Prepared,
    mentions: list[CountryMention],
    verbs: list[Span],
    last: Span | None,
) -> list[tuple[Span, list[CountryMention]]]:
    """Countries that repeated the act of an earlier verb ("…, tout comme la Suède")."""
    out = []
    for side, table in (("after", FOLLOW_AFTER_EXTRA), ("before", FOLLOW_BEFORE_EXTRA)):
        pattern = table.get(prepared.lang)
        if pattern is None:
            continue
        for match in _compiled(pattern).finditer(prepared.view):
            earlier = [v for v in verbs if v.end <= match.start()]
            act = earlier[-1] if earlier else (last if not verbs else None)
            if act is None:
                continue
            span = Span(match.start(), match.end(), act.action, act.kind, False, side)
            if blocked(prepared, span):
                continue
            found = agents(prepared.view, mentions, span, prepared.lang)
            if side == "after":
                found = _list_after_follow(prepared, mentions, span, found)
            if found:
                out.append((span, found))
    return out


_LIST_END = re.compile(
    r"\s*(?:$|[,.;:!?)»”]|(?:and|et|y|e|und|i|и|dan|on|in|at|le|el|am|в|pada|em|na|w|au|en)\b)"
)


def _list_after_follow(
    prepared: Prepared, mentions: list[CountryMention], span: Span, found: list[CountryMention]
) -> list[CountryMention]:
    """The list right after an after-follow ("tout comme la Suède"), ending its clause."""
    if not found:
        _, end = clause_bounds(prepared.view, span, prepared.lang)
        return _following(prepared, mentions, span, end, [])
    gap = prepared.view[span.end : found[0].start]
    if not _gap_ok(gap, prepared.lang, _INVERSION_WORD, 0):
        return []  # "Then came speeches by China"
    found = _extend_list(prepared.view, mentions, mentions.index(found[0]))
    if prepared.lang not in _CJK and prepared.lang != "ar":
        if not _LIST_END.match(prepared.view, found[-1].end):
            return []  # "puis la France a accueilli ...": the list has its own verb
    return found


def _extra_verbs(prepared: Prepared, refs: list[TreatyRef], context: str) -> list[Span]:
    """Act verbs of `EXTRA_VERBS` that pass the event rules' checks."""
    spans = []
    for action, pattern in EXTRA_VERBS.get(prepared.lang, ()):
        for match in _compiled(pattern).finditer(prepared.view):
            span = Span(match.start(), match.end(), action, None, False)
            if about_ours(refs, span, len(prepared.view), context) is not False:
                if not blocked(prepared, span):
                    spans.append(span)
    return spans


def _inverted(
    prepared: Prepared, mentions: list[CountryMention], verb: Span, refs: list[TreatyRef]
) -> list[CountryMention]:
    """The subject list after a clause-initial verb ("Assinaram também o tratado a China")."""
    start, end = clause_bounds(prepared.view, verb, prepared.lang)
    if prepared.view[verb.end : end].strip() == "" and end < len(prepared.view):
        _, end = clause_bounds(prepared.view, Span(end, end + 1, "", None, False), prepared.lang)
    before = [m for m in mentions if start <= m.start < verb.start]
    if any(not _BESIDES.search(prepared.view, max(0, m.start - 30), m.start) for m in before):
        return []
    found = _following(prepared, mentions, verb, end, refs)
    return before + found if found else []


def _following(
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
    if len(gap.strip()) > 120 or not _gap_ok(gap, prepared.lang, _INVERSION_WORD, unknown):
        return []
    return _extend_list(prepared.view, mentions, index)


def _verb_reports(
    prepared: Prepared,
    mentions: list[CountryMention],
    verbs: list[Span],
    refs: list[TreatyRef],
) -> list[tuple[Span, list[CountryMention]]]:
    """Agents of the usable verbs, with verb-first subjects and institutions as agents."""
    out = []
    for verb in verbs:
        start, _ = clause_bounds(prepared.view, verb, prepared.lang)
        if _DELIBERATION.search(prepared.view, start, verb.start):
            continue
        found = agents(prepared.view, mentions, verb, prepared.lang)
        if found:
            found = _extend_list(prepared.view, mentions, mentions.index(found[0]))
        if prepared.lang in INVERTING:
            inverted = _inverted(prepared, mentions, verb, refs)
            found = found + [m for m in inverted if m not in found]
        if found:
            out.append((verb, found))
    return out


def _ellipsis(
    prepared: Prepared, mentions: list[CountryMention], previous: list[Span]
) -> list[tuple[Span, list[CountryMention]]]:
    """A sentence naming only countries and "too" repeats the previous sentence's act."""
    if not previous or not mentions:
        return []
    rest = prepared.view
    for mention in mentions:
        rest = rest[: mention.start] + " " * (mention.end - mention.start) + rest[mention.end :]
    if prepared.lang in _CJK:
        rest = re.sub(r"[\s,，、。.!！和与與及と과와]+", "", rest)
        if not _CJK_ELLIPSIS.fullmatch(rest):
            return []
    else:
        tokens = [t for t in re.split(r"[\s,.!;:]+", rest) if t]
        if not _ALSO.search(rest) or not all(_ELLIPSIS_WORD.match(t) for t in tokens):
            return []
    listed = _extend_list(prepared.view, mentions, 0)
    if len(listed) != len(mentions):
        return []
    act = previous[-1]
    return [(Span(0, len(prepared.view), act.action, act.kind, False), listed)]


def _sentence_recaps(
    prepared: Prepared, refs: list[TreatyRef], context: str, previous: list[Span]
) -> tuple[list[tuple[Span, list[CountryMention]]], list[Span]]:
    """(verb or noun, agents) pairs of one sentence, and its usable verbs."""
    last = previous[-1] if previous else None
    found = _genitives(prepared, find_countries(prepared.clean, prepared.lang))
    mentions = _institutions(prepared, found)
    verbs = usable_verbs(prepared, refs, context, mentions, last)
    verbs = sorted(verbs + _extra_verbs(prepared, refs, context), key=lambda v: v.start)
    if not mentions:
        return [], verbs
    if not verbs and not refs:
        found = _ellipsis(prepared, mentions, previous)
        if found:
            return found, []
    found = _verb_reports(prepared, mentions, verbs, refs)
    found += _follow_reports(prepared, mentions, verbs, last)
    found += _noun_reports(prepared, mentions, refs, context)
    return found, verbs


def _to_reports(
    prepared: Prepared,
    found: list[tuple[Span, list[CountryMention]]],
    published: dt.datetime | None,
) -> list[Report]:
    dates = find_dates(prepared.clean, prepared.lang, published) if found else []
    reports = []
    for span, countries in found:
        date = min(dates, key=lambda d: abs(d.position - span.start)).date if dates else None
        kind = final_kind(prepared, span)
        for mention in countries:
            reports.append(Report(mention.code, span.action, kind, date, prepared.original))
    return reports


def recap_reports(
    sentences: list[Sentence], lang: str, published: dt.datetime | None = None
) -> list[Report]:
    """Reports from recap constructions (signatory nouns, sequences, verb-first clauses,
    institutions), in sentence order; may repeat reports of the main rules."""
    reports: list[Report] = []
    context, verbs = "ours", []
    for sentence in sentences:
        prepared = prepare(sentence.text, lang)
        refs = treaty_refs(prepared.folded, prepared.clean)
        previous, context = context, sentence_context(refs, context)
        if _QUESTION.search(prepared.clean) or _CORRECTION.search(prepared.folded):
            verbs = []
            continue
        found, verbs = _sentence_recaps(prepared, refs, previous, verbs)
        reports.extend(_to_reports(prepared, found, published))
    return reports
