"""Gapped clauses that repeat an act for more countries without repeating its verb:
"Ghana and Jordan signed in January, Angola in February and Kenya in March";
"Thailand signed on 1 October and Senegal on 13 October"; "Die Schweiz unterzeichnete im
April, Portugal erst am Dienstag".

After the clause of a verb with agents, each following segment (cut at commas, semicolons
and "and") that opens with a country list and holds nothing else but a date, a
preposition phrase ("for Africa", "en août") or an adverb ("erst", "also") gets the verb's
action.  The first segment that does not fit ends the chain, so "Angola protested" or
"Angola did not" add nothing.  In Chinese, Japanese and Korean the gapped segments come
first: "マレーシアが9月、タイが10月に署名した".
"""

from __future__ import annotations

import re

from monitor.detect.clauses import Span
from monitor.detect.countries import CountryMention
from monitor.detect.dates import _months
from monitor.detect.lexicon_context import BLOCK_BEFORE

# Segment boundaries: punctuation, and "and" words that may open a segment.
_CUT = re.compile(r"\s*[,;]\s*|\s+(?:and|et|y|e|und|i|и|а|dan|và|oraz|puis|then|ainda)\s+")
_OPEN = re.compile(
    r"^(?:(?:and|et|y|e|und|i|и|а|dan|và|oraz|puis|then|finally|enfin|luego|depois|dann|"
    r"potem|затем|kemudian|sau đó|also|aussi|tambien|tambem|auch|takze|также|juga|sedangkan|"
    r"còn|whereas|while|mientras que|tandis que|enquanto|während|podczas gdy)(?:\s+|$))*"
    r"(?:(?:the|la|le|les|l'|el|los|las|o|a|os|as|die|der|das)\s*)?$"
)
# Words a gapped segment may hold besides its countries.
_FILLER = re.compile(
    r"^(?:in|on|at|for|from|since|during|by|until|en|em|no|na|nos|nas|au|aux|a|à|al|el|le|la|"
    r"de|del|da|do|des|du|am|im|um|seit|ab|für|fur|w|we|z|dla|od|в|во|на|с|к|для|pada|di|"
    r"untuk|sejak|bulan|tanggal|vào|ngày|tháng|năm|từ|hồi|trong|the|its|their|only|just|"
    r"also|too|later|earlier|then|recently|last|this|next|week|month|year|day|erst|schon|"
    r"bereits|noch|auch|aussi|seulement|ensuite|puis|tambien|solo|luego|tambem|so|depois|"
    r"takze|tez|dopiero|juz|также|тоже|лишь|уже|juga|baru|hanya|cũng|mới|side|là|thứ|"
    r"\d{1,4}(?:st|nd|rd|th|er|e|º|\.)?|as|'s|same|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$"
)
# A segment ending in a place ("di New York", "à Genève"), not in a date.
_AT_PLACE = re.compile(
    r"\b(?:in|at|di|à|a|en|em|no|na|w|we|в|во|tại|ở|im|au)\s+"
    r"(?:(?:the |la |a )?(?:city|capital|ciudad|ville|cidade|stadt|miasto|город\w*|kota|"
    r"thành phố|thủ đô) (?:of |de |d'|do |da |der )?)?\S+(?:\s+\S+)?\s*$"
)


def _at_place(segment: str, months: dict[str, int]) -> bool:
    """Whether a segment ends in a place phrase rather than a date ("in May", "am 3.")."""
    match = _AT_PLACE.search(segment)
    if match is None:
        return False
    words = match.group().split()[1:]
    return not any(w.rstrip(".") in months or any(c.isdigit() for c in w) for w in words)


# Auxiliaries and negations: a segment holding one has a verb of its own.
_VERB_WORD = re.compile(
    r"has|have|had|is|was|were|did|does|do|not|ont|est|sont|avait|etait|pas|ha|han|fue|fueron|"
    r"foi|foram|tem|nao|hat|haben|ist|sind|wurde|wurden|war|nicht|kein\w*|nie|ani|не|ни|был\w*|"
    r"tidak|belum|telah|sudah|chưa|không|đã"
)
# Filler words that are verbs or negations in one language ("a" in French, "no" in Spanish).
_NOT_FILLER = {"fr": ("a",), "es": ("no",)}
_MAX_TAIL = 7
_LIST_GAP = re.compile(r"\s*(?:,|and|et|y|e|und|i|и|dan|và|or|ou|o)?\s*")


