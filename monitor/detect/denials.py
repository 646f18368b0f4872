"""Shapes that name a country next to a signature word without saying it signed.

Two families, found as false alerts on pages the rules were not tuned on (neither/nor
is a negation blocker in `lexicon_context`):

- corrections and retractions ("Correction: ... incorrectly stated that Canada
  had signed", "Berichtigung", "更正"): the sentence reports what was *not* so;
- negative, potential or absent signatories ("non-signatories include",
  "potential signatories", "absent among the signatories", "missing from the
  list of signatories", "Nichtunterzeichner", "signataires potentiels").

Patterns run on folded text (`textnorm.fold`), which has the view's offsets.
"""

from __future__ import annotations

import re

# A correction notice or a claim declared wrong: nothing in the sentence is a fact.
RETRACTION = re.compile(
    r"\b(?:correction|corrections|erratum|errata|rectificatif|rectification|berichtigung|"
    r"korrektur|correccion|fe de erratas|correcao|errata|sprostowanie|ralat|koreksi|"
    r"dinh chinh|исправлени\w*)\s*[:\-–—]|"
    r"\b(?:incorrectly|wrongly|falsely|erroneously|mistakenly|inaccurately)\s+"
    r"(?:\w+\s+){0,2}?(?:stated|reported|said|claimed|suggested|indicated|listed|named|"
    r"included|described|wrote|identified)\b|"
    r"\ban? (?:earlier|previous) version of (?:this|the) (?:story|article|report)\b|"
    r"\b(?:a tort|par erreur|erronement|faussement)\b|"
    r"\b(?:erroneamente|equivocadamente|por error|incorrectamente|falsamente|"
    r"por engano|incorretamente)\b|"
    r"\b(?:falschlich\w*|irrtumlich\w*|falsch (?:berichtet|gemeldet|angegeben))\b|"
    r"\b(?:ошибочно|неверно|по ошибке)\b|"
    r"\b(?:blednie|omylkowo|mylnie)\b|"
    r"\b(?:keliru|salah) (?:menyebut|memberitakan|melaporkan)\b|"
    r"\b(?:nham|sai) (?:lan|su that)\b|"
    r"\b(?:bai viet|ban tin|bai bao)\b[^.]{0,150}?\b(?:co neu|da neu|neu|cho rang|viet rang)\b|"
    r"\bthong tin (?:khong chinh xac|sai)\b|\bchung toi (?:da )?dua tin\b|"
    # fact-checks: "The claim: social media posts say that Canada signed"
    r"\b(?:the claim|claim|verdict|fact check|fact-check|affirmation|verificacion|verificacao|"
    r"behauptung|twierdzenie|утверждение|klaim)\s*:|"
    r"\b(?:publicaciones|publicacoes|mensajes|posts?)\b[^.]{0,60}?\b(?:aseguran|afirman|dicen|"
    r"sostienen|afirmam|dizem|claim|claimed|say|said|allege)\b|"
    r"\b(?:social media|reseaux sociaux|redes sociales|redes sociais|sozialen medien|"
    r"mediach spolecznosciowych|соцсет\w*|социальных сетях|media sosial)\b|"
    r"更正|订正|訂正|勘误|勘誤|误报|誤報|错误地|錯誤地|誤って|정정|오보|잘못 보도|"
    r"تصحيح\s*:|عن طريق الخطا|بالخطا"
)

_NOUN = (
    r"(?:signator\w*|signataires?|firmantes?|signatari[oa]s?|unterzeichner\w*|"
    r"sygnatariusz\w*|penanda ?tangan|подписант\w*|государств\w* подписант\w*)"
)
# Just before a signature noun or phrase: the countries are outside the group or not yet in it.
NOT_SIGNATORY_BEFORE = re.compile(
    r"(?:\bnon[- ]?|\bnicht|\bnie ?|\bне ?|\bnao |\bno |\bnon |\bbelum |\bbukan )$|"
    r"\b(?:potential|possible|prospective|would-be|future|likely|candidate|eventual|"
    r"potentiel\w*|futur\w*|eventuel\w*|posibles?|potencial\w*|futur[oa]s?|eventuales?|"
    r"possiveis|potenciais|futur[oa]s?|potenziell\w*|moglich\w*|kunftig\w*|"
    r"potencjaln\w*|przysz\w+|ewentualn\w*|потенциальн\w*|будущ\w*|возможн\w*|"
    r"calon|potensial|"
    r"absent\w*|missing|ausente\w*|fehlend\w*|отсутству\w*|nieobecn\w*)\b[^.;]{0,25}$|"
    r"\b(?:absent|missing|left off|left out|excluded|omitted|not|nowhere)\s+"
    r"(?:from|among|on|in)\b[^.;]{0,25}$|"
    r"潜在|可能的|未签署|未簽署|未署名|잠재적|서명하지 않은|"
    r"(?<![\u0621-\u064a])(?:غير|المحتملة|المحتمل)\s*$"
)
# Right after a signature noun: "signataires potentiels", "firmantes potenciales".
NOT_SIGNATORY_AFTER = re.compile(
    r"\s*(?:potentiel\w*|eventuel\w*|potencial\w*|potenciais|possiveis|posibles|"
    r"potencjaln\w*|potensial|"
    r"المحتملة|المحتملين|المحتمل)\b"
)
_SIGNATORY = re.compile(_NOUN + r"|签署国|簽署國|署名国|서명국|الموقع\w*|الدول الموقعة")


