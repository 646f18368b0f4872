"""Signature and ratification reports: which country did what, on which date, says which sentence.

A report is a statement of fact naming a country as the one that signed or
ratified this convention.  Each sentence is scanned for the completed-act verbs
of its language (`lexicon`, `lexicon_asia`: past and perfect forms, participles,
headline present tenses, idioms such as "put pen to paper", state statements
such as "is a signatory"); a verb counts when nothing in its clause turns it into
an intention, appeal, negation, purpose, condition, hearsay or question
(`lexicon_context`, `markers`), when its object is this convention rather than
another treaty or agreement (`treaties`, falling back to what the article was
discussing), and when a country is its agent (`clauses`: the list before the
verb, passive and "on behalf of" agents, "including" lists, inverted subjects,
follow-verbs such as "China followed" and "as did the EU", "his country" and
"the country" anaphora; heads of state and capitals via `gazetteer_metonyms`).
Corrections, retractions and non-/potential/absent signatories block a verb
(`denials`); an unqualified parliament goes to the one country the article
names as ratifying (`home_bodies`).

Domestic approval (a parliament voting to ratify, a president signing the
ratification law or decree) is reported as action "ratification", as the news
calls it, with kind None.  kind is set only when the text describes the
international act: a deposited instrument (kind from the instrument's name,
"ratification" by default) or an accession (itself the deposit of an instrument).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache

from monitor.detect.anaphora import with_anaphora
from monitor.detect.blockers import blocked, outside
from monitor.detect.clauses import Span, agents, asides, clause_bounds
from monitor.detect.contrasts import contrasted, unlike
from monitor.detect.countries import CountryMention, find_countries
from monitor.detect.dates import DateMention, find_dates
from monitor.detect.home_bodies import (
    AUTHORISED,
    home_act,
    located_bodies,
    ratification_subjects,
)
from monitor.detect.language import CJK
from monitor.detect.lexicon import FOLLOW_AFTER, FOLLOW_BEFORE, VERBS
from monitor.detect.lexicon_bodies import APPROVALS
from monitor.detect.lexicon_idioms import IDIOMS
from monitor.detect.markers import INSTRUMENT_KIND, RATIFICATION_WORD, UNASSERTED
from monitor.detect.objects import (
    other_object,
    qualifies_members,
    ratification_law,
    relative_of_other,
    signs_a_law,
)
from monitor.detect.predecessors import predecessors
from monitor.detect.textnorm import collapse_spaces, fold, strip_marks
from monitor.detect.treaties import TreatyRef, current_context, sentence_context, treaty_refs

_KEEP_MARKS = frozenset({"vi", "de"})
_CONJUNCTION = re.compile(
    r"ainsi que|de meme que|assim como|al igual que|asi como|wie auch|ebenso|tak jak|как и|"
    r"seperti halnya|as did"
)


@dataclass(frozen=True)
class Report:
    """A country reported to have signed or ratified the convention."""

    country: str
    action: str
    kind: str | None
    date: dt.date | None
    evidence: str


@dataclass(frozen=True)
class Prepared:
    """One sentence in its analysable forms (all of the same length)."""

    original: str
    clean: str
    view: str
    folded: str
    lang: str
    marked: str = ""  # the sentence with its accents, aligned with `clean` (or `clean`)


def prepare(sentence: str, lang: str) -> Prepared:
    """Normalise a sentence once for gazetteer, verb and treaty matching."""
    clean = strip_marks(sentence, keep_vietnamese=lang in _KEEP_MARKS)
    folded = fold(clean)
    view = clean.lower() if lang in _KEEP_MARKS else folded
    if len(view) != len(clean):
        view = folded
    marked = unicodedata.normalize("NFKC", sentence)
    if len(marked) != len(clean):
        marked = clean
    return Prepared(collapse_spaces(sentence), clean, view, folded, lang, marked)


@cache
def _verb_patterns(lang: str) -> tuple[tuple[re.Pattern[str], str, str | None, bool], ...]:
    table = VERBS.get(lang, VERBS["en"]) + APPROVALS.get(lang, ()) + IDIOMS.get(lang, ())
    patterns = [(re.compile(p), a, k, n) for p, a, k, n in table]
    if lang in AUTHORISED:
        patterns.append((re.compile(AUTHORISED[lang]), "ratification", None, False))
    if lang in FOLLOW_BEFORE:
        patterns.append((re.compile(FOLLOW_BEFORE[lang]), "follow", "before", False))
    if lang in FOLLOW_AFTER:
        patterns.append((re.compile(FOLLOW_AFTER[lang]), "follow", "after", False))
    return tuple(patterns)


def _inner_accent(word: str) -> bool:
    """Whether a one-word Spanish match carries an accent before its last letter."""
    return " " not in word and any(c in "áéíóú" for c in word.lower()[:-1])


def find_verbs(prepared: Prepared, mentions: list[CountryMention]) -> list[Span]:
    """Completed-act verbs in the sentence, outside country names, in text order; where
    matches overlap the longest phrase wins ("were among the governments that signed")."""
    found: list[Span] = []
    for pattern, action, kind, needs_object in _verb_patterns(prepared.lang):
        for match in pattern.finditer(prepared.view):
            start, end = match.span()
            inside = [m for m in mentions if m.start < end and start < m.end]
            if inside:  # a phrase spanning a country keeps only its part after it
                start = max(m.end for m in inside)
                start += len(prepared.view[start:end]) - len(prepared.view[start:end].lstrip())
                if end - start < 2 or any(m.start < end and start < m.end for m in mentions):
                    continue
            if prepared.lang == "es" and _inner_accent(prepared.marked[start:end]):
                continue  # "depósito" (a deposit) is not "depositó" (deposited)
            found.append(Span(start, end, action, kind, needs_object))
    spans: list[Span] = []
    for span in sorted(found, key=lambda s: (s.start - s.end, s.start)):
        if not any(s.start < span.end and span.start < s.end for s in spans):
            spans.append(span)
    return sorted(spans, key=lambda span: span.start)


def about_ours(refs: list[TreatyRef], verb: Span, clause_end: int, context: str) -> bool | None:
    """True/False when the verb's object is/isn't our convention; None when no treaty is named."""
    after = [r for r in refs if verb.end <= r.start < clause_end]
    named_after = [r for r in after if r.kind != "generic" and r.start - verb.end <= 80]
    if named_after:
        return named_after[0].kind == "ours"
    named = [r for r in refs if r.kind in ("ours", "other")]
    kinds = ("ours", "other") if after else ("ours", "other", "object")  # "The MoU was signed"
    before = [r for r in refs if r.kind in kinds and r.end <= verb.start]
    if before:
        return before[-1].kind == "ours"
    if named:
        return named[0].kind == "ours"
    if after and context in ("ours", "object"):
        return True
    return None if context == "ours" else False


def final_kind(prepared: Prepared, verb: Span) -> str | None:
    """The kind of the international act the sentence describes, if any."""
    if verb.kind == "accession":
        return "accession"
    deposit = verb.kind == "deposit" or re.search(
        r"deposit|depot|hinterleg|instrument|на хранение|luu chieu|dokument|"
        r"交存|寄託|기탁|ايداع|اودع",
        prepared.folded,
    )
    if not deposit or verb.action != "ratification":
        return None
    for kind, pattern in INSTRUMENT_KIND:
        if re.search(pattern, prepared.folded):
            return kind
    return "ratification"


def _date_for(verb: Span, dates: list[DateMention]) -> dt.date | None:
    """The date written nearest to the verb, if the sentence gives any."""
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d.position - verb.start)).date


_CJK_ACT = re.compile(r"(?P<s>署名|签署|簽署|서명)|(?P<r>批准|寄託|交存|비준|기탁)")


def _resolve(prepared: Prepared, verb: Span, clause_end: int, previous: Span | None) -> Span | None:
    """The verb with its effective action (follow-verbs repeat the previous act)."""
    if verb.action == "follow":
        named = _CJK_ACT.search(prepared.view, verb.end) if prepared.lang in CJK else None
        if named:  # "マレーシアに続き、…署名が相次いでいる": the act the sentence names
            action = "signature" if named.group("s") else "ratification"
            return Span(verb.start, verb.end, action, None, False, verb.kind)
        if previous is None:
            return None
        return Span(verb.start, verb.end, previous.action, previous.kind, False, verb.kind)
    if verb.action == "signature" and ratification_law(prepared, verb, clause_end):
        return Span(verb.start, verb.end, "ratification", None, verb.needs_object)
    return verb


def _has_object(prepared: Prepared, verb: Span, refs: list[TreatyRef]) -> bool:
    """Whether a general verb ("joined", "approved") has the convention or a ratification as
    object: a treaty word right before it ("Do konwencji przystąpiła") or a ratification after."""
    if RATIFICATION_WORD.search(prepared.folded, verb.end, verb.end + 80):
        return True
    if prepared.lang == "de" and RATIFICATION_WORD.search(  # "der Ratifikation zugestimmt"
        prepared.folded, max(0, verb.start - 40), verb.start
    ):
        return True
    reach = (
        60 if prepared.lang == "de" else 20
    )  # "hat das Übereinkommen am 30. September genehmigt"
    return any(r.kind in ("ours", "generic") and 0 <= verb.start - r.end <= reach for r in refs)


def _same_subject(mentions: list[CountryMention], previous_end: int, verb: Span) -> bool:
    """Whether a subject-less verb shortly after another one shares its subject."""
    if not previous_end or verb.start - previous_end > 80:
        return False
    return not any(previous_end <= m.start < verb.start for m in mentions)


def _aside_of_next(view: str, verb: Span, following: list[Span]) -> Span | None:
    """The verb right after a comma-enclosed "as well as"-aside that `verb` opens."""
    if (
        verb.action != "follow"
        or verb.kind != "after"
        or "," not in view[max(0, verb.start - 3) : verb.start]
    ):
        return None
    nxt = next((v for v in following if v.action != "follow"), None)
    if nxt is None or nxt.start - verb.end > 60 or "," not in view[verb.end : nxt.start]:
        return None
    return nxt


_PASSIVE_AUX = re.compile(
    r"\b(?:est|sont|a ete|ont ete|was|were|is|are|been|foi|foram|fue|fueron|wurde|wurden|"
    r"zostal\w*|был\w*)\s+$"
)


def _before_colon(view: str, mentions: list[CountryMention], verb: Span) -> list[CountryMention]:
    """The one country a colon explains ("Angola é o mais adiantado: assinou … e depositou")
    when the clause after the colon names none."""
    colon = view.rfind(":", 0, verb.start)
    if colon < 0 or any(colon < m.start < verb.start for m in mentions):
        return []
    if _PASSIVE_AUX.search(view, colon, verb.start):
        return []  # "Nigeria : l'instrument est signé": whose act the passive does not say
    before = [m for m in mentions if m.end <= colon]
    return before[:1] if len({m.code for m in before}) == 1 else []


def _adopt_orphans(state: ArticleState, reports: list[Report], since: int) -> None:
    """A body's ratification in a sentence that names one signatory is that country's: "El
    Congreso aprobó la Convención …, instrumento que el Perú suscribió en Hanói"."""
    signers = {r.country for r in reports if r.action == "signature"}
    if len(signers) != 1 or len(state.orphans) == since:
        return
    code = signers.pop()
    reports.extend(replace(orphan, country=code) for orphan in state.orphans[since:])
    del state.orphans[since:]


