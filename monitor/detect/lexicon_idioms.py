"""Idioms of signing that the main verb tables miss, joined to them in `events`.

"znalazła się w gronie państw, które podpisały" (was among the states that
signed), "ihre Unterschrift unter das Übereinkommen ... setzten", "서명국 명단에
이름을 올렸다" (put its name on the list of signatories).
"""

from __future__ import annotations

_S = "signature"

# lang -> (pattern on the folded view, action, kind, needs_object)
IDIOMS: dict[str, tuple[tuple[str, str, str | None, bool], ...]] = {
    # "signs off on ratification" approves the ratification; it is no signature
    "en": ((r"\bsign(?:s|ed)? off on (?:the )?ratification\b", "ratification", None, False),),
    "pl": (
        (
            r"\bznalazl\w* sie (?:\w+ ){0,2}(?:w gronie|wsrod|w grupie) (?:\w+ )?(?:panstw|krajow)"
            r"(?=[^.]{0,80}?\bktor\w* (?:\w+ ){0,4}podpisal)",
            _S,
            None,
            False,
        ),
    ),
    "de": ((r"\bunterschrift unter (?:\S+ ){1,10}setz(?:t|te|ten)\b", _S, None, False),),
    "ko": ((r"서명국 명단에 (?:\S+ )?이름을 올렸", _S, None, False),),
}
