"""Verb tables for Spanish and Portuguese.

Same conventions as `lexicon` (which merges these into `VERBS`): patterns run on the
folded per-language view (lower case, no diacritics). Split out to keep modules small.
"""

from __future__ import annotations

# (regex, action, kind, needs_object), as in `lexicon`.
Verb = tuple[str, str, str | None, bool]

_FIRST_ES = (
    r"(?:primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuart[oa]|quint[oa]|"
    r"sext[oa]|septim[oa]|octav[oa]|noven[oa]|decim[oa]|ultimo|ultima|\d+[ºo°]?)"
)
_FIRST_PT = (
    r"(?:primeiro|primeira|segundo|segunda|terceiro|terceira|quart[oa]|quint[oa]|sext[oa]|"
    r"setim[oa]|oitav[oa]|non[oa]|decim[oa]|ultimo|ultima|\d+[ºo°]?)"
)

VERBS_IBERIAN: dict[str, tuple[Verb, ...]] = {
    "es": (
        (
            r"\bfirma (?:de|del) (?:\S+ ){1,3}(?:se produjo|tuvo lugar|se realizo|se concreto)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:es|son) (?:ya )?(?:signatari[oa]s?|estados? firmantes?)\b",
            "signature",
            None,
            False,
        ),
        (r"\b(?:es|son) (?:ya )?estados? partes?\b", "ratification", None, False),
        (r"\bpromulg(?:o|aron)\b", "ratification", None, True),
        (r"\brubric(?:o|aron|ado|ada)\b", "signature", None, False),
        # present tense ("España firma la convención"), not the noun ("la firma de")
        (
            r"(?<!la )(?<!su )(?<!una )(?<!de )(?<!sus )(?<!las )(?<!con )(?<!para )(?<!por )"
            r"\bfirman?\b(?! de\b)",
            "signature",
            None,
            False,
        ),
        (
            r"\bestamp\w+ su firma\b|\bpusieron su firma\b|\bentre los (?:paises|"
            r"estados) que (?:ya )?firmaron\b",
            "signature",
            None,
            False,
        ),
        (r"\bentre los (?:paises|estados) que (?:ya )?ratificaron\b", "ratification", None, False),
        (
            r"\b(?:firm|suscribi)(?:o|aron|ado|ada|ados|adas)\b|\bsuscrit[oa]s?\b|"
            r"\bsuscribi(?:eron|o)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bse (?:sumo|unio|sumaron|unieron)(?: \w+){0,3} a (?:los |"
            r"la lista de )?(?:\w+ )?(?:firmantes|signatarios)\b",
            "signature",
            None,
            False,
        ),
        (rf"\b{_FIRST_ES} (?:\w+ ){{0,2}}en firmarl?[ao]?\b", "signature", None, False),
        (
            r"\b(?:fue|es|era) (?:uno|una) de los (?:\w+ )?(?:signatarios|firmantes)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bse convirti\w+ (?:\w+ ){0,5}en el (?:\w+ )?estado parte\b",
            "ratification",
            None,
            False,
        ),
        (
            r"\b(?:es|fue|ha sido|habia sido) el (?:\w+ )?signatario\b",
            "signature",
            None,
            False,
        ),
        (
            rf"\b{_FIRST_ES} (?:\w+ ){{0,2}}en (?:ratificarl?[ao]?|adherirse|depositar)\b",
            "ratification",
            None,
            False,
        ),
        (r"\bratific(?:o|aron|ado|ada|ados|adas|a)\b", "ratification", "ratification", False),
        (r"\bse (?:adhirio|adhirieron)\b|\badherido\b", "ratification", "accession", True),
        (r"\bdeposit(?:o|aron|ado)\b", "ratification", "deposit", False),
        (r"\baprob(?:o|aron|ado|ada)\b", "ratification", "approval", True),
    ),
    "pt": (
        (
            r"\bassinatura (?:de|do|da|pelo|pela) (?:\S+ ){1,3}(?:ocorreu|aconteceu|"
            r"teve lugar|foi feita|realizou-se)\b",
            "signature",
            None,
            False,
        ),
        (  # timelines and headlines in the present: "Angola deposita instrumento de ratificação"
            r"\bdeposit(?:a|am) (?:o |a |os |as )?(?:seu |sua |seus |suas )?(?:primeiro )?"
            r"(?:instrumentos?|ratificac\w+)\b",
            "ratification",
            "deposit",
            False,
        ),
        (  # "Angola é, desde ontem, Estado Parte", "fizeram o depósito"
            r"\b(?:e|sao|tornou-se|torna-se)(?:,? [^,]{1,20},)? (?:um |o )?estado parte\b|"
            r"\bfi(?:z|zeram|zera) o (?:seu )?deposito\b",
            "ratification",
            None,
            False,
        ),
        (  # "Portugal torna-se, assim, o 85.º Estado signatário"
            r"\btorna(?:-se|ndo-se|u-se|ram-se)?,? (?:\w+,? ){0,3}?(?:o |a )?(?:\d{1,3}\.?o )?"
            r"(?:estado |pais )?signatari[oa]s?\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bjuntou-se aos (?:\w+ )?signatarios\b|\bjuntou-se aos (?:paises|"
            r"estados) signatarios\b",
            "signature",
            None,
            False,
        ),
        (
            r"\b(?:e|sao) (?:ja )?(?:signatari[oa]s?|estados? signatarios?)\b",
            "signature",
            None,
            False,
        ),
        (r"\b(?:e|sao) (?:ja )?estados? partes?\b", "ratification", None, False),
        (r"\b(?:e|sao) (?:ja )?partes?\b", "ratification", None, True),
        (
            r"\btorn(?:ou|aram|a|am)-se (?:\w+ ){0,3}?(?:o |a )?\S+ estados? partes?\b",
            "ratification",
            None,
            False,
        ),
        (r"\bpromulg(?:ou|aram)\b", "ratification", None, True),
        (
            r"\bfirm(?:ou|aram|ado|ada|ados|adas)\b|\bsubscrev(?:eu|eram)\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bapu?(?:os|seram) (?:a )?(?:sua )?assinatura\b|\bentre os (?:paises|"
            r"estados) que (?:ja )?assinaram\b",
            "signature",
            None,
            False,
        ),
        (
            r"\bentre os (?:paises|estados) que (?:ja )?(?:o |a )?ratificaram\b",
            "ratification",
            None,
            False,
        ),
        (r"\bassin(?:ou|aram|ado|ada|ados|adas|a|am)\b", "signature", None, False),
        (rf"\b{_FIRST_PT} (?:\w+ ){{0,2}}a assinar\b", "signature", None, False),
        (
            rf"\b{_FIRST_PT} (?:\w+ ){{0,2}}a (?:ratificar|aderir|depositar)\b",
            "ratification",
            None,
            False,
        ),
        (r"\bratific(?:ou|aram|ado|ada|ados|adas|a)\b", "ratification", "ratification", False),
        (r"\bader(?:iu|iram|ido)\b", "ratification", "accession", True),
        (r"\bdeposit(?:ou|aram|ado)\b", "ratification", "deposit", False),
        (r"\baprov(?:ou|aram|ado|ada)\b", "ratification", "approval", True),
    ),
}
