"""Per-language verb tables for signature and ratification statements.

Patterns run on a per-language view of a sentence: lower case with diacritics
removed (`textnorm.fold`), except Vietnamese and German, which keep them
(Vietnamese tones carry meaning: ký "sign" vs kỳ "period"; German würde vs
wurde).  Only completed or reported acts are listed (past tense, perfect,
participles, present-tense headlines); infinitives and verbal nouns ("to
sign", "podpisanie", "lễ ký") are deliberately absent, so "signing is an
important step" is not a signature.
"""

from __future__ import annotations

from monitor.detect.lexicon_asia import VERBS_ASIA
from monitor.detect.lexicon_central import VERBS_CENTRAL
from monitor.detect.lexicon_iberian import VERBS_IBERIAN

# An action pattern: (regex, action, kind, needs_object).  kind is the
# international act the verb names; needs_object marks verbs too general to
# count unless a treaty reference follows them in the clause.
Verb = tuple[str, str, str | None, bool]

FIRST_TO = (
    r"(?:first|second|third|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twentie)th|\d+(?:st|nd|rd|th)|latest|"
    r"(?<=the )(?:last|next))"
)
_FIRST_FR = r"(?:premier|premiere|second|seconde|\w+ieme|dernier|derniere|\d+e)"

# Verbs that repeat the previous act for new agents: FOLLOW_BEFORE takes the
# countries before it ("China followed"), FOLLOW_AFTER those after it ("as did the EU").
FOLLOW_BEFORE: dict[str, str] = {
    "en": r"\bfollowed(?: suit)?\b(?! by)(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those|"
    r"up|closely|developments|proceedings)\b)|\bdid (?:likewise|the same|so too)\b|"
    r"\(\d+(?:st|nd|rd|th)\)",
    "fr": r"\b(?:ont|a) suivi\b(?!\s+(?:le|la|les|l'|un|une|de pres|attentivement)\b)",
    "es": r"\ble siguieron\b",
    "de": r"\bfolgten\b",
    "ja": r"続いた|(?<!手)続き",
    "zh": r"紧随其后|緊隨其後",
    # "Sejak itu, Ghana dan Kenya menyusul." ("Kamboja Menyusul" alone is a headline's plan)
    "id": r"(?:^sejak\b[^.]*?\b|\b(?:telah|sudah|kemudian|lalu|ikut) )menyusul\b(?=\s*(?:[.,;]|$))|"
    r"\bmenyusul (?=lewat|melalui|dengan|pada|di)",
}
FOLLOW_AFTER: dict[str, str] = {
    "en": r"\bfollowed (?:[\w,]+ ){0,6}?by\b|\bas did\b|\bjoined by\b",
    "fr": r"\bsuivi(?:e|s|es)? (?:de|par)\b|\bde meme que\b|\bainsi que\b",
    "es": r"\bseguid[oa]s? (?:de|por)\b|\bal igual que\b|\basi como\b",
    "pt": r"\bseguid[oa]s? (?:de|por)\b|\bassim como\b",
    "de": r"\bgefolgt von\b|\bebenso\b|\bwie auch\b|\bfolgte (?:unter anderen |u\.a\. )?(?=\w)",
    "pl": r"\ba nastepnie\b|\bza nim\b|\bpo nim\b|\btak jak\b",
    "ru": r"\bза ним\w* последова\w*|\bследом\b|\bкак и\b",
    "id": r"\bdisusul\b|\bdiikuti oleh\b|\bseperti halnya\b",
    "vi": r"(?<!\w)(?:tiếp theo là|theo sau là|tiếp đó là|tiếp sau là)(?!\w)",
    "zh": r"随后是|隨後是|其次是",
    "ko": r"뒤이어|뒤를 이어",
    "ar": r"(?<![\u0621-\u064a])[و]?(?:تلتها|تلاها|تبعتها|تبعها|تلته)(?![\u0621-\u064a])",
}

