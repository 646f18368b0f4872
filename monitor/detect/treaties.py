"""Treaty references in a sentence: ours, other named treaties, and other agreements.

Patterns run on the folded text (`textnorm.fold`).  A *named* reference says
which treaty a sentence is about; an *object* reference (an MoU, a trade
agreement, a protocol) only matters as the object of a verb; a *generic* one
("the convention", "公约") refers to whatever treaty the article is discussing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OURS = re.compile(
    r"(?:convention|konvention|konwencj\w*|convencion|convencao|konvensi|cong uoc|traite|treaty)"
    r" (?:de |z |of |von )?(?:ha noi|hanoi)|(?:ha noi|hanoi)[- ](?:convention|konvention|treaty)|"
    r"ханоиск\w* конвенц\w*|河内公约|河內公約|ハノイ条約|하노이 ?협약|اتفاقية هانوي|"
    r"\b(?:un|u\.n\.|united nations) (?:text|treaty|convention|instrument|pact)\b|"
    r"convention onusienne|traite onusien|texte onusien|"
    r"(?:convention|convencion|convencao|tratado|traite|texte|texto|konvention|ubereinkommen) "
    r"(?:de l'|de la |da |de |des |der )?(?:onu|nations unies|naciones unidas|nacoes unidas|uno)\b|"
    r"\b(?:un|uno|onu|oon|оон|pbb)[- ](?:konvention|ubereinkommen|convention|convencion|convencao|"
    r"konwencj\w*|konvensi|конвенци\w*|cybercrime|treaty|tratado|traite)|"
    r"against cybercrime|contre la cybercriminalite|contra la ciberdelincuencia|"
    r"contra el cibercrimen|"
    r"contra (?:o|a) (?:cibercrime|crime cibernetico|criminalidade cibernetica)|"
    r"gegen (?:die )?cyberkriminalitat|przeciwko cyberprzestepczosci|против киберпреступност\w*|"
    r"(?:tentang|melawan|menentang|pemberantasan) kejahatan siber|chong toi pham mang|"
    r"打击网络犯罪|打擊網絡犯罪|国連サイバー犯罪|国連の?サイバー犯罪|유엔 ?사이버 ?범죄|"
    r"الجريمة السيبرانية|الجرايم السيبرانية|الجرايم الالكترونية|الجريمة الالكترونية|"
    r"(?:un|united nations|global|new) cybercrime (?:convention|treaty)|un-cybercrime|"
    r"cybercrime-konvention|"
    r"konwencj\w* (?:onz|narodow zjednoczonych)|конвенци\w* оон|"
    r"联合国.{0,8}公约|聯合國.{0,8}公約|국제연합.{0,6}협약|유엔.{0,8}협약|"
    r"cong uoc cua lien hop quoc|nations unies contre|naciones unidas contra|nacoes unidas contra|"
    r"vereinten nationen gegen|narodow zjednoczonych przeciwko|konvensi pbb|"
    r"resolution 79/243|xviii-16"
)
OTHER_NAMED = re.compile(
    r"budapest|budapeszt|будапешт\w*|布达佩斯|布達佩斯|ブダペスト|부다페스트|بودابست|"
    r"council of europe|conseil de l'europe|consejo de europa|conselho da europa|europarat\w*|"
    r"rady europy|совет\w* европы|欧洲委员会|歐洲委員會|欧州評議会|유럽\s?평의회|مجلس اوروبا|"
    r"hoi dong chau au|dewan eropa|ets ?(?:no\.? ?)?185|"
    r"corruption|corrupcion|corrupcao|korupsi|korupcj\w*|korruption|коррупци\w*|腐败|腐敗|부패|"
    r"الفساد|tham nhung|transnational organi[sz]ed crime|criminalite transnationale organisee|"
    r"delincuencia organizada transnacional|crime organizado transnacional|"
    r"organisierte kriminalitat|przestepczosci zorganizowanej|организованн\w* преступност\w*|"
    r"палермск\w*|"
    r"有组织犯罪|有組織犯罪|国際組織犯罪|조직범죄|الجريمة المنظمة|to chuc xuyen quoc gia|"
    r"kejahatan terorganisasi|transnasional yang terorganisasi|tindak pidana transnasional|"
    r"kejahatan transnasional|palermo|paris agreement|accord de paris|acuerdo de paris|"
    r"(?<!un )(?<!nations )convention on cybercrime|convention sur la cybercriminalite|"
    r"convenio sobre (?:la )?ciberdelincuencia|convenio de budapest|convencao sobre o cibercrime|"
    r"ubereinkommen uber (?:die )?(?:computer|cyber)kriminalitat|konwencj\w* o cyberprzestepczosci|"
    r"конвенци\w* о киберпреступност\w*"
)
# Other treaties named after a place or body ("Istanbul Convention", "Arab Convention").
OTHER_PLACES = re.compile(
    r"\b(?:istanbul|geneva|ottawa|minamata|rome|kyoto|oslo|stockholm|basel|rotterdam|aarhus|"
    r"lanzarote|malabo|merida|warsaw|vienna|hague|montreal|arab|african union|inter-american|"
    r"asean|shanghai)(?:'s)? (?:convention|treaty|statute|protocol|charter)\b|"
    r"\b(?:convention|convencion|convencao|konvention) (?:d'|de |von )?(?:istanbul|geneve|"
    r"ginebra|genebra|genf|ottawa|minamata|malabo|merida|viena|wien)|الاتفاقية العربية|"
    r"arab convention|convention arabe|convencion arabe|rome statute|statut de rome"
)
# A convention word followed by a subject that is not cybercrime ("Convention on the Rights
# of the Child") names another treaty.
_SUBJECT = re.compile(
    r"\s+(?:on|against|for|concerning|relating to|sur|contre|relative (?:a|aux)|sobre|contra|"
    r"relativa a|uber|über|gegen|zur|zum|o|przeciwko|w sprawie|о|об|против|tentang|mengenai|"
    r"melawan|ve|về|chong|chống)\s+(?:the |la |le |les |el |los |o |a |die |den |das )?"
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|behalf|its|their|"
    r"this|that|which|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|fevr|avr|mai|"
    r"juin|juil|aout|sept|ene|abr|ago|dic|fev|out|dez|marz|okt|stycz|lut|kwie|maj|czerw|lip|"
    r"sierp|wrze|pazdz|listop|grud|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек|thang|"
    r"mei|agu|des|new york|hanoi|ha noi))(\w+)"
)
_CYBER = re.compile(r"cyber|ciber|кибер|siber|mang|mạng|informat|ict\b|technolog|tecnolog")
OBJECT_OTHER = re.compile(
    r"\b(?:memorand\w*|mous?|agreements?|deals?|contracts?|joint statements?|declarations?|"
    r"protocols?|accords?|acuerdos?|acordos?|vereinbarung\w*|porozumien\w*|umow\w*|"
    r"\w*protokoll\w*|zusatzprotokoll\w*|"
    r"соглашени\w*|меморандум\w*|протокол\w*|protocole|protocolo|protokol\w*|hiep dinh|"
    r"thoa thuan|ban ghi nho|nghi dinh thu|hop dong|perjanjian|nota kesepahaman|kesepakatan|"
    r"contrat|contrato)\b|"
    # cooperation documents ("trois instruments de coopération", "협력 문서")
    r"\b(?:instrument\w*|document\w*|dokument\w*|documento\w*|accords?|acuerdos?|acordos?|"
    r"agreements?|documents?|dokumen|van kien|документ\w*|соглашени\w*) "
    r"(?:de |of |on |o |kerja ?sama |об? |about )?(?:la |)(?:cooperation|cooperacion|cooperacao|"
    r"kooperation|wspolpracy|сотрудничеств\w*|kerja ?sama|hop tac)\b|"
    r"\b(?:cooperation|kooperations|kerja ?sama|hop tac) ?(?:agreements?|documents?|"
    r"instruments?|abkommen|vereinbarung\w*|dokument\w*|dokumen|van kien)\b|"
    r"\bvan kien hop tac\b|合作文件|合作协议|合作協議|合作备忘录|協力文書|협력 ?문서|협력 ?문건|"
    r"وثايق تعاون|وثيقة تعاون|协议|協議|协定|協定|备忘录|備忘錄|议定书|議定書|覚書|"
    r"협정|양해각서|의정서|اتفاق(?!ي)|مذكرة|بروتوكول|اتفاقي[ةه] (?:لل|ل|بشان|حول|تعاون|تجار)"
)
GENERIC = re.compile(
    r"\b(?:convention|treaty|pact|pakt|pacto|konwencj\w*|конвенци\w*|convencion|convencao|"
    r"ubereinkommen\w*|"
    r"konvention|traktat\w*|konvensi|cong uoc|traite|договор\w*|abkommen|tratado|vertrag\w*|"
    r"van kien|"
    r"texte?|text|texto|document|documento|dokument\w*|dokumen|документ\w*|instrument\w*|"
    r"convenio)\b|"
    r"公约|公約|条约|條約|条約|협약|조약|اتفاقية|معاهدة"
)


@dataclass(frozen=True)
class TreatyRef:
    """A treaty reference: kind is 'ours', 'other', 'object' or 'generic'."""

    start: int
    end: int
    kind: str


def treaty_refs(folded: str, original: str | None = None) -> list[TreatyRef]:
    """Treaty references in a folded sentence (`original`: the same text unfolded), in order."""
    original = folded if original is None else original
    refs: list[TreatyRef] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in (
        ("other", OTHER_NAMED),
        ("other", OTHER_PLACES),
        ("ours", OURS),
        ("object", OBJECT_OTHER),
        ("generic", GENERIC),
    ):
        for match in pattern.finditer(folded):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            refs.append(TreatyRef(match.start(), match.end(), kind))
    refs.sort(key=lambda ref: ref.start)
    return [_qualified(ref, refs, folded, original) for ref in refs]


def _qualified(ref: TreatyRef, refs: list[TreatyRef], folded: str, original: str) -> TreatyRef:
    """A vague "UN convention" followed at once by another treaty's subject is that treaty."""
    if ref.kind not in ("ours", "generic"):
        return ref
    subject = _SUBJECT.match(folded, ref.end)
    if (
        ref.kind == "generic"
        and subject
        and original[subject.start(1)].isupper()
        and not _CYBER.search(folded, ref.end, ref.end + 60)
    ):
        return TreatyRef(ref.start, ref.end, "other")
    for other in refs:
        if other.start >= ref.end and other.start - ref.end <= 30:
            if other.kind == "other":
                return TreatyRef(ref.start, ref.end, "other")
            if other.kind == "ours":
                return ref
    return ref


