"""Recap reports: countries named as signatories or ratifiers outside the plain
"X signed the convention" shape.

Four constructions, each checked with the event rules' own tests (intention,
appeal, negation, hearsay, other treaties; see `events`):

- signatory nouns: "Among the signatories are China and Russia", "署名国には…";
- sequences after an act: "Viet Nam signed first, followed by ...", "as did ...",
  "… 등이 뒤를 이었다" (`recap_lexicon.FOLLOW_*_EXTRA`);
- verb-first clauses: "Firmaron asimismo la Convención Francia y España";
- institutions that belong to one country ("Госдума", "全国人大", "Quốc hội"),
  added as country mentions before the event rules run again;
- elliptical sentences that only add countries to the previous act ("Spain too.").

Where lists start and end, and the extra mentions, live in `recap_lists`; the
phrase tables in `recap_lexicon`.

`recap_reports` runs after the main rules; `detect` keeps the main rules' report
when both find the same (country, action).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from monitor.detect.anaphora import with_anaphora
from monitor.detect.clauses import Span, agents, clause_bounds
from monitor.detect.contrasts import contrasted
from monitor.detect.countries import CountryMention, find_countries
from monitor.detect.dates import find_dates
from monitor.detect.denials import DECLARED_WRONG
from monitor.detect.events import (
    Prepared,
    Report,
    about_ours,
    blocked,
    final_kind,
    prepare,
    usable_verbs,
)
from monitor.detect.gapping import gapped, gapped_before
from monitor.detect.language import CJK
from monitor.detect.lexicon_context import FUTURE
from monitor.detect.markers import UNASSERTED
from monitor.detect.objects import relative_of_other
from monitor.detect.recap_apposition import APPOSITION, FIRST_OF
from monitor.detect.recap_follow import FOLLOW_AFTER_EXTRA, FOLLOW_BEFORE_EXTRA
from monitor.detect.recap_lexicon import (
    ACTION_RATIFY,
    ALSO_WORDS,
    CORRECTION,
    DELIBERATION,
    ELLIPSIS_FILLER,
    EXTRA_VERBS,
    INVERTING,
    LIST_AMONG_NOUN,
    LIST_THEN_NOUN,
    LIST_THEN_NOUN_MORE,
    NOUN_EXAMPLES,
    NOUN_EXAMPLES_CJK,
    NOUN_THEN_LIST,
    NOUN_THEN_LIST_MORE,
    ONE_OF,
    OTHER_DOCUMENTS,
)
from monitor.detect.recap_lists import (
    besides,
    companions,
    extend_list,
    inverted,
    list_after_follow,
    next_list,
    previous_list,
    with_genitives,
    with_institutions,
)
from monitor.detect.sentences import Sentence
from monitor.detect.treaties import TreatyRef, current_context, sentence_context, treaty_refs

_CORRECTION = re.compile(CORRECTION)
_RATIFY = re.compile(ACTION_RATIFY)
# Qualifiers that make a signatory noun hypothetical or negative.
_DOUBT = re.compile(
    r"\b(?:potential|possible|prospective|future|would-be|expected|likely|planned|non|not|"
    r"potentiels?|futurs?|eventuels?|possibles|potenciales|futuros|posibles|potenciais|"
    r"kunftige\w*|künftige\w*|mogliche\w*|mögliche\w*|potencjaln\w*|przyszl\w*|"
    r"потенциальн\w*|будущ\w*|возможн\w*|calon|potensial|nicht|kein\w*|nie|ani|не|ни|no|ne|"
    r"pas|nao|tidak|belum|bukan|absent|absence|abwesend|ausente|ausencia|ausencia|nieobecn\w*|"
    r"отсутств\w*)\b|(?<!\w)(?:chưa|không|vắng mặt|vang mat)(?!\w)|潜在|可能|未来|予定|잠재|예정|"
    r"没有|并非|不是|ではない|아니|않|المحتملة|"
    r"(?<![\u0621-\u064a])[و]?(?:غير|ليست|ليس|لم)(?![\u0621-\u064a])"
)
_ALSO = re.compile(rf"(?<!\w)(?:{ALSO_WORDS})(?!\w)")
_ELLIPSIS_WORD = re.compile(rf"(?:{ELLIPSIS_FILLER}|{ALSO_WORDS})$")
_CJK_ELLIPSIS = re.compile(
    r"(?:也是|也一样|也一樣|亦然|も同様(?:だ|です)?|도 마찬가지(?:다|였다|이다)?)"
)
_OTHER_DOCUMENTS = re.compile(rf"(?<!\w)(?:{OTHER_DOCUMENTS})(?!\w)")
_DELIBERATION = re.compile(DELIBERATION)
# "Some early reports listed the US among the signatories": hearsay names no signatory.
HEARSAY_BEFORE = re.compile(
    r"\b(?:reports?|rumou?rs?|claims?|rumeurs?|rumores?|boatos?|geruchte?|pogloski|слухи)\b"
)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A table pattern, compiled once."""
    return re.compile(pattern)


