"""Who did it: the agent countries of a signature/ratification verb within its clause.

A sentence is analysed on its per-language view; mention offsets index the same
string.  The agent is the country (or list of countries) closest before the
verb in the same clause, else the passive agent ("signed by Kenya"), a list
after "including", or in verb-first languages and inversions the countries
right after the verb.
"""

from __future__ import annotations

import re

from monitor.detect.countries import CountryMention
from monitor.detect.language import CJK
from monitor.detect.lexicon_context import (
    ALONG,
    BY_AGENT,
    INCLUDING,
    LIST_SEPARATOR,
    ON_BEHALF,
    RELATIVE,
)
from monitor.detect.spans import (
    CITY_AFTER,
    GROUP_NOUN,
    QUALIFIED_GROUP,
    Span,
    asides,
    break_pattern,
    clause_bounds,
    extend_back,
    extend_forward,
    is_place,
    mask_parentheticals,
)
from monitor.detect.textnorm import fold
from monitor.detect.treaties import GENERIC, OURS

# Languages where the subject often follows the verb (VSO, OVS, inversion).
_INVERTING = frozenset({"ar", "ru", "pl", "de", "es", "pt"})
# What may stand between "including" and its first example: nothing, or a short description
# of the group ("among them African states such as", "termasuk dua negara tetangga,").
_EXAMPLE_HEAD = re.compile(
    r"[\s,:l']*(?:(?:the|le|la|les|el|los|las|o|a|os|as|die|der|das) )?"
    r"(?:(?:those|that|celles?|ceux|las|los|as|os) (?:of|de|d[aeo]s?) )?"
    r"(?:(?:the |la |le |el |o |a )?(?:host|hote|anfitrion|anfitriao|gastgeber|"
    r"gospodarz|хозяйка|tuan rumah|chủ nhà)(?: country| pays| pais)?,?\s+)?"
    r"(?:(?:[\w'-]+\s+){0,3}?(?:states|countries|nations|neighbou?rs|economies|members|"
    r"partners|etats|pays|voisins|estados|paises|vecinos|vizinhos|staaten|lander|länder|nachbarn|"
    r"panstw\w*|kraj\w*|sasiad\w*|государств\w*|стран\w*|сосед\w*|negara(?: tetangga| anggota)?|"
    r"tetangga|nước|quốc gia|láng giềng)\b(?:\s*(?:such as|like|comme|tels? que|como|wie|jak|"
    r"такие как|как|seperti|như))?)?[\s,:]*$",
    re.IGNORECASE,
)
_GROUP_OK = re.compile(
    r"\bother\b|\band \d+\b|\bautres\b|\botros\b|\boutros\b|\bweitere\b|\binn\w+\b|\bдруги\w+\b|"
    r"\blain\b|khác|cùng|等|など|등|在内|在內|을 포함한|를 포함한|을 비롯한|를 비롯한|을 비롯해|"
    r"를 비롯해|を含む|をはじめ|を始め|وغيرها|\balong with\b|"
    r"\btogether with\b"
)
_PREPOSITION = re.compile(
    r"\b(?:in|at|on|to|with|for|from|of|w|we|na|do|z|ze|в|во|на|с|к|а|à|a|en|dans|avec|de|em|com|"
    r"di|ke|dengan|tại|ở|với|cho|im|mit|bei|nach|für|für|an)\b|في|مع|الي|علي|在|于|で|에서"
)
_SEPARATOR = re.compile(LIST_SEPARATOR)
_TREATY_WORD = re.compile(f"{GENERIC.pattern}|{OURS.pattern}")
_INCLUDING = re.compile(INCLUDING)
_COPULA = re.compile(
    r"\s*(?::|were|are|was|is|include[sd]?|including|sont|son|sao|sind|waren|были)?"
    r"\s*(?:the\s+)?$"
)
_BY_AGENT = re.compile(BY_AGENT)
_ALONG = re.compile(ALONG)
_ON_BEHALF = re.compile(ON_BEHALF)
_RELATIVE = re.compile(RELATIVE)
# The UN's own name holds a group noun ("United Nations") but names no plural subject.
_UN_NAME = re.compile(
    r"\b(?:united nations|nations unies|naciones unidas|nacoes unidas|vereinten nationen|"
    r"narodow zjednoczonych|организации объединенных нации)\b"
)
# An article-free list of countries right after the verb is its subject in VSO word order.
_RIGHT_AFTER = re.compile(r"\s*(?:كل من|كلا من|كل\s?من)?\s*$")
# "followed by representatives of China": the representatives act for their countries.
_REPRESENTATIVES = re.compile(
    r"\b(?:the )?(?:representatives|delegations|envoys|delegates) (?:of|from)(?: the)?\s*$|"
    r"\b(?:les )?(?:representants|delegations) (?:de|du|des)(?: la| l')?\s*$|"
    r"\b(?:los |las |os |as )?(?:representantes|delegaciones|delegacoes) (?:de|del|da|do)\s*$|"
    r"\b(?:przedstawiciele|представители|perwakilan|vertreter|đại diện)\s*$"
)


