"""Verb tables for German, Polish and Russian.

Same conventions as `lexicon` (which merges these into `VERBS`): patterns run on the
per-language view (German keeps its marks; Polish and Russian are folded, so "й" is
written "и"). Split out to keep modules small.
"""

from __future__ import annotations

# (regex, action, kind, needs_object), as in `lexicon`.
Verb = tuple[str, str, str | None, bool]

VERBS_CENTRAL: dict[str, tuple[Verb, ...]] = {
    "de": (
        (r"\bunterzeichnung durch\b", "signature", None, False),
        (r"\b(?:ratifizierung|ratifikation) durch\b", "ratification", None, False),
        (  # "wurde Anfang Juni der sechste Vertragsstaat"
            r"\b(?:wurde|wurden|ist|sind) (?:(?!kein|nicht|kaum)\w+ ){0,3}?(?:der |zum )?"
            r"(?:(?!kein|nicht|kaum)\w+ )?"
            r"vertragsstaat(?:en)?\b",
            "ratification",
            None,
            False,
        ),
        (
            r"\b(?:ist|sind) (?:bereits |schon )?(?:unterzeichner(?:staat|staaten)?|"
            r"signatarstaat\w*)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:ist|sind) (?:bereits |schon )?(?:vertragsstaat\w*|vertragspartei\w*)\b",
            "ratification",
            None,
            False,
        ),
        (
            r"\bgezeichnet\b|\bzeichnete(?:n)?\b|\bunterschrift unter (?:\w+ ){0,6}gesetzt\b",
            "signature",
            None,
            False,
        ),
        (r"\bsigniert(?:e|en)?\b", "signature", None, False),
        (
            r"\b(?:ihre|seine) unterschrift (?:\w+ ){0,2}leistete\w*|\bunterschrift geleistet\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:ratifizierung|ratifikation) (?:\w+ ){0,3}abgeschlossen\b",
            "ratification",
            None,
            False,
        ),
        (
            r"\bsetzte(?:n)? (?:\w+ ){0,4}(?:ihre|seine) unterschrift unter\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:unterzeichne(?:t|te|ten)|unterschrieben|unterschrieb(?:en)?)\b",
            "signature",
            None,
            False,
        ),
        (r"\bratifizier(?:t|te|ten)\b", "ratification", "ratification", False),
        (
            r"\bwurde (?:\w+ ){0,3}?der (?:\w+ )?vertragsstaat\b",
            "ratification",
            None,
            False,
        ),
        (r"\bbeigetreten\b|\btrat(?:en)? (?:\w+ ){1,6}bei\b", "ratification", "accession", True),
        (r"\bhinterleg(?:t|te|ten)\b", "ratification", "deposit", False),
        (
            r"\b(?:billigte|gebilligt|genehmigt|genehmigte|stimmte (?:\w+ ){1,6}zu)\b",
            "ratification",
            "approval",
            True,
        ),
    ),
    "pl": (
        (r"(?<=[-–] )podpisy?\b", "signature", None, False),  # "styczeń – podpisy Ghany i Jordanii"
        (r"\b(?:jest|sa) (?:juz )?strona\b", "ratification", None, True),
        (  # "Szesnastą stroną została Nigeria"
            r"\bstrona (?:\w+ ){0,4}?zostal[aoiy]?\b|\bzostal[aoiy]? (?:\w+ ){0,3}?strona\b|"
            r"\bzostaj[ea] (?:\w+ ){0,2}?panstwem-strona\b|"
            r"(?<=\w )(?:\w+ym|\d+\.) panstwem-strona\b",
            "ratification",
            None,
            False,
        ),
        (
            r"\bpodpis(?:al|ala|alo|ali|aly|uje|uja|ana|any|ane|anej|anego|anym|anych|ana)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bzlozy(?:l|la|lo|li|ly) (?:swoj\w* )?podpis(?:y)?\b|\bpodpisy? zlozy(?:l|la|lo|"
            r"li|ly)\b",
            "signature",
            None,
            False,
        ),
        (r"\bsygnatariusz(?:em|ami)?\b", "signature", None, False),
        (
            r"\bratyfikow(?:al|ala|alo|ali|aly|ana|any|ane|anej|anego|anym|anych)\b",
            "ratification",
            "ratification",
            False,
        ),
        (r"\bprzystapi(?:l|la|lo|li|ly)\b", "ratification", "accession", True),
        (
            r"\b(?:zlozy(?:l|la|lo|li|ly)|sklada(?:ja)?) (?:\w+ ){0,4}(?:dokument|instrument)\w*\b|"
            r"\b(?:dokument|instrument)\w* (?:ratyfikacyjn\w* )?(?:\w+ ){0,2}"
            r"zlozy(?:l|la|lo|li|ly)\b",
            "ratification",
            "deposit",
            False,
        ),
        (r"\bzatwierdza(?:ja)? ratyfikacj\w*", "ratification", None, False),
        (r"\bzatwierdzi(?:l|la|lo|li|ly)\b", "ratification", "approval", True),
    ),
    "ru": (
        (r"\bявля(?:ется|ются) (?:\w+ )?подписант(?:ом|ами)\b", "signature", None, True),
        (
            r"\bявля(?:ется|ются) (?:\w+ )?(?:сторон|участник)(?:ои|ом|ами)\b",
            "ratification",
            None,
            True,
        ),
        (r"\bзаверши(?:л|ла|ли) (?:\w+ )?ратификаци\w*", "ratification", None, False),
        (r"\bстал\w* (?:\S+ )?(?:участник|сторон)\w*", "ratification", None, True),
        (
            r"\bперв\w+ стран\w*,? подписавш\w*(?: \w+)?(?:,? стал\w*)?|"
            r"\bподпис\w* (?:\w+ ){0,6}постави(?:л|ла|ли)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bперв\w+ стран\w*,? ратифицировавш\w*(?: \w+)?(?:,? стал\w*)?",
            "ratification",
            None,
            False,
        ),
        (r"\bподписа(?:л|ла|ло|ли|н|на|но|ны)\b|\bподписыва(?:ет|ют)\b", "signature", None, False),
        (r"\bподписавш(?:ая|ии|ие|им|ими|еи|его|их)\b", "signature", None, False),
        (r"\bподписанн(?:ая|ую|ои|ыи|ое|ого|ом|ые|ых)\b", "signature", None, False),
        (r"\bдепонировавш\w*", "ratification", "deposit", False),
        (
            r"\b(?:участниками|сторонами|государствами-участниками) (?:\w+ ){0,2}"
            r"(?:стал[аи]?|явля(?:ется|ются))\b",
            "ratification",
            None,
            False,
        ),
        (
            r"\bсдавш(?:ая|ии|ие|им|ими|еи|его|их) (?:\w+ ){0,3}?(?:грамот\w*|на хранение)",
            "ratification",
            "deposit",
            False,
        ),
        (r"\bратифицировавш(?:ая|ии|ие|им|ими|еи|его|их)\b", "ratification", None, False),
        (r"\bпостави(?:л|ла|ли) (?:свою |свои )?подпис\w*", "signature", None, False),
        (r"\bпоставивш\w* (?:свою |свои )?подпис\w*", "signature", None, False),
        (r"\bратифицирова(?:л|ла|ло|ли|на|но|ны)\b", "ratification", "ratification", False),
        (r"(?<!к ним )\bприсоединил(?:ась|ось|ись|ся)\b", "ratification", "accession", True),
        (
            r"\bсда(?:л|ла|ло|ли)\w* (?:\w+ ){0,4}на хранение\b|\bдепонирова(?:л|ла|ли)\b|"
            r"\b(?:сдан[аоы]?|передан[аоы]?) (?:\w+ ){0,3}?на хранение\b|\bдепонирован[аоы]?\b",
            "ratification",
            "deposit",
            False,
        ),
        (
            r"\bсда(?:л|ла|ли) (?:\w+ )?грамот\w*|\bграмот\w* (?:\S+ ){0,3}?сда(?:л|ла|ли)\b",
            "ratification",
            "deposit",
            False,
        ),
        (r"\bодобри(?:л|ла|ли)\b|\bутверди(?:л|ла|ли)\b", "ratification", "approval", True),
    ),
}