def _action(text: str) -> str:
    """The action a signatory noun or verb names."""
    return "ratification" if _RATIFY.search(text) else "signature"


def _accepted(prepared: Prepared, span: Span, refs: list[TreatyRef], context: str) -> bool:
    """The event rules' checks: not blocked, about this convention."""
    _, clause_end = clause_bounds(prepared.view, span, prepared.lang)
    if relative_of_other(prepared.folded, span, refs):
        return False
    if about_ours(refs, span, max(clause_end, span.end + 100), context) is False:
        return False
    return not blocked(prepared, span)


@cache
def _noun_tables(lang: str) -> tuple[tuple[str, str], ...]:
    """The signatory-noun patterns of a language with the side of their list."""
    tables = [(p, "after") for p in NOUN_THEN_LIST.get(lang, ())]
    if lang in NOUN_THEN_LIST_MORE:
        tables.append((NOUN_THEN_LIST_MORE[lang], "after"))
    if lang in NOUN_EXAMPLES_CJK:
        tables.append((NOUN_EXAMPLES_CJK[lang], "after"))
    elif lang not in CJK:
        tables.append((NOUN_EXAMPLES, "after"))
    for table in (LIST_THEN_NOUN, ONE_OF, LIST_THEN_NOUN_MORE):
        if lang in table:
            tables.append((table[lang], "before"))
    if lang in LIST_AMONG_NOUN:
        tables.append((LIST_AMONG_NOUN[lang], "adjacent"))
    if lang in APPOSITION:
        tables.append((APPOSITION[lang], "adjacent"))
    if lang in FIRST_OF:
        tables.append((FIRST_OF[lang], "before"))
    return tuple(tables)


def _noun_spans(prepared: Prepared) -> list[tuple[Span, str]]:
    """Signatory nouns with the side their list is on ("after", "before", "adjacent")."""
    found: list[tuple[Span, str]] = []
    for pattern, side in _noun_tables(prepared.lang):
        for match in _compiled(pattern).finditer(prepared.view):
            head = prepared.view[max(0, match.start() - 25) : match.end() + 15]
            if _DOUBT.search(head) or _OTHER_DOCUMENTS.search(head):
                continue
            if HEARSAY_BEFORE.search(prepared.folded, max(0, match.start() - 80), match.start()):
                continue
            span = Span(match.start(), match.end(), _action(match.group()), None, False)
            found.append((span, side))
    return found


def _noun_reports(
    prepared: Prepared, mentions: list[CountryMention], refs: list[TreatyRef], context: str
) -> list[tuple[Span, list[CountryMention]]]:
    """Countries listed as signatories or ratifiers by a signatory noun."""
    out = []
    future = FUTURE.get(prepared.lang)
    for span, side in _noun_spans(prepared):
        if not _accepted(prepared, span, refs, context):
            continue
        if future and re.match(rf"[^,;.]{{0,40}}?(?:{future})", prepared.view[span.end :]):
            continue  # "instrumen ratifikasi akan disimpan": the noun's own predicate is a plan
        if side == "after":
            listed = next_list(prepared, mentions, span.end, refs)
            while listed and (more := companions(prepared, mentions, listed[-1].end, refs)):
                listed += [m for m in more if m not in listed]  # "…, 也有欧盟、英国"
        else:
            listed = previous_list(prepared, mentions, span.start, side == "adjacent")
            if listed:
                listed = listed + companions(prepared, mentions, span.end, refs)
        if listed:
            out.append((span, listed))
    return out