# A claim declared wrong after it: "Reports listed the US among the signatories; they were wrong."
DECLARED_WRONG = re.compile(
    r"\b(?:claims?|reports?|rumou?rs?|berichte?|meldungen|geruchte?)\b[^.]{0,160}?\b(?:were|was|"
    r"are|is|proved|turned out to be) (?:incorrect|wrong|false|untrue|inaccurate|unfounded)\b|"
    r"\bals (?:falsch|unzutreffend|unwahr) (?:zuruckgewiesen|dementiert|bezeichnet)\b|"
    r"[;,]\s*(?:they|it|this|that|both) (?:was|were|proved|turned out to be) (?:wrong|false|"
    r"mistaken|inaccurate|untrue)\b|"
    r"[;,]\s*(?:ce qui|ce qu'elle|ils|elles) (?:s'est|se sont|etai\w+|est|sont) (?:revele\w* )?"
    r"(?:faux|fausses?|erron\w+)\b|[;,]\s*(?:lo cual|algo que) (?:resulto|era) (?:falso|erroneo)\b|"
    # hearsay and its denial: "reports that Berlin had signed, which the ministry denied"
    r"\b(?:reports?|claims?|rumou?rs?|informations?|rumeurs?|affirmations?|informes?|"
    r"informaciones|rumores|versiones|noticias|relatos|informacoes|berichte?|meldungen|"
    r"geruchte?|doniesieni\w*|plotk\w*|сообщени\w*|слух\w*|laporan|kabar|klaim|rumor)\b"
    r"[^.]{0,200}?\b(?:denied|denies|deny|dismissed|dementi\w*|desminti\w*|desmenti\w*|"
    r"zuruck(?:gewiesen)?|bestritten|zdementowa\w*|zaprzecz\w*|опроверг\w*|membantah|"
    r"dibantah|menyangkal)\b|"
    r"\b(?:tin|thong tin|bao)\b[^.]{0,120}?\b(?:bac bo|phu nhan|khong dung su that)\b|"
    r"(?:보도|전했|전한)[^.]{0,80}?(?:사실이 아니|사실이 아닌|부인했|부인하)|"
    r"(?:媒体|媒體|报道|報道|報導)[^。]{0,40}?(?:称|稱|报道|報道)[^。]{0,80}?"
    r"(?:不符|更正|否认|否認|不实|不實|并没有|並沒有)|報(?:道|じ)[^。]{0,80}?(?:否定|事実ではない|誤り)|"
    # a reproduced post: "'… just signed away your privacy,' reads one widely circulated post"
    r"\b(?:reads|read|says|said) (?:one|a|the|another) (?:\w+ ){0,3}?(?:post|posts|message|tweet|"
    r"video)\b|"
    r"\b(?:headline|post|tweet|caption|screenshot|banner)s? (?:reading|that reads|saying)\b|"
    r"\bcaptioned\b|(?:송고한|보도한|게재한) [^.]{0,60}?기사에서|\bmisread\w*|\bmisreport\w*|"
    r"(?:تقارير|انباء)[^.]{0,150}?(?:نفت|نفي|تنفي|غير صحيح)"
)


def retracted(folded: str, verb_start: int) -> bool:
    """Whether a correction notice or a "wrongly stated" precedes the verb in the sentence, or
    the sentence declares its claim wrong."""
    return bool(RETRACTION.search(folded, 0, verb_start) or DECLARED_WRONG.search(folded))


def not_signatory(folded: str, start: int, end: int) -> bool:
    """Whether the signature phrase at start:end names non-, potential or absent signatories."""
    noun = _SIGNATORY.search(folded, start, end)
    if noun is None:
        return False
    before = folded[max(0, start - 45) : noun.start()]
    return bool(
        NOT_SIGNATORY_BEFORE.search(before) or NOT_SIGNATORY_AFTER.match(folded, noun.end())
    )
