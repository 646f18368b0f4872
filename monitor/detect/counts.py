"""Aggregate counts: "72 states signed", "signatories rose to 74", "the 12th ratification".

A count is a number (not a year, date or article number) attached to a noun
for countries next to a usable signature/ratification verb of the same clause,
a stated total ("the number of signatories reached 79"), or an ordinal ("the
12th country to ratify", "quốc gia thứ sáu").  Numbers in requirements ("40
ratifications are needed", entry into force) and approximations ("nearly 70")
are not counts.  Number words are read in en/de/fr/es/pt ("Seventy-two countries", "zwölf Staaten").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from monitor.detect.clauses import Span
from monitor.detect.lexicon_context import INCLUDING
from monitor.detect.numbers import spell_numbers, spell_ordinals

_NUM = r"(?<![A-Za-z\d.,/:-])(\d{1,3})(?![\d]|[.,:/-]\d)"
_COUNTRY_NOUN = (
    r"\s*(?:(?:(?!\d)\w+|-)\s+){0,2}?(?:countries|states|nations|member states|governments|"
    r"quốc gia|quoc gia|nước|nuoc|pays|etats|paises|estados|naciones|nacoes|staaten|"
    r"lander|länder|mitgliedstaaten|kraj\w*|panstw\w*|стран\w*|государств\w*|negara|bên)\b"
    r"|\s*(?:个|個)?(?:国家|國家|成员国|成員國|国(?!际|際|内|家)|國(?!際|內|家))|\s*(?:か国|カ国|ヵ国|ヶ国|ケ国)"
    r"|\s+(?:of|out of) (?:the |all )?\d{1,3} (?:\w+ ){0,2}?(?:countries|states|nations)\b"
    r"|\s*(?:개국|개 ?나라|개 ?국가)|\s*(?:دولة|دول|بلدا|بلدان)"
)
_COUNTED = re.compile(_NUM + "(?:" + _COUNTRY_NOUN + ")")
_SIGN = re.compile(
    r"sign|sygnat|ký|firm|assin|unterzeich|unterschr|podpis|подпис|签署|簽署|署名|서명|وقع|"
    r"andatang"
)
_RATIFY = re.compile(
    r"ratif|ratyf|phê chuẩn|phe chuan|ратифиц|присоедин|批准|비준|صادق|مصادق|تصديق|do so|parties|"
    r"party|vertragsstaat|"
    r"участник|partes|stron|缔约|締約|اودع|ايداع|depos|adher|adhe|сдал|депонир|vertrag|"
    r"thành viên|pihak|締約國|당사국|가입|\bparte\b|"
    r"締約|缔约|당사국|交存"
)
_V_VI = r"(\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
# Totals and ordinals: group 1 is the number; the action comes from the words matched.
_STATED = tuple(
    re.compile(p)
    for p in (
        r"\bnumber of (?:signatories|signatures|countries|states|parties|ratifications)\b"
        r"[^.;]{0,80}?\b(?:to|at|reached|is|now|stands at|rose to|climbed to|of)\s+" + _NUM,
        r"\bsignatories\b[^.;]{0,40}?\b(?:rose|risen|reached|grew|climbed|increased|stands?|stood|"
        r"totals?|totalled|totaled|is now|now)\b[^\d]{0,12}" + _NUM,
        _NUM + r"\s+(?:signatories|signatures|signataires|signatarios|firmantes|firmas|assinaturas|"
        r"sygnatariusz\w*|unterzeichner\w*|unterschriften|"
        r"подписант\w*|signatory (?:states|countries))\b",
        r"(\d{1,3})\s*(?:个|個)?(?:签署国|簽署國)|(\d{1,3})\s*(?:か国|カ国)?の?署名国|"
        r"(\d{1,3})\s*개 ?서명국|서명국(?:은|이|수는)? (\d{1,3})개국",
        r"署名(?:国|した国)(?:は|が|数は)?(?:計|合計)?(\d{1,3})(?:か国|カ国)",
        r"(?:签署|簽署)(?:国|國|国家|國家)(?:数量|數量|总数)?(?:已)?(?:达到|達到|增至|达|達|为|為)(\d{1,3})",
        r"\b(\d{1,3})(?:st|nd|rd|th) (?:(?:country|state|nation)(?: part(?:y|ies))?|party|"
        r"signatory|ratification|signature)"
        r"(?: to (?:sign|ratify|do so|deposit|accede))?",
        r"\b(\d{1,3})e (?:etat|pays) (?:signataire|a signer|a ratifier|partie)",
        r"\b(\d{1,3})e (?:signataire|etat partie)\b",
        # "le neuvième État qui a ratifié", "el noveno país que ha firmado"
        r"\b(\d{1,3})e (?:etat|pays) (?:qui|a) (?:\w+ ){0,2}?(?:sign|ratifi|depos|adher)",
        r"\b(\d{1,3})\.?[ºo°]? (?:pais|estado) que (?:\w+ ){0,2}?(?:firm|ratific|depos|adhe|assin)",
        r"\b(\d{1,3})\.?[ºo°]? (?:signatario|estado parte)\b|\bsignatario numero (\d{1,3})\b",
        r"\b(\d{1,3})\.? sygnatariusz\w*\b",
        r"\b(?:taking|bringing|brought|took|raising|raised) the (?:total|tally|count|number)"
        r"(?: of (?:signatories|signatures|ratifications|states parties|parties))? to " + _NUM,
        r"\bчисло (?:\w+ ){0,2}?(?:подписантов|подписавших|участников)[^.;]{0,60}?"
        r"(?:достигло|составило|"
        r"выросло до|возросло до)\s+" + _NUM,
        r"(?:签署方|簽署方)(?:已|已经)?(?:增至|增加到|达到|達到|达|達|为|為)(\d{1,3})|"
        r"(\d{1,3})个(?:签署方|簽署方)",
        r"第(\d{1,3})个(?:缔约国|締約國|缔约方)|(\d{1,3})个(?:缔约国|缔约方)",
        r"署名(?:は|が|国は)?(\d{1,3})(?:カ国|か国)",
        r"عدد (?:الدول|الموقعين|المصادقين)[^.،]{0,60}?(?:الي|حاليا|حاليًا)\s*" + _NUM,
        r"\b(\d{1,3})[ºo°]? (?:pais|estado) en (?:firmar|ratificar)",
        r"\bnegara\s+ke-?(\d{1,3})(?: yang)? (?:menandatangani|penandatangan|meratifikasi|"
        r"menyerahkan instrumen)",
        r"\b(\d{1,3})[ºo°]? (?:pais|estado) a (?:assinar|ratificar)",
        r"\b(\d{1,3})\.? (?:staat|land|vertragsstaat)\b[^.;]{0,60}?(?:ratifiz|unterzeichn|"
        r"hinterleg)",
        r"\b(\d{1,3})\.? (?:panstw\w*|kraj\w*)\b[^.;]{0,50}?(?:ratyfik|podpis)",
        r"(?:quốc gia|nước) thứ " + _V_VI + r" (?:đã )?(?:ký|phê chuẩn)",
        r"số (?:quốc gia|nước)[^.;]{0,90}?(?:đạt|lên|là|tăng lên)\s+" + _NUM,
        r"число (?:\w+ ){0,3}?(?:государств|стран)[^.;]{0,80}?(?:достигло|составило|"
        r"выросло до|возросло до)\s+" + _NUM,
        r"(\d{1,3})-\w{1,2} (?:страно[ио]|государством)[, ]+(?:[-–—]\s*участник\w*|ратифицировавш|"
        r"подписавш|"
        r"присоединивш)\w*|(\d{1,3})-\w{1,2} (?:страно[ио]|государством), котор\w+ "
        r"(?:\w+ ){0,2}?(?:ратифиц|подписал|присоедин|сдал|депонир)",
        r"(\d{1,3})번째 (?:비준국|서명국)",
        r"(\d{1,3})(?:番目|か国目|カ国目)の?(?:署名|批准)",
        r"第(\d{1,3}|[一二三四五六七八九十]{1,3})(?:个|個)(?:签署|簽署|批准|交存)",
        r"締約国(?:は|が|数は)?(?:計|合計)?(\d{1,3})(?:か国|カ国)",
        r"\bcompte (?:desormais |maintenant |aujourd'hui |deja )?(\d{1,3}) (?:etats|pays)"
        r"(?: et organisations)? (?:signataires|parties)",
        r"tổng số (?:bên|nước|quốc gia) (?:đã )?(?:ký|phê chuẩn)[^.;]{0,60}?lên\s+" + _NUM,
        # stated numbers of parties: "17 States parties", "Vertragsstaaten gibt es bislang 17"
        rf"{_NUM} (?:states? )?parties\b|{_NUM} etats parties\b|{_NUM} vertragsstaaten\b",
        rf"{_NUM} estados (?:son )?partes?\b",
        r"\b(?:vertragsstaaten|vertragsparteien) (?:gibt es |sind )?(?:bislang |derzeit |nun )?"
        + _NUM,
        r"\bzahl der vertragsstaaten\b[^.;]{0,40}?\bauf " + _NUM,
        r"\bstronami (?:konwencji )?(?:jest|sa) (?:obecnie |juz |teraz )?" + _NUM,
        rf"{_NUM} (?:panstw(?:a)? )?(?:stron|stronami)\b",
        r"\bучастниками (?:\w+ ){0,3}?являются " + _NUM,
        _NUM + r" (?:\w+ )?стали (?:ее |его )?участниками|(\d{1,3})-м участником",
        r"\bnegara pihak (?:\w+ ){0,3}?" + _NUM + r"|\bnegara pihak ke-?(\d{1,3})\b",
        r"(\d{1,3}) quốc gia thành viên|số (?:quốc gia )?thành viên (?:\S+ ){0,2}?(?:lên|là) "
        r"(\d{1,3})|thành viên thứ (\d{1,3})",
        r"缔约国(?:数量|總數|总数)?(?:只有|增至|达到|为|為|已有)(\d{1,3})个|第(\d{1,3})個締約國|"
        r"(\d{1,3})カ国が締約国|締約国は(\d{1,3})(?:カ国|か国)?(?:と|に)|"
        r"당사국(?:은|이|수는)? (\d{1,3})개국|(\d{1,3})개국이 (?:비준|가입)|"
        r"اودعت (\d{1,3}) دولة",
        # stated numbers of signatories
        r"\bnumero de (?:firmantes|signatarios|estados signatarios)\b[^.;]{0,30}?"
        r"\b(?:asciende|llega|sube|pasa) a " + _NUM,
        r"\b(?:pais|estado) (?:numero|n\.?º) (\d{1,3}) en (?:firmar|ratificar|suscribir)",
        r"\b(\d{1,3})\.?[ºo°]? estado (?:signatario|parte)\b",
        r"\bpenanda ?tangan ke-?(\d{1,3})\b|\bnegara ke-?(\d{1,3})(?: yang)? (?:meneken|teken)|"
        r"\b(?:menandatangani|meneken|teken)\b[^.;]{0,80}?\bsebagai negara ke-?(\d{1,3})\b",
        r"\bподписантов (?:\w+ )?" + _NUM,
        r"(?:서명국|당사국)(?:은|이|수는)? (?:현재 |모두 |총 )?(\d{1,3})개국",
        r"nâng tổng số (?:\S+ ){0,3}?lên (\d{1,3})",
        # "80 countries signed and 13 have ratified"
        r"\b(?:and|e|y|et) (\d{1,3}) (?:have |had |ja |ya |ont )?(?:already )?(?:a |o |la |l'|lo )?"
        r"(?:ratified|deposited|ratificaram|depositaram|ratificado|ratificaron|han ratificado|"
        r"depositado|ratifie)",
        r"\bучастниками (?:\w+ ){0,2}?стал[аио]? " + _NUM,
        r"bên thứ (\d{1,3}) (?:ký|phê chuẩn)",
        r"署名(?:した)?国(?:・機関|・地域|・組織)?は[^。]{0,30}?(\d{1,3})(?:と|に)",
        r"(?:توقع|وقعت|وقع)[^.]{0,80}?الدول[ةه] ال(\d{1,3})|(\d{1,3}) توقيعا|"
        r"عدد (?:الدول الموقعة|الموقعين|المصادقين|الدول الاطراف)[^.،]{0,40}?" + _NUM,
        r"\bzahl der (?:unterzeichner\w*|unterzeichnungen|vertragsstaaten)\b[^.;]{0,30}?"
        r"\b(?:bei|auf) " + _NUM,
        r"\b(\d{1,3})\. (?:staat|unterzeichnerstaat|vertragsstaat)\b",
    )
)
_ZH_DIGITS = "一二三四五六七八九"
_VI_NUMBERS = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_INCLUDING = re.compile(INCLUDING)
# Acts on many treaties at once (a UN treaty event) are no count for this convention.
_MANY_TREATIES = re.compile(
    r"\btreaty actions\b|\btreaties\b|\btraites\b|\btratados\b|\bvertrage\b|\bverträge\b|"
    r"\btraktat(?:ow|y)\b|\bдоговор(?:ов|ы|ам)\b|\bperjanjian-perjanjian\b|\bcác điều ước\b"
)
_NEXT_CLAUSE = re.compile(r",\s*(?:and|et|y|e|und|i|а|и|dan|và|while|whereas|mientras|tandis)\s")
_SUBORDINATE = re.compile(
    r"[;:]|, (?:which|that)|\b(?:where|when|at which|in which|during which|ou|lorsque|quand|"
    r"donde|cuando|onde|quando|wo|gdzie|kiedy|где|когда|ketika|saat|di mana)\b|(?<!\w)(?:khi|"
    r"nơi)(?!\w)|时|時|際|때|عندما|حيث"
)
_REQUIREMENT = re.compile(
    r"need|require|necessar|must|at least|threshold|into force|entry|vigueur|vigor|in kraft|"
    r"w zycie|в силу|生效|発効|발효|النفاذ|hieu luc|hiệu lực|berlaku|potrzeb|wymaga|необходим|"
    r"需要|必要|필요|يلزم|تحتاج|can thiet|cần|diperlukan|erforderlich|benotigt|nécessaire|"
    r"necesari|after|once|when|until|before"
)
_APPROXIMATE = re.compile(
    r"(?:nearly|almost|close to|about|around|roughly|approximately|some|more than|over|"
    r"at least|up to|dozens of|gan|gần|khoảng|hơn|prawie|niemal|około|okolo|ponad|blisko|"
    r"почти|около|более|свыше|порядка|近|将近|(?<![公条條协協])约|(?<![公条條协協])約|大约|超过|逾|(?<![가-힣])약|"
    r"قرابة|نحو|حوالي|اكثر من|"
    r"hampir|sekitar|lebih dari|fast|beinahe|rund|etwa|über|uber|ungefähr|mehr als|knapp|"
    r"quase|cerca de|mais de|aproximadamente|casi|unos|unas|alrededor de|mas de|pres de|"
    r"presque|environ|plus de|quelque)\W*$"
)


@dataclass(frozen=True)
class CountReport:
    """A number of signatures or ratifications reported as a total."""

    action: str
    count: int
    date: dt.date | None
    evidence: str


def _valid(view: str, start: int, value: int) -> bool:
    if not 1 <= value <= 200 or re.search(r"\b(?:of|out of) (?:the|all) $", view[:start]):
        return False  # "72 of the 193 member states": 193 is no count
    return not _APPROXIMATE.search(view[max(0, start - 14) : start])


def _near_verb(
    start: int, end: int, verbs: list[Span], view: str, mentions: list[tuple[int, int]]
) -> Span | None:
    """The usable verb governing a counted noun: after it in the clause, or just before it,
    with no country and no "where"/"at which" between ("72 countries attended the ceremony,
    where Kenya signed" counts nothing)."""
    after = [v for v in verbs if v.start >= end]  # the subject's own verb comes first
    for verb in after + [v for v in verbs if v.start < end]:
        left, right = (end, verb.start) if verb.start >= end else (verb.end, start)
        limit = 70 if verb.start >= end else 60
        if right < left or right - left > limit or _SUBORDINATE.search(view[left:right]):
            continue
        if verb.start >= end and re.search(r"\d", view[left:right]):
            continue  # "82 states …, and 16 states have deposited": the 16 are the subject
        if verb.start >= end and _NEXT_CLAUSE.search(view, left, right):
            continue  # "подписали 83 государства, а её участниками стали 17"
        named = any(left <= m_start < right for m_start, _ in mentions)
        if named and not _INCLUDING.search(view, left, right):
            continue
        return verb
    return None


def _counted(
    view: str, verbs: list[Span], mentions: list[tuple[int, int]]
) -> list[tuple[str, int]]:
    found = []
    for match in _COUNTED.finditer(view):
        value = int(match.group(1))
        verb = _near_verb(match.start(), match.end(), verbs, view, mentions)
        if verb is None or not _valid(view, match.start(), value):
            continue
        window = view[max(0, match.start() - 25) : max(match.end(), verb.end) + 15]
        if verb.action == "ratification" and _REQUIREMENT.search(window):
            continue
        if _REQUIREMENT.search(view[match.end() : match.end() + 30]):
            continue
        if _MANY_TREATIES.search(view, match.end(), max(match.end(), verb.start) + 40):
            continue  # "43 States undertook 120 treaty actions across 35 treaties"
        found.append((verb.action, value))
    return found


def _zh_number(raw: str) -> int:
    """The value of a Chinese numeral from 2 to 99 ("三", "十二", "二十三"), else 0 ("第一个签署"
    is the first signer of a ceremony, no tally)."""
    if not raw or raw == "一" or any(c not in _ZH_DIGITS + "十" for c in raw):
        return 0
    if "十" not in raw:
        return _ZH_DIGITS.index(raw) + 1 if len(raw) == 1 else 0
    tens, _, units = raw.partition("十")
    value = (_ZH_DIGITS.index(tens) + 1 if tens else 1) * 10
    return value + (_ZH_DIGITS.index(units) + 1 if units else 0)


# A number that is no count of days ("90 days after the 40th ratification").
_NOT_DAYS = re.compile(
    r"(?<!\d)\d{1,3}(?!\d|\s*(?:days?|jours?|dias|días|tage\w*|dni|дн\w*|hari|ngày|日|일))"
)


def _about_requirement(view: str, start: int, end: int, number: int) -> bool:
    """Whether a requirement word near the match speaks of its number rather than of another
    one ("17 Estados son parte, que requiere 40 ratificaciones": the 40 is required)."""
    left, right = max(0, start - 40), end + 40
    numbers = [m.start() for m in _NOT_DAYS.finditer(view[: right + 20])]
    for requirement in _REQUIREMENT.finditer(view, left, right):
        between = view[min(end, requirement.start()) : max(start, requirement.end())]
        if ";" in between or "," in between:
            continue  # "17 Staaten; in Kraft tritt es nach der 40. …": another clause
        nearest = min(numbers, key=lambda n: abs(n - requirement.start()), default=number)
        if start <= nearest < end or nearest == number:
            return True
    return False


def _stated(view: str, verbs: list[Span]) -> list[tuple[str, int]]:
    found = []
    for pattern in _STATED:
        for match in pattern.finditer(view):
            group = next(i for i, g in enumerate(match.groups(), 1) if g)
            raw = match.group(group)
            value = int(raw) if raw.isdigit() else _VI_NUMBERS.get(raw, 0) or _zh_number(raw)
            text = match.group()
            if _RATIFY.search(text):
                action = "ratification" if "do so" not in text or not verbs else verbs[0].action
            elif _SIGN.search(text):
                action = "signature"
            elif verbs:  # "…, taking the total to 73": the total of the sentence's act
                action = verbs[0].action
            else:
                continue
            if _valid(view, match.start(group), value) and (
                action == "signature"  # thresholds are numbers of ratifications
                or not _about_requirement(view, match.start(), match.end(), match.start(group))
            ):
                found.append((action, value))
    return found


def sentence_counts(
    view: str,
    verbs: list[Span],
    evidence: str,
    date: dt.date | None,
    mentions: list[tuple[int, int]] | None = None,
    lang: str = "en",
) -> list[CountReport]:
    """Counts stated in one sentence (view: the folded or lower-cased sentence; mentions:
    spans of the countries it names)."""
    view = spell_ordinals(spell_numbers(view, lang), lang)
    stated = _stated(view, verbs)
    named = {value for _, value in stated}  # a stated total knows its own action
    pairs = [p for p in _counted(view, verbs, mentions or []) if p[1] not in named] + stated
    return [CountReport(action, value, date, evidence) for action, value in pairs]