def _follow_reports(
    prepared: Prepared,
    mentions: list[CountryMention],
    verbs: list[Span],
    last: Span | None,
    refs: list[TreatyRef],
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
            if blocked(prepared, span) or relative_of_other(prepared.folded, span, refs):
                continue
            found = agents(prepared.view, mentions, span, prepared.lang)
            if side == "after":
                found = list_after_follow(prepared, mentions, span, found)
            if found:
                out.append((span, found))
    return out


def _extra_verbs(prepared: Prepared, refs: list[TreatyRef], context: str) -> list[Span]:
    """Act verbs of `EXTRA_VERBS` that pass the event rules' checks."""
    spans = []
    for action, pattern in EXTRA_VERBS.get(prepared.lang, ()):
        for match in _compiled(pattern).finditer(prepared.view):
            span = Span(match.start(), match.end(), action, None, False)
            if relative_of_other(prepared.folded, span, refs):
                continue
            if about_ours(refs, span, len(prepared.view), context) is not False:
                if not blocked(prepared, span):
                    spans.append(span)
    return spans


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
            found = extend_list(prepared.view, mentions, mentions.index(found[0]))
        if prepared.lang in INVERTING:
            subjects = inverted(prepared, mentions, verb, refs)
            found = found + [m for m in subjects if m not in found]
        if found:
            found = found + [m for m in besides(prepared, mentions, verb) if m not in found]
            more = gapped(prepared.view, mentions, verb, found, prepared.lang)
            more += gapped_before(prepared.view, mentions, found, prepared.lang)
            found = found + [m for m in more if m not in found]
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
    if prepared.lang in CJK:
        rest = re.sub(r"[\s,，、。.!！和与與及と과와]+", "", rest)
        if not _CJK_ELLIPSIS.fullmatch(rest):
            return []
    else:
        tokens = [t for t in re.split(r"[\s,.!;:]+", rest) if t]
        if not _ALSO.search(rest) or not all(_ELLIPSIS_WORD.match(t) for t in tokens):
            return []
    listed = extend_list(prepared.view, mentions, 0)
    if len(listed) != len(mentions):
        return []
    act = previous[-1]
    return [(Span(0, len(prepared.view), act.action, act.kind, False), listed)]


def _sentence_recaps(
    prepared: Prepared, refs: list[TreatyRef], context: str, previous: list[Span]
) -> tuple[list[tuple[Span, list[CountryMention]]], list[Span]]:
    """(verb or noun, agents) pairs of one sentence, and its usable verbs."""
    last = previous[-1] if previous else None
    named = with_genitives(prepared, find_countries(prepared.clean, prepared.lang))
    mentions = with_anaphora(prepared, with_institutions(prepared, named), None)
    verbs = usable_verbs(prepared, refs, context, mentions, last)
    verbs = sorted(verbs + _extra_verbs(prepared, refs, context), key=lambda v: v.start)
    if not mentions:
        return [], verbs
    if not verbs and not refs:
        elliptic = _ellipsis(prepared, mentions, previous)
        if elliptic:
            return elliptic, []
    found = _verb_reports(prepared, mentions, verbs, refs)
    found += _follow_reports(prepared, mentions, verbs, last, refs)
    found += _noun_reports(prepared, mentions, refs, context)
    set_apart = {m.start for m in contrasted(prepared.view, named, prepared.lang)}
    return [(span, [m for m in group if m.start not in set_apart]) for span, group in found], verbs


def _to_reports(
    prepared: Prepared,
    found: list[tuple[Span, list[CountryMention]]],
    published: dt.datetime | None,
) -> list[Report]:
    """Reports for the (verb or noun, agents) pairs of one sentence, dated by its nearest date."""
    dates = find_dates(prepared.clean, prepared.lang, published) if found else []
    reports = []
    for span, countries in found:
        date = min(dates, key=lambda d: abs(d.position - span.start)).date if dates else None
        kind = final_kind(prepared, span)
        for mention in countries:
            reports.append(Report(mention.code, span.action, kind, date, prepared.original))
    return reports


def recap_reports(
    sentences: list[Sentence], lang: str, published: dt.datetime | None = None, main: str = "ours"
) -> list[Report]:
    """Reports from recap constructions (signatory nouns, sequences, verb-first clauses,
    institutions), in sentence order; may repeat reports of the main rules."""
    reports: list[Report] = []
    context, verbs, quiet = "ours", list[Span](), 0
    for sentence in sentences:
        prepared = prepare(sentence.text, lang)
        refs = treaty_refs(prepared.folded, prepared.clean)
        previous = current_context(context, quiet, main)
        context = sentence_context(refs, previous)
        quiet = 0 if any(r.kind in ("ours", "other", "object") for r in refs) else quiet + 1
        if (
            UNASSERTED.search(prepared.clean)
            or _CORRECTION.search(prepared.folded)
            or DECLARED_WRONG.search(prepared.folded)
        ):
            verbs = []
            continue
        found, verbs = _sentence_recaps(prepared, refs, previous, verbs)
        reports.extend(_to_reports(prepared, found, published))
    return reports