@dataclass
class ArticleState:
    """What earlier sentences leave for later ones."""

    context: str = "ours"  # the treaty being discussed: "ours", "other" or "object"
    main: str = "ours"  # the treaty the whole article discusses most
    quiet: int = 0  # sentences since one named a treaty
    last: Span | None = None  # the last act stated, for "China followed"
    topic: str | None = None  # the one country the previous sentence named
    pair: tuple[str, ...] = ()  # the two countries the previous sentence named
    orphans: list[Report] = field(default_factory=list)  # "le Parlement a ratifié": no country
    subjects: set[str] = field(default_factory=set)  # "ratification par la France"


@dataclass(frozen=True)
class SentenceResult:
    """Reports of one sentence, its usable verbs and whether it may hold counts."""

    reports: list[Report]
    verbs: list[Span]
    countable: bool
    mentions: list[CountryMention]


def usable_verbs(
    prepared: Prepared,
    refs: list[TreatyRef],
    context: str,
    mentions: list[CountryMention],
    last: Span | None,
) -> list[Span]:
    """Verbs stating a completed act on this convention (follow-verbs resolved)."""
    usable: list[Span] = []
    previous, seen = last, False
    verbs = find_verbs(prepared, mentions)
    for position, found in enumerate(verbs):
        _, clause_end = clause_bounds(prepared.view, found, prepared.lang)
        ahead = _aside_of_next(prepared.view, found, verbs[position + 1 :])
        if ahead is not None:  # "…, que, assim como a China, assinou": the next verb's act
            found = Span(found.start, found.end, "follow", found.kind, False)
            previous = ahead
        if not seen and _CONJUNCTION.fullmatch(prepared.view[found.start : found.end]):
            continue  # "as well as X" only repeats a verb of its own sentence
        if found.kind == "after" and any(
            v.action != "follow"
            and found.end <= v.start < min(clause_end, found.end + 40)
            and not re.search(r"[,،;]", prepared.view[found.end : v.start])
            for v in verbs
        ):
            continue  # "a następnie prezydent Azerbejdżanu zatwierdzają": its own verb follows
        verb = _resolve(prepared, found, clause_end, previous)
        if verb is None or (found.action == "follow" and seen and previous is None):
            continue
        seen = True
        law = verb.action != found.action and found.action != "follow"  # a ratification law
        if signs_a_law(prepared, verb) or (
            not law and other_object(prepared, found, refs, mentions)
        ):
            continue
        if relative_of_other(prepared.folded, found, refs):
            continue
        spans = [a for a in asides(prepared.view) if outside(a, verb)]
        visible = [r for r in refs if not any(a <= r.start < b for a, b in spans)]
        visible = [r for r in visible if not qualifies_members(prepared.folded, verb, r)]
        ours = about_ours(visible, verb, clause_end, context)
        if ours is False or blocked(prepared, verb):
            previous = None if found.action != "follow" else previous
            continue
        previous = verb
        if verb.needs_object and ours is not True and not _has_object(prepared, verb, refs):
            continue
        usable.append(verb)
    return usable


