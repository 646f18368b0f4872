"""Idioms of signing that the main verb tables miss, joined to them in `events`.

"znalazła się w gronie państw, które podpisały" (was among the states that
signed), "ihre Unterschrift unter das Übereinkommen ... setzten", "서명국 명단에
이름을 올렸다" (put its name on the list of signatories).
"""

from __future__ import annotations

_S = "signature"
_R = "ratification"

# lang -> (pattern on the folded view, action, kind, needs_object)
IDIOMS: dict[str, tuple[tuple[str, str, str | None, bool], ...]] = {
    # "signs off on ratification" approves the ratification; it is no signature
    "en": (
        (r"\bsign(?:s|ed)? off on (?:the )?ratification\b", _R, None, False),
        (r"\bput (?:its|their|the \w+'s) name to\b", _S, None, False),
        (
            r"\bcompleted (?:its |their )?(?:parliamentary|domestic ratification) process\b",
            _R,
            None,
            False,
        ),
    ),
    "fr": (
        (
            r"\b(?:a|ont) (?:deja |aussi |egalement )?obtenu l'autorisation du parlement\b",
            _R,
            None,
            False,
        ),
    ),
    "es": (
        (
            r"\b(?:concluyo|concluyeron|completo|completaron) (?:ya )?(?:el|su) "
            r"(?:proceso|tramite) parlamentario\b",
            _R,
            None,
            False,
        ),
    ),
    "pt": (
        (r"\bconclu(?:iu|iram) o processo parlamentar\b", _R, None, False),
        (r"\bobte(?:ve|veram) a autorizacao do parlamento\b", _R, None, False),
    ),
    "pl": (
        (
            r"\bznalazl\w* sie (?:\w+ ){0,2}(?:w gronie|wsrod|w grupie) (?:\w+ )?(?:panstw|krajow)"
            r"(?=[^.]{0,80}?\bktor\w* (?:\w+ ){0,4}podpisal)",
            _S,
            None,
            False,
        ),
    ),
    "de": (
        (r"\bunterschrift unter (?:\S+ ){1,10}setz(?:t|te|ten)\b", _S, None, False),
        # "Vietnam und Russland zogen im September nach": they followed suit
        (r"\bzog(?:en)? (?:\w+ ){0,3}nach\b", "follow", "before", False),
    ),
    # "كان الأردن قد سبقها إلى ذلك": Jordan had done it before her (the previous act)
    "ar": ((r"سبق(?:ها|ه|تها|ته) (?:الي|الى|إلى) ذلك", "follow", "before", False),),
    "ko": ((r"서명국 명단에 (?:\S+ )?이름을 올렸", _S, None, False),),
}