def _segments(view: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the segments after `start`, up to the end of the sentence."""
    end = len(view)
    stop = re.search(r"[.!?:](?:\s|$)", view[start:])
    if stop:
        end = start + stop.start()
    bounds, position = [], start
    for cut in _CUT.finditer(view, start, end):
        bounds.append((position, cut.start()))
        position = cut.start() if cut.group().strip() not in ",;" else cut.end()
    bounds.append((position, end))
    return [b for b in bounds if b[1] > b[0]]


def _opens(lead: str, months: dict[str, int]) -> bool:
    """Whether a segment's words before its countries only open it ("and", "a we wrześniu")."""
    lead = lead.strip()
    if _OPEN.match(lead):
        return True
    words = lead.split()
    while words and _OPEN.match(words[0]):
        words = words[1:]
    return 0 < len(words) <= 3 and all(_FILLER.match(w) or _is_month(w, months) for w in words)


def _is_month(word: str, months: dict[str, int]) -> bool:
    """A month name in any case form ("wrześniu", "сентябре")."""
    word = word.rstrip(".,")
    return word in months or (len(word) >= 5 and any(m[:5] == word[:5] for m in months))


def _tail_ok(tail: str, lang: str, months: dict[str, int]) -> bool:
    tokens = [t for t in re.split(r"[\s()]+", tail) if t]
    if not tokens:
        return True
    if any(_VERB_WORD.fullmatch(t) for t in tokens) or tokens[0] in _NOT_FILLER.get(lang, ()):
        return False  # "puis la France a accueilli …", "China y Rusia no firmaron"
    block = BLOCK_BEFORE.get(lang)
    words = " ".join(t for t in tokens if t.rstrip(".") not in months)  # "in May" is no modal
    if len(tokens) > _MAX_TAIL or (block and re.search(block, words)):
        return False
    return bool(_FILLER.match(tokens[0].rstrip("."))) or _is_month(tokens[0], months)


def _merged(view: str, bounds: list[tuple[int, int]], mentions: list) -> list[tuple[int, int]]:
    """Segments with a bare country list joined to the next one: "China y Rusia no firmaron"
    is one segment, not "China" and "y Rusia no firmaron"."""
    merged: list[tuple[int, int]] = []
    for start, end in bounds:
        if (
            merged
            and _bare_list(view, merged[-1], mentions)
            and view[start:end].strip()[:1].isalpha()
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _bare_list(view: str, bounds: tuple[int, int], mentions: list) -> bool:
    inside = [m for m in mentions if bounds[0] <= m.start and m.end <= bounds[1]]
    return bool(inside) and not view[inside[-1].end : bounds[1]].strip()


def gapped(
    view: str, mentions: list[CountryMention], verb: Span, agents: list[CountryMention], lang: str
) -> list[CountryMention]:
    """Countries of gapped segments after the clause of `verb` (whose agents are `agents`)."""
    if lang in ("zh", "ja", "ko", "ar") or not agents:
        return []
    months = _months(lang)[0]
    origin = max(verb.end, max(m.end for m in agents))
    found: list[CountryMention] = []
    previous = ""
    for start, end in _merged(view, _segments(view, origin), mentions):
        if start == origin:  # the rest of the verb's own clause ("signed it on Monday")
            previous = view[start:end]
            continue
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if not inside or not _opens(view[start : inside[0].start], months):
            break
        if _at_place(previous, months):
            break  # "in New York, United States": the country places the city
        previous = view[start:end]
        listed = [m for m in inside if m not in agents]
        between = [view[a.end : b.start] for a, b in zip(inside, inside[1:], strict=False)]
        if any(not _LIST_GAP.fullmatch(gap) for gap in between):
            break
        if not _tail_ok(view[inside[-1].end : end], lang, months):
            break
        found += listed
    return found


# A CJK segment before the verb's agents: a date, a country, its parliament, a particle, a date
# ("マレーシアが9月", "5月にロシア", "키르기스스탄 의회는 지난 7월").
_CJK_DATE = (
    r"(?:(?:今年|昨年|去年|지난|올해)\s*)?(?:[\d０-９]{1,4}\s*(?:年|月|日|년|월|일)\s*){1,3}"
    r"(?:には|에는|では|に|에|中旬|上旬|下旬|初め|末|초|말)?|지난달|지난해|先月|上月|去年"
)
_CJK_LEAD = re.compile(rf"(?:{_CJK_DATE})\s*$")
_CJK_TAIL = re.compile(
    r"\s*(?:(?:의|の)?\s*(?:의회|상원|하원|국회|議会|上院|下院|国会|议会|参议院|众议院|参院|衆院))?"
    rf"\s*(?:が|は|も|이|가|은|는|도|于|於|在)?\s*(?:{_CJK_DATE})?\s*"
    # a rank after the date: "러시아는 5월 20일 세 번째로, 베트남은 …"
    r"(?:(?:\d{1,3}|첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*번째로|\d{1,3}(?:番目|カ国目|か国目)に?)?\s*"
)
_CJK_SEPARATORS = "、，,"


def _before_lead(view: str, position: int) -> str:
    """The text before `position` without a date that leads its segment."""
    cut = view[:position].rstrip()
    lead = _CJK_LEAD.search(cut)
    return cut[: lead.start()].rstrip() if lead else cut


def gapped_before(
    view: str, mentions: list[CountryMention], agents: list[CountryMention], lang: str
) -> list[CountryMention]:
    """Countries of CJK gapped segments right before the first agent."""
    if lang not in ("zh", "ja", "ko") or not agents:
        return []
    found: list[CountryMention] = []
    first = agents[0]
    while True:
        cut = _before_lead(view, first.start)
        if not cut or cut[-1] not in _CJK_SEPARATORS:
            return found
        earlier = [m for m in mentions if m.end <= len(cut) - 1]
        if not earlier:
            return found
        mention = earlier[-1]
        opening = _before_lead(view, mention.start)
        if opening and opening[-1] not in _CJK_SEPARATORS + "は。":
            return found
        if not _CJK_TAIL.fullmatch(view[mention.end : len(cut) - 1]):
            return found
        found.append(mention)
        first = mention