# Sentences without a named treaty after which the article's main treaty is back in focus.
TOPIC_DECAY = 2


def main_treaty(ref_lists: list[list[TreatyRef]]) -> str:
    """The treaty an article discusses most: 'ours' unless more sentences name only others."""
    ours = sum(1 for refs in ref_lists if any(ref.kind == "ours" for ref in refs))
    other = sum(
        1
        for refs in ref_lists
        if any(ref.kind == "other" for ref in refs) and not any(ref.kind == "ours" for ref in refs)
    )
    return "other" if other > ours else "ours"


def current_context(previous: str, quiet: int, main: str) -> str:
    """The context a sentence starts in: the last named treaty, or, in an article mainly about
    this convention, this convention again after `TOPIC_DECAY` sentences naming no treaty."""
    return "ours" if quiet >= TOPIC_DECAY and main == "ours" else previous


def sentence_context(refs: list[TreatyRef], previous: str) -> str:
    """What the article is discussing after this sentence: 'ours', 'other' or 'object'.

    A sentence about this convention that compares it with another ("the convention is an
    alternative to the Budapest Convention": a generic reference first) keeps it in focus."""
    named = [ref for ref in refs if ref.kind in ("ours", "other", "object")]
    if not named:
        return previous
    if previous == "ours" and named[-1].kind == "other" and refs[0].kind == "generic":
        return "ours"
    return named[-1].kind