def _max_gap(lang: str) -> int:
    return 45 if lang in CJK else 90


def _before(
    view: str, mentions: list[CountryMention], verb: Span, start: int, lang: str
) -> list[CountryMention]:
    candidates = [
        i
        for i, m in enumerate(mentions)
        if start <= m.start and m.end <= verb.start and not is_place(view, m)
    ]
    if not candidates:
        return []
    index, alike = _outside_aside(view, mentions, candidates, verb)
    if alike:
        inside = [i for i in candidates if i > index]
        return extend_back(view, mentions, index) + [mentions[i] for i in inside]
    gap = view[mentions[index].end : verb.start]
    limit = _max_gap(lang)
    if lang == "de" and _DE_AUXILIARY.match(gap):  # "Österreich hat am Freitag … hinterlegt"
        limit = 200
    if len(re.sub(r"~+", "~", " ".join(gap.split()))) > limit:
        return []
    if GROUP_NOUN.search(_UN_NAME.sub(" ", gap)) and not _GROUP_OK.search(gap):
        return _included(view, mentions, start, verb.start)
    return extend_back(view, mentions, index)


_DE_AUXILIARY = re.compile(r"\s+(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b")
_ARTICLES = re.compile(r"\b(?:the|a|o|as|os|la|le|les|l'|el|los|las|die|der|das)\b")
_LIKE = re.compile(
    r"[,،]\s*(?:like|as did|as well as|just like|ainsi que|comme|tout comme|al igual que|como|"
    r"assim como|tal como|wie|ebenso wie|tak jak|как и|seperti|giống như|cũng như)\b"
)


def _outside_aside(
    view: str, mentions: list[CountryMention], candidates: list[int], verb: Span
) -> tuple[int, bool]:
    """The last candidate, unless it sits in an aside between its subject and the verb
    ("Switzerland, hardly a rubber stamp for Beijing, signed"): then the subject, and
    whether the aside adds its countries too ("Switzerland, like Austria, signed")."""
    index = candidates[-1]
    for start, end in asides(view):
        closes_before_verb = end <= verb.start and not view[end : verb.start].strip()
        if start <= mentions[index].start and mentions[index].end <= end and closes_before_verb:
            before = [i for i in candidates if mentions[i].end <= start]
            if before and not view[mentions[before[-1]].end : start].strip():
                return before[-1], _LIKE.match(view, start) is not None
    return index, False


def _included(
    view: str, mentions: list[CountryMention], start: int, end: int
) -> list[CountryMention]:
    """The countries listed after "including" in a plural subject or object ("70 countries,
    including China and Russia, signed"; "firmaron otros países como Francia")."""
    including = _INCLUDING.search(view, start, end)
    if including is None or not GROUP_NOUN.search(view, start, including.start()):
        return []
    listed = [i for i, m in enumerate(mentions) if including.end() <= m.start and m.end <= end]
    if not listed or not _EXAMPLE_HEAD.fullmatch(view, including.end(), mentions[listed[0]].start):
        return []
    return extend_forward(view, mentions, listed[0])


def _past_including(view: str, end: int, lang: str) -> int:
    """Extend a clause over a following "..., darunter Kenia und Ghana" list."""
    rest = view[end:].lstrip(" ,")
    if not _INCLUDING.match(rest):
        return end
    start = len(view) - len(rest)
    next_break = break_pattern(lang).search(view, start + 2)
    return next_break.start() if next_break else len(view)


def _after(
    view: str, mentions: list[CountryMention], verb: Span, end: int, lang: str
) -> list[CountryMention]:
    end = _past_including(view, end, lang)
    candidates = [i for i, m in enumerate(mentions) if m.start >= verb.end and m.end <= end]
    if not candidates:
        return []
    index = candidates[0]
    gap = _REPRESENTATIVES.sub(" ", view[verb.end : mentions[index].start])
    including = _INCLUDING.search(gap)
    if _COPULA.match(gap):  # "Among the first to sign were ...", "Signatories include ..."
        return _with_examples(view, mentions, extend_forward(view, mentions, index), end)
    if _BY_AGENT.match(gap) and len(gap) <= 60:
        return extend_forward(view, mentions, index)
    behalf = _ON_BEHALF.search(view, verb.end, end)
    if behalf:
        following = [i for i in candidates if mentions[i].start >= behalf.end()]
        if following and len(view[behalf.end() : mentions[following[0]].start].strip()) <= 4:
            return extend_forward(view, mentions, following[0])
    if including and len(gap) - including.end() <= 20 and not _SECOND_CLAUSE.search(gap):
        return extend_forward(view, mentions, index)
    if verb.follow is None and lang not in _INVERTING:
        return []
    if len(gap) > 30 or "," in gap or "،" in gap:
        return []
    if verb.follow == "after":  # "…, assim como a China": an article is no preposition
        gap = _ARTICLES.sub(" ", gap)
    if not _PREPOSITION.search(gap):
        return _with_examples(view, mentions, extend_forward(view, mentions, index), end)
    return []


