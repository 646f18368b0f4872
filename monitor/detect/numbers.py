"""Number words read as digits for counts ("Seventy-two countries", "zwölf Staaten").

`spell_numbers` replaces number words by digits padded with spaces, so the text keeps
its length and offsets.  Covers 1-99 in English, German, French, Spanish and Portuguese
(the languages whose news spells counts out); others write digits.  Ordinal words up to
the twelfth ("the third State to ratify", "als dritter Staat", "третьим государством",
"negara ketiga") become the digit forms the count patterns read ("3rd", "3e", "3-им",
"ke-3"), padded on the left.
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


_ORDINAL_STEMS = {
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "fr": "premier|premiere deuxieme|second|seconde troisieme quatrieme cinquieme sixieme "
    "septieme huitieme neuvieme dixieme onzieme douzieme",
    "es": "primer|primero|primera segundo|segunda tercer|tercero|tercera cuarto|cuarta "
    "quinto|quinta sexto|sexta septimo|septima octavo|octava noveno|novena decimo|decima",
    "pt": "primeiro|primeira segundo|segunda terceiro|terceira quarto|quarta quinto|quinta "
    "sexto|sexta setimo|setima oitavo|oitava nono|nona decimo|decima",
    "de": "erste|ersten|erster zweite|zweiten|zweiter dritte|dritten|dritter "
    "vierte|vierten|vierter fünfte|fünften|fünfter sechste|sechsten|sechster "
    "siebte|siebten|siebter achte|achten|achter "
    "neunte|neunten|neunter zehnte|zehnten|zehnter",
    "pl": "pierwsz(?:y|a|e|ym|ego|ej) drug(?:i|a|ie|im|iego|iej) trzeci(?:a|e|m|ego|ej)? "
    "czwart(?:y|a|e|ym|ego|ej) piat(?:y|a|e|ym|ego|ej) szost(?:y|a|e|ym|ego|ej) "
    "siodm(?:y|a|e|ym|ego|ej) osm(?:y|a|e|ym|ego|ej) dziewiat(?:y|a|e|ym|ego|ej) "
    "dziesiat(?:y|a|e|ym|ego|ej)",
    "ru": "перв(?:ыи|ои|ым|ая|ую|ое|ого|ом) втор(?:ои|ым|ая|ую|ое|ого|ом) "
    "трет(?:ии|ьим|ья|ью|ье|ьеи|ьего) четверт(?:ыи|ои|ым|ая|ую|ое|ого) "
    "пят(?:ыи|ои|ым|ая|ую|ое|ого) шест(?:ои|ым|ая|ую|ое|ого) седьм(?:ои|ым|ая|ую|ое|ого) "
    "восьм(?:ои|ым|ая|ую|ое|ого) девят(?:ыи|ои|ым|ая|ую|ое|ого) десят(?:ыи|ои|ым|ая|ую|ое|ого)",
    "id": "pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh",
}
_ORDINAL_FORM = {"en": "{}th", "fr": "{}e", "ru": "{}-ым", "id": "ke-{}"}


@cache
def _ordinals(lang: str) -> re.Pattern[str] | None:
    """One regex for the ordinal words of `lang`; group oN holds the Nth."""
    if lang not in _ORDINAL_STEMS:
        return None
    groups = _ORDINAL_STEMS[lang].split()
    pattern = "|".join(f"(?P<o{i + 1}>{group})" for i, group in enumerate(groups))
    return re.compile(rf"(?<![^\W\d_])(?:{pattern})(?![^\W\d_])")


def spell_ordinals(view: str, lang: str) -> str:
    """Replace ordinal words by digit forms, padded on the left ("third" -> "  3th")."""
    pattern = _ordinals(lang)
    if pattern is None:
        return view
    template = _ORDINAL_FORM.get(lang, "{}")

    def _digits(match: re.Match[str]) -> str:
        value = int(next(name for name, text in match.groupdict().items() if text)[1:])
        if value == 1:  # "the first to sign" ranks a ceremony or a domestic step: no tally
            return match.group()
        return template.format(value).rjust(len(match.group()))

    return pattern.sub(_digits, view)


def spell_numbers(view: str, lang: str) -> str:
    """Replace number words by digits, padded to keep the length ("sixty-five" -> "65")."""
    words, pattern = _table(lang)
    if pattern is None:
        return view

    def _digits(match: re.Match[str]) -> str:
        return str(words[match.group()]).ljust(len(match.group()))

    return pattern.sub(_digits, view)