def sentence_reports(
    prepared: Prepared, state: ArticleState, published: dt.datetime | None
) -> SentenceResult:
    """Reports in one sentence and its usable verbs (for counts); updates `state`."""
    refs = treaty_refs(prepared.folded, prepared.clean)
    context = current_context(state.context, state.quiet, state.main)
    state.context = sentence_context(refs, context)
    named_here = any(r.kind in ("ours", "other", "object") for r in refs)
    state.quiet = 0 if named_here else state.quiet + 1
    found = find_countries(prepared.clean, prepared.lang)
    mentions = with_anaphora(prepared, found, state.topic, state.pair)
    codes = {m.code for m in found}
    state.pair = tuple(sorted(codes)) if len(codes) == 2 else ()
    state.topic = codes.pop() if len(codes) == 1 else None
    state.subjects |= ratification_subjects(prepared.folded, found)
    if UNASSERTED.search(prepared.clean):
        return SentenceResult([], [], False, mentions)
    named = [r.kind for r in refs if r.kind in ("ours", "other", "object")]
    countable = "ours" in named if named else context != "other"
    verbs = usable_verbs(prepared, refs, context, mentions, state.last)
    reports: list[Report] = []
    dates: list[DateMention] | None = None
    orphans_before = len(state.orphans)
    shared: tuple[list[CountryMention], int] = ([], 0)  # agents of the previous verb, its end
    acts: list[tuple[Span, list[CountryMention]]] = []
    set_apart = contrasted(prepared.view, mentions, prepared.lang)  # "Unlike X, Y signed"
    for verb in verbs:
        found_agents = agents(prepared.view, mentions, verb, prepared.lang)
        if not found_agents and _same_subject(mentions, shared[1], verb):
            found_agents = shared[0]  # "Kenya signed but also ratified it"
        if dates is None:
            dates = find_dates(prepared.clean, prepared.lang, published)
        kind, date = final_kind(prepared, verb), _date_for(verb, dates)
        if not found_agents:
            found_agents = _before_colon(prepared.view, mentions, verb)
        located = located_bodies(prepared.view, prepared.folded, mentions, verb, prepared.lang)
        if located and set(found_agents) <= set(located):  # "In Frankreich, Spanien und …"
            found_agents = located
        if (
            not found_agents
            and not any(m.start < verb.start for m in mentions)  # "…, signée par la France"
            and home_act(prepared.view, prepared.folded, prepared.lang, verb)
        ):
            state.orphans.append(Report("", verb.action, kind, date, prepared.original))
        found_agents = [m for m in found_agents if m not in set_apart]
        acts.append((verb, found_agents))
        if not found_agents:
            continue
        shared = (found_agents, verb.end)
        for mention in found_agents:
            reports.append(Report(mention.code, verb.action, kind, date, prepared.original))
    negated = [
        v for v in find_verbs(prepared, mentions) if v.action != "follow" and blocked(prepared, v)
    ]
    for mention, verb in unlike(prepared.view, mentions, negated, prepared.lang):
        if about_ours(refs, verb, len(prepared.view), context) is not False:
            reports.append(Report(mention.code, verb.action, None, None, prepared.original))
    for mention, verb in predecessors(prepared.view, mentions, acts, prepared.lang):
        date = None  # the sentence's date is the later act's
        reports.append(Report(mention.code, verb.action, None, date, prepared.original))
    _adopt_orphans(state, reports, orphans_before)
    if verbs:
        state.last = verbs[-1]
    return SentenceResult(reports, verbs, countable, mentions)