def _with_examples(
    view: str, mentions: list[CountryMention], group: list[CountryMention], end: int
) -> list[CountryMention]:
    """A subject list after the verb with the examples that follow it ("Unterzeichnet haben
    die EU sowie mehrere Mitgliedstaaten, darunter Frankreich und Polen")."""
    last = group[-1].end
    including = _INCLUDING.search(view, last, min(end, last + 60))
    if including is None or not GROUP_NOUN.search(view, last, including.start()):
        return group
    listed = [i for i, m in enumerate(mentions) if m.start >= including.end() and m.end <= end]
    if not listed or not _EXAMPLE_HEAD.fullmatch(view, including.end(), mentions[listed[0]].start):
        return group
    return group + [m for m in extend_forward(view, mentions, listed[0]) if m not in group]


def agents(
    view: str, mentions: list[CountryMention], verb: Span, lang: str
) -> list[CountryMention]:
    """The countries that performed `verb`, or an empty list."""
    if view.startswith("'s ", verb.start):  # "Kenya's signature": the country right before it
        return [m for m in mentions if m.end == verb.start]
    if verb.follow is None and re.search(
        r"\b(?:by|par|por|pela|pelo|durch|przez|oleh|of|podpisy?)$", view[verb.start : verb.end]
    ):
        following = [i for i, m in enumerate(mentions) if m.start >= verb.end]
        lead = (
            _REPRESENTATIVES.sub(" ", view[verb.end : mentions[following[0]].start])
            if following
            else ""
        )
        if following and len(lead.strip()) <= 4:
            return extend_forward(view, mentions, following[0])  # "signatures by Chile and Peru"
        return []
    plain, view = view, mask_parentheticals(view, mentions, lang)
    start, end = clause_bounds(view, verb, lang)
    if verb.follow == "after":
        return _after(view, mentions, verb, end, lang)
    found = _before(view, mentions, verb, start, lang) or _antecedent(
        plain, mentions, verb, clause_bounds(plain, verb, lang)[0], lang
    )
    if verb.follow == "before":  # "sejumlah negara menyusul, di antaranya Kenya"
        return found or _examples_after(view, mentions, verb)
    if found and _passive_agent(view, mentions, verb, end):  # "After Peru, it was signed by Chile"
        return _after(view, mentions, verb, end, lang)
    if found and lang in _INVERTING and _TREATY_WORD.search(fold(view[found[-1].end : verb.start])):
        inverted = _after(view, mentions, verb, end, lang)  # OVS: "Помимо X, конвенцию подписали Y"
        if inverted:
            return inverted
    if found and _verb_first(view, mentions, found, verb, lang):
        return _after(view, mentions, verb, end, lang)
    if found:
        return found + _companions(view, mentions, verb, end)
    if verb.follow is None and GROUP_NOUN.search(_UN_NAME.sub(" ", view[start : verb.start])):
        examples = _examples_after(view, mentions, verb)
        if examples:  # "quinze États ont déposé leur instrument, parmi lesquels l'Autriche"
            return examples
    if lang in CJK and verb.follow is None:
        head = _relative_head(view, mentions, verb, lang)
        if head:
            return head
    found = _after(view, mentions, verb, end, lang)
    if found and verb.follow is None:  # "Unterschrieben hat die EU – und mit ihr Frankreich"
        found += [m for m in _companions(view, mentions, verb, end) if m not in found]
    return found


# A CJK verb in a relative clause before its head noun: "서명한 중국은", "署名した中国は".
_CJK_RELATIVE = {
    "ko": re.compile(r"(?:한|했던|하였던|해 온)\s?"),
    "ja": re.compile(r"(?:した|済みの|している)"),
    "zh": re.compile(r"(?:了)?的"),
}


def _relative_head(
    view: str, mentions: list[CountryMention], verb: Span, lang: str
) -> list[CountryMention]:
    relative = _CJK_RELATIVE[lang].match(view, verb.end)
    if relative is None:
        return []
    following = [i for i, m in enumerate(mentions) if m.start == relative.end()]
    return extend_forward(view, mentions, following[0]) if following else []