VERBS: dict[str, tuple[Verb, ...]] = {
    "en": (
        (
            r"\bjoined (?:the )?(?:list of |ranks of )?(?:\w+ )?signatories\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:is|are|was|were) (?:already |now |also )?(?:a |an |the )?"
            r"(?:(?!(?:potential|possible|prospective|likely|future|candidate|eventual|would|non|"
            r"not|no|missing|absent|to|be|expected|set|due|join|joining|become|becoming|among)\b)"
            r"[\w-]+ ){0,4}?signator(?:y|ies)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:is|are|has become|have become) (?:already |now |also )?(?:a |"
            r"the \w+ )?(?:state )?part(?:y|ies) to\b",
            "ratification",
            None,
            False,
        ),
        (
            r"\badded (?:its|their) names?\b|\bjoined (?:\w+ ){1,6}in signing\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bcompleted (?:its |their |the )?(?:domestic )?ratification\b",
            "ratification",
            None,
            False,
        ),
        (
            r"\bvoted (?:\w+ ){0,3}to ratify\b|\bvoted (?:\w+ )?(?:in favou?r of|"
            r"for) (?:\w+ ){0,2}ratif",
            "ratification",
            None,
            False,
        ),
        (
            r"\bsign(?:ed|s)\b(?! up\b)|\bsigned (?:up|on) to\b|\bdid sign\b",
            "signature",
            None,
            False,
        ),
        (r"\b(?:put|puts|putting) pen to paper\b", "signature", None, False),
        (r"\bthe (?:signature|signing) of\b", "signature", None, False),
        (
            r"\b(?:was|were|are|is) (?:among|in) the (?:\w+ ){0,3}?(?:of )?signatories\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bone of (?:the )?(?:\w+ )?(?:countries|states|nations) (?:that|which|to) "
            r"(?:have |has |had )?(?:already )?sign(?:ed)?\b|"
            r"\bone of (?:the )?(?:\w+ )?signatories\b",
            "signature",
            None,
            False,
        ),
        (r"'s (?:accession|approval)\b", "ratification", None, False),
        (
            r"\b(?:inked|endorsed by signature)\b|\b(?:signing|signatures?) by\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bput (?:its|their|his|her) (?:signatures?|names?) (?:to|on)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bput pen to paper\b|\b(?:added|affixed) (?:its|their) signatures?\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bamong (?:the )?(?:\w+ ){0,2}(?:countries|states|nations|governments|democracies|"
            r"members|economies) (?:that|which|"
            r"who) (?:have |has |had )?"
            r"(?:already |also )?signed\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bamong (?:the )?(?:\w+ ){0,2}(?:countries|states|nations|governments|democracies|"
            r"members|economies) (?:that|which|"
            r"who) (?:have |has |had )?"
            r"(?:already |also )?ratified\b",
            "ratification",
            None,
            False,
        ),
        (rf"\b{FIRST_TO} (?:\w+ ){{0,2}}to sign\b", "signature", None, False),
        (
            r"\bbec(?:ame|omes|ome) (?:a |the (?:\w+ ){1,2}|an? \w+ )?signator(?:y|ies)\b",
            "signature",
            None,
            False,
        ),
        (r"\bsignatories (?:include|included|including|are|were)\b", "signature", None, False),
        (r"\(\d+(?:st|nd|rd|th) (?:signatory|signature)\)", "signature", None, False),
        (
            rf"(?<=\S) [-–—] (?:the )?{FIRST_TO} signatory\b",
            "signature",
            None,
            False,
        ),
        (r"\(\d+(?:st|nd|rd|th) (?:state )?party\)", "ratification", None, False),
        (
            rf"\bmak(?:es|ing) \S+(?: \S+)? the {FIRST_TO} (?:state )?part(?:y|ies)\b|"
            rf"\bbecoming (?:a |the {FIRST_TO} )(?:state )?part(?:y|ies)\b",
            "ratification",
            None,
            False,
        ),
        (r"\bamong the (?:\w+ )?signatories\b", "signature", None, False),
        (
            r"'s (?:signature|signing)\b(?! (?:ceremony|event|process|table|page|deadline|period))",
            "signature",
            None,
            False,
        ),
        (r"\bratif(?:ied|ies)\b|\bdid ratify\b", "ratification", "ratification", False),
        (
            r"\b(?:passed|adopted|approved) (?:its|their|the|a) (?:final )?ratification "
            r"(?:law|bill|act)\b|\bgave (?:its |their )?(?:final )?(?:approval|assent|green light) "
            r"to the ratification (?:law|bill)\b",
            "ratification",
            None,
            False,
        ),
        (rf"\b{FIRST_TO} (?:\w+ ){{0,2}}to ratify\b", "ratification", "ratification", False),
        (  # "Senegal was the latest, signing in New York"
            rf"\bthe {FIRST_TO}(?: (?:country|state|nation|one))?, signing\b(?! ceremon)",
            "signature",
            None,
            False,
        ),
        (
            rf"\bthe {FIRST_TO}(?: (?:country|state|nation|one))?, "
            r"(?:ratifying|depositing|acceding)\b",
            "ratification",
            None,
            False,
        ),
        (
            rf"\b{FIRST_TO} (?:\w+ ){{0,2}}to (?:deposit|accede)\b",
            "ratification",
            "deposit",
            False,
        ),
        (
            r"\b(?:passed|adopted|approved|signed) (?:a |the )?(?:\w+ ){0,2}(?:law|bill|decree|"
            r"act|resolution) (?:on (?:the )?ratif|ratifying|to ratify|for the ratification|"
            r"authori[sz]ing (?:the )?ratification)",
            "ratification",
            None,
            False,
        ),
        (r"'s ratification\b", "ratification", "ratification", False),
        (r"\b(?:ratification|accession) by\b", "ratification", None, False),
        (r"\bacced(?:ed|es)\b", "ratification", "accession", False),
        (r"\bdeposit(?:ed|s)\b", "ratification", "deposit", False),
        (r"\blodged (?:its|their|the) (?:\w+ )?instruments?\b", "ratification", "deposit", False),
        (
            r"\bbec(?:ame|omes|ome) (?:a |the \w+ )?(?:state )?part(?:y|ies) to\b|"
            rf"\bbec(?:ame|omes) the {FIRST_TO} (?:state )?part(?:y|ies)\b",
            "ratification",
            None,
            False,
        ),
        (r"\b(?:approved|accepted)\b", "ratification", "approval", True),
    ),
    "fr": (
        (
            r"\bsignature (?:de la |du |de l'|des |de )(?:\S+ ){1,3}(?:a eu lieu|"
            r"est intervenue|s'est deroulee)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:a|ont) (?:\w+ )?rejoint (?:les|la liste des) (?:\w+ )?signataires\b|"
            r"\b(?:premier|"
            r"premiere) (?:\w+ ){0,2}a apposer sa signature\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:est|sont) (?:deja |aussi |egalement )?(?:signataires?|etats? signataires?)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:est|sont) (?:deja |desormais )?(?:etats? )?parties? (?:a|de) la convention\b",
            "ratification",
            None,
            False,
        ),
        (
            r"\bparmi les (?:pays|etats) (?:qui ont|ayant) (?:deja )?signe\b|\bapp?ose (?:sa|"
            r"leur) signature\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bparmi les (?:pays|etats) (?:qui ont|ayant) (?:deja )?ratifie\b",
            "ratification",
            None,
            False,
        ),
        (r"\bsign(?:e|ent|ee|ees|es|a|erent|ait|aient)\b", "signature", None, False),
        (
            rf"\b{_FIRST_FR} (?:\w+ ){{0,2}}a (?:la |le |l')?signer\b",
            "signature",
            None,
            False,
        ),
        (
            rf"\b{_FIRST_FR} (?:\w+ ){{0,2}}a (?:la |le |l')?ratifier\b",
            "ratification",
            None,
            False,
        ),
        (
            rf"\b{_FIRST_FR} (?:\w+ ){{0,2}}a (?:deposer|adherer)\b",
            "ratification",
            "deposit",
            False,
        ),
        (r"\bdevenu(?:e|s|es)? signataires?\b|\bparmi les signataires\b", "signature", None, False),
        (
            r"\b(?:est|fut|etait) (?:l'un|l'une) des (?:\w+ )?signataires\b",
            "signature",
            None,
            False,
        ),
        (
            rf"\bdevenu(?:e|s|es)? (?:\w+ ){{0,3}}?(?:le |la )?{_FIRST_FR} etat partie\b",
            "ratification",
            None,
            False,
        ),
        (r"\bratifi(?:e|ent|ee|ees|es|a|erent)\b", "ratification", "ratification", False),
        (r"\badher(?:e|ent|a|erent)\b", "ratification", "accession", True),
        (r"\bdepos(?:e|ee|es|a|erent)\b", "ratification", "deposit", False),
        (r"\bapprouv(?:e|ee|a)\b", "ratification", "approval", True),
    ),
}
VERBS.update(VERBS_IBERIAN)
VERBS.update(VERBS_CENTRAL)
VERBS.update(VERBS_ASIA)
