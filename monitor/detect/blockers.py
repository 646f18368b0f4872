"""What keeps a verb from stating a completed act: intentions, appeals, negations,
conditions, corrections and hearsay, drafts sent to parliament, plans around it.

`blocked` looks at the words before the verb in its clause (asides not holding the
verb are skipped), after it (Korean and Japanese put negation and intention after
the verb), and at the sentence around it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.detect.denials import not_signatory, retracted
from monitor.detect.language import CJK
from monitor.detect.lexicon_context import AFTER_CLAUSE, BLOCK_AFTER, BLOCK_BEFORE, FUTURE
from monitor.detect.markers import DRAFT, GOVERNMENT, HEARSAY, PARLIAMENT, SUBMITTED_BILL
from monitor.detect.spans import Span, asides, clause_bounds

if TYPE_CHECKING:
    from monitor.detect.events import Prepared

# Suggestions anywhere before a CJK verb: what could or should be done, not what was.
_CJK_MOOD = re.compile(r"或许|或許|也许|也許|不妨|思路|かもしれない|べきだ|할 수도")


def _government_draft(prepared: Prepared) -> bool:
    """Whether the sentence is about a government adopting a draft (no ratification yet)."""
    folded = prepared.folded
    government = GOVERNMENT.search(folded)
    if government is None or not DRAFT.search(folded):
        return False
    parliament = PARLIAMENT.search(folded)
    return parliament is None or government.start() < parliament.start()


def outside(span: tuple[int, int], verb: Span) -> bool:
    """Whether the verb lies outside the span (an aside around other words)."""
    return not (span[0] <= verb.start < span[1])


def _without_asides(view: str, verb: Span) -> str:
    """The view with asides not containing `verb` blanked (their words do not govern it)."""
    for start, end in asides(view):
        if outside((start, end), verb):
            view = view[:start] + " " * (end - start) + view[end:]
    return view


# A participle without its auxiliary shares the one of an earlier, coordinated participle.
_PARTICIPLE = {"pt": r"(?:ad|id)[ao]s?$", "es": r"(?:ad|id)[ao]s?$", "fr": r"(?:e|ee|es|ees)$"}
_AUXILIARY = re.compile(
    r"\b(?:foi|foram|e|sao|era|eram|sido|tem|tinha|havia|ha|fue|fueron|es|son|han|habia|"
    r"est|sont|a|ont|avait|ete|fut|y|et)\s+(?:\w+\s+)?$"
)


_PRETERITE = re.compile(r"(?:aron|ieron|o|io)\b")
_AFFIRMING_SI = re.compile(r"\bsi\s+(?:lo\s+|la\s+)?$")
_BUT = re.compile(r"\b(?:but|mais|pero|mas|aber|ale|но|tapi|namun|while|whereas)\b|nhưng|;")
_THEN = re.compile(
    r",?\s*(?:lalu|kemudian|then|and then|puis|ensuite|luego|y luego|e depois|depois|und dann|dann|"
    r"a potem|potem|а затем|затем|rồi|sau đó)\s+$"
)


def _bare_participle(prepared: Prepared, verb: Span) -> bool:
    ending = _PARTICIPLE.get(prepared.lang)
    if ending is None or " " in prepared.view[verb.start : verb.end]:
        return False
    if not re.search(ending, prepared.view[verb.start : verb.end]):
        return False
    return not _AUXILIARY.search(prepared.folded, max(0, verb.start - 25), verb.start)


def blocked(prepared: Prepared, verb: Span) -> bool:
    """Whether an intention, appeal, negation or condition governs `verb`."""
    if verb.action == "ratification" and verb.kind != "deposit" and _government_draft(prepared):
        return True
    if SUBMITTED_BILL.search(prepared.folded, max(0, verb.start - 120), verb.start):
        return True
    if retracted(prepared.folded, verb.start) or not_signatory(
        prepared.folded, verb.start, verb.end
    ):
        return True
    start, _ = clause_bounds(prepared.view, verb, prepared.lang)
    width = 14 if prepared.lang in CJK else 60
    if _bare_participle(prepared, verb):  # "terá de ser aprovada …, e o instrumento depositado"
        width = verb.start
    window = _without_asides(prepared.view, verb)[max(start, verb.start - width) : verb.start]
    if prepared.lang == "es" and _PRETERITE.search(prepared.view, verb.start, verb.end):
        window = _AFFIRMING_SI.sub(" ", window)  # "Brasil y Perú sí firmaron" (folded: "si")
    before = BLOCK_BEFORE.get(prepared.lang)
    if before and re.search(before, window):
        return True
    if prepared.lang in CJK and _CJK_MOOD.search(prepared.view, 0, verb.start):
        return True  # "德国的做法或许提供了一种思路：…加入联合国公约": a suggestion
    if before and _THEN.search(prepared.view, max(0, verb.start - 25), verb.start):
        # "Indonesia masih harus mengesahkannya, lalu menyerahkan instrumen": a shared modal
        wider = prepared.view[max(0, verb.start - 120) : verb.start]
        wider = _BUT.split(wider)[-1]  # "Kenya will not sign, but Ghana signed and then …"
        if re.search(before, wider):
            return True
    if start and HEARSAY.search(prepared.folded, max(0, start - 40), start):
        return True
    if _after_a_plan(prepared, verb):
        return True
    after = BLOCK_AFTER.get(prepared.lang)
    return bool(after and re.search(after, prepared.view[verb.end : verb.end + 70]))


def _after_a_plan(prepared: Prepared, verb: Span) -> bool:
    """Whether the verb sits in an 'after'-clause whose main clause is future ("After the DPR
    passes it, the instrument will be deposited"): the act is then planned too."""
    after, future = AFTER_CLAUSE.get(prepared.lang), FUTURE.get(prepared.lang)
    if after is None or future is None:
        return False
    view = prepared.view
    sentence_start = max(view.rfind(c, 0, verb.start) for c in ".;")
    opener = None
    for match in re.finditer(after, view[: verb.start]):
        inside = not re.search(r"[,;]", view[match.end() : verb.start])
        if match.start() > sentence_start and inside:
            opener = match
    if opener is None:
        return False
    comma = view.find(",", verb.end)
    ends = [i for i in (view.find(".", verb.end), view.find(";", verb.end)) if i >= 0]
    end = min(ends) if ends else len(view)
    main = view[comma:end] if 0 <= comma < end else ""
    main += " " + view[max(sentence_start + 1, opener.start() - 80) : opener.start()]
    return bool(re.search(future, main))