_COLON = re.compile(r"\s*:")
_SECOND_CLAUSE = re.compile(r"[,;]\s*(?:and|dan|et|y|e|und|i|и|và|while|alors que|mientras)\s")


def _examples_after(view: str, mentions: list[CountryMention], verb: Span) -> list[CountryMention]:
    """The examples listed after a group subject's verb and object."""
    including = _INCLUDING.search(view, verb.end, verb.end + 120) or _COLON.search(
        view, verb.end, verb.end + 40
    )  # "three Arab states have signed so far: Morocco, …"
    if including is None or any(verb.end <= m.start < including.start() for m in mentions):
        return []
    if _SECOND_CLAUSE.search(view, verb.end, including.start()):
        return []  # "signed by 82 states, and 16 states have deposited, including …"
    listed = [i for i, m in enumerate(mentions) if m.start >= including.end()]
    if not listed or not _EXAMPLE_HEAD.fullmatch(view, including.end(), mentions[listed[0]].start):
        return []
    return extend_forward(view, mentions, listed[0])


def _passive_agent(view: str, mentions: list[CountryMention], verb: Span, end: int) -> bool:
    """Whether a "by"-agent country follows the verb closely ("was signed by Chile")."""
    following = [m for m in mentions if verb.end <= m.start < end]
    if not following:
        return False
    gap = view[verb.end : following[0].start]
    return len(gap) <= 30 and bool(_BY_AGENT.match(gap)) and not _ON_BEHALF.search(gap)


def _verb_first(
    view: str, mentions: list[CountryMention], found: list[CountryMention], verb: Span, lang: str
) -> bool:
    """Whether a VSO verb ("ثم وقعت كل من الصين وروسيا") has its subject right after it while
    the countries before it end an earlier clause (a comma lies between)."""
    if lang != "ar" or not re.search(r"[,،]", view[found[-1].end : verb.start]):
        return False
    following = [m for m in mentions if m.start >= verb.end]
    return bool(following) and bool(_RIGHT_AFTER.match(view[verb.end : following[0].start]))


# "Poland is the ninth state that has deposited": a copula and a head noun before the pronoun.
_COPULA_HEAD = re.compile(
    r",?\s*(?:is|was|became|has become|remains|est|etait|fut|devient|est devenue?|es|fue|era|"
    r"se convirtio en|e|foi|tornou-se|se tornou|ist|war|wurde|jest|byl\w*|zostal\w*|stal\w*|"
    r"является|являлась|являлся|был\w*|стал\w*|adalah|merupakan|menjadi|termasuk|là|trở thành)\s+"
    r"(?:[^\s,;:]+\s+){0,5}?[^\s,.;:]+,?\s*(?:that|which|who|qui|que|quien|die|der|das|"
    r"welche[rs]?|kt[oó]r\w+|котор\w+|yang|mà)\b[^,.;:]{0,20}|"
    # Arabic: the copula comes first ("كان المغرب الدولة العربية التي وقعت")
    r"\s*(?:ال\S+ ){1,3}(?:التي|الذي)\s*"
)


def _antecedent(
    view: str, mentions: list[CountryMention], verb: Span, start: int, lang: str = "en"
) -> list[CountryMention]:
    """The country a relative clause hangs on ("Egypt, which signed ...")."""
    if start == 0 or len(view[start : verb.start]) > (70 if lang == "de" else 40):
        return []
    before = [i for i, m in enumerate(mentions) if m.end <= start]
    if not before:
        return []
    index = before[-1]
    link = view[mentions[index].end : verb.start]
    mention = mentions[index]
    if _COPULA_HEAD.fullmatch(link) and not CITY_AFTER.match(view, mention.end):
        return extend_back(view, mentions, index)
    if not _RELATIVE.match(link) or CITY_AFTER.match(view, mention.end):
        return []  # "No Chile, que assinou": a country named as a place may be the antecedent
    if QUALIFIED_GROUP.search(view[max(0, mention.start - 30) : mention.start]):
        return []  # "państw Unii Europejskiej, które podpisały": the states, not the Union
    return extend_back(view, mentions, index)


def _companions(
    view: str, mentions: list[CountryMention], verb: Span, end: int
) -> list[CountryMention]:
    """Countries added after the verb by "along with", "aux côtés de", "otros países como"."""
    along = _ALONG.search(view, verb.end, end)
    if along is None:
        return _included(view, mentions, verb.end, end)
    following = [i for i, m in enumerate(mentions) if m.start >= along.end() and m.end <= end]
    if not following:
        return []
    gap = _INCLUDING.sub(" ", view[along.end() : mentions[following[0]].start]).replace(".", " ")
    if not _SEPARATOR.match(gap):
        return []
    return extend_forward(view, mentions, following[0])
