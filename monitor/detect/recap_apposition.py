"""Signatory nouns in apposition: "Britain, another signatory, ...", "Le Royaume-Uni et
l'Australie, signataires de la convention, ...".

The noun (with its leading comma) must follow the list directly and be closed by a
comma, a treaty complement ("of the convention", "de la convention") or "since";
its modifiers are a closed set, so "a potential signatory" and "a would-be
signatory" stay out, and `recaps` applies the usual treaty and doubt checks.
"""

from __future__ import annotations

_CLOSE_EN = r"(?=\s*(?:,|\)|of\b|to\b|since\b|at\b|in hanoi\b))"
_CLOSE_ROMANCE = r"(?=\s*(?:,|\)|de\b|du\b|des\b|del\b|da\b|do\b|desde\b|depuis\b|a hanoi\b))"

APPOSITION: dict[str, str] = {
    "en": r"[,،] (?:another|a|fellow|an early|an original|a founding|both|also a|already a) "
    r"(?:signatory|signatories|signer|ratifier)\b" + _CLOSE_EN,
    "fr": r", (?:autre |autres |egalement |deja |tous deux |toutes deux )?"
    r"(?:signataire|signataires|pays signataires?|etats? signataires?)\b" + _CLOSE_ROMANCE,
    "es": r", (?:otro |otra |otros |tambien |ya |ambos )?"
    r"(?:firmante|firmantes|signatario|signatarios)\b" + _CLOSE_ROMANCE,
    "pt": r", (?:outro |outra |outros |tambem |ja |ambos )?(?:signatario|signatarios)\b"
    + _CLOSE_ROMANCE,
    "de": r", (?:ebenfalls |ein weiterer |eine weitere |auch |bereits )?"
    r"(?:unterzeichner\w*|signatarstaat\w*)\b(?=\s*(?:,|\)|des\b|der\b|seit\b))",
    "pl": r", (?:rowniez |takze |kolejny |juz )?sygnatariusz\w*\b"
    r"(?=\s*(?:,|\)|konwencji\b|od\b))",
    "ru": r", (?:также |другои |еще один |ещё один |уже )?(?:подписант\w*|страна-подписант\w*)"
    r"(?=\s*(?:,|\)|конвенции\b|с\b))",
    "id": r", (?:juga |sesama )?(?:penandatangan|negara penandatangan)\b"
    r"(?=\s*(?:,|\)|konvensi\b|sejak\b))",
}

# "Vietnam, the host, was the first of the signatories": the subject comes before.
FIRST_OF: dict[str, str] = {
    "ar": r"(?<![\u0621-\u064a])(?:اول|أول|اولي) (?:الموقعين|الدول الموقعة|المصادقين|الدول المصدقة|"
    r"الدول المصادقة)"
    r"(?![\u0621-\u064a])",
    "en": r"\b(?:was|were) (?:the )?first (?:among the )?signator(?:y|ies)\b",
}
