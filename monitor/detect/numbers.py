"""Number words read as digits for counts ("Seventy-two countries", "zwölf Staaten").

`spell_numbers` replaces number words by digits padded with spaces, so the text keeps
its length and offsets.  Covers 1-99 in English, German, French, Spanish and Portuguese
(the languages whose news spells counts out); others write digits.
"""

from __future__ import annotations

import re
from functools import cache

_UNITS = {
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen",
    "de": "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "fr": "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize dix-sept dix-huit dix-neuf",
    "es": "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciseis diecisiete dieciocho diecinueve",
    "pt": "um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze "
    "dezesseis dezessete dezoito dezenove",
}
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
}


@cache
def _table(lang: str) -> tuple[dict[str, int], re.Pattern[str] | None]:
    """Number words of `lang` (1-99) and one regex matching them, longest first."""
    if lang not in _UNITS:
        return {}, None
    units = {word: i + 1 for i, word in enumerate(_UNITS[lang].split())}
    tens = {word: 10 * (i + 2) for i, word in enumerate(_TENS[lang].split())}
    if lang == "fr":
        tens = {
            "vingt": 20,
            "trente": 30,
            "quarante": 40,
            "cinquante": 50,
            "soixante": 60,
            "quatre-vingt": 80,
        }
    words = dict(units) | tens
    for ten_word, ten in tens.items():
        for unit_word, unit in units.items():
            if unit > 9 and not (lang == "fr" and ten in (60, 80)):
                continue
            for compound in _compounds(lang, ten_word, unit_word):
                words.setdefault(compound, ten + unit)
    words = {w: v for w, v in words.items() if 1 < v < 100}  # "one", "un", "um" are articles too
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return words, re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")


def _compounds(lang: str, ten: str, unit: str) -> list[str]:
    if lang == "en":
        return [f"{ten}-{unit}", f"{ten} {unit}"]
    if lang == "de":
        stem = "ein" if unit == "eins" else unit
        return [f"{stem}und{ten}"]
    if lang == "fr":
        return [f"{ten}-{unit}", f"{ten} et {unit}", f"{ten}-et-{unit}"]
    if lang == "es":
        return [f"{ten} y {unit}"] + ([f"veinti{unit}"] if ten == "veinte" else [])
    return [f"{ten} e {unit}"]


def spell_numbers(view: str, lang: str) -> str:
    """Replace number words by digits, padded to keep the length ("sixty-five" -> "65")."""
    words, pattern = _table(lang)
    if pattern is None:
        return view

    def _digits(match: re.Match[str]) -> str:
        return str(words[match.group()]).ljust(len(match.group()))

    return pattern.sub(_digits, view)
